import GongkaiCore

/// 文件窗格命令与按键 — the 文件 pane's named commands (also typed at the `:` prompt) and its
/// pane-scoped default bindings, which the `?` help lists. The editor's own keys are the
/// `EditorKeymap` (Docs/文件.md, 文件窗格按键).
enum DocumentCommands {
    static let specs: [CommandSpec] = [
        CommandSpec(name: "open", aliases: ["打开"], summary: "在编辑器中打开文件：open D2026-0001", takesArgument: true),
        CommandSpec(name: "doc-open", aliases: ["编辑"], summary: "在编辑器中打开所选文件", takesArgument: false),
        CommandSpec(name: "edit-external", aliases: ["外部编辑"],
                    summary: "用外部编辑器（$VISUAL/$EDITOR）编辑所选或正在编辑的文件正文", takesArgument: false),
        CommandSpec(name: "doc-search", aliases: ["检索"], summary: "全文检索文件（标题、文号、正文；一两个字的词也可）",
                    takesArgument: true),
        CommandSpec(name: "doc-search-prompt", aliases: [], summary: "输入文件检索词", takesArgument: false),
        CommandSpec(name: "doc-submit", aliases: ["提交审核"], summary: "把所选草稿提交审核（须已确定公开属性）", takesArgument: false),
        CommandSpec(name: "doc-publish", aliases: ["发布"], summary: "发布所选已签发的主动公开文件（三同步检查不通过时拒绝）",
                    takesArgument: false),
    ]

    static let bindings: [Keymap.Binding] = [
        ("Enter", "doc-open"), ("e", "doc-open"), ("E", "edit-external"), ("/", "doc-search-prompt"),
        ("s", "doc-submit"), ("P", "doc-publish"),
    ].map { Keymap.Binding(key: Key(name: $0.0)!, command: $0.1, scope: .documents) }

    /// The editor's keys for the help overlay, generated from its keymap (so they are always the
    /// live bindings), after the form keys the controller handles itself.
    static func editorHelpLines(_ keymap: EditorKeymap = .standard) -> [String] {
        var lines = ["", "文件编辑器（文件窗格 Enter 或 :open 打开）：",
                     "  Tab / S-Tab  在信息表单各栏和正文之间移动",
                     "  Left/Right  选项栏中切换选项",
                     "  C-s  保存（他人已修改时显示冲突，k 保留我的 / t 采用对方的）",
                     "  Esc  退出编辑（有未保存的修改时先问）"]
        for command in EditorCommand.allCases {
            let keys = keymap.keys(for: command)
            guard !keys.isEmpty, command != .insertTab else { continue }
            lines.append("  " + keys.joined(separator: ", ") + "  " + command.summary)
        }
        return lines
    }

    /// Runs the pane's commands; false for a command that is not theirs.
    static func execute(_ command: CommandLine, model: AppModel) -> Bool {
        switch command.name {
        case "open":
            guard let id = command.argument?.trimmingCharacters(in: .whitespaces), !id.isEmpty else {
                model.error("用法：open 文件编号，如 open D2026-0001")
                return true
            }
            DocumentEditorController.open(id, model: model)
        case "doc-open":
            guard let id = selectedId(model) else {
                model.error("没有选中的文件")
                return true
            }
            DocumentEditorController.open(id, model: model)
        case "edit-external":
            if model.state.documents.editor == nil {
                guard let id = selectedId(model) else {
                    model.error("没有选中的文件")
                    return true
                }
                DocumentEditorController.open(id, model: model)
            }
            if model.state.documents.editor != nil { DocumentEditorController.requestExternalEdit(model: model) }
        case "doc-search":
            DocumentEditorController.search(command.argument, model: model)
        case "doc-search-prompt":
            model.state.commandLine = CommandLineState(text: "doc-search ", caret: 11)
        case "doc-submit":
            step(.submit, model: model)
        case "doc-publish":
            step(.publish, model: model)
        default:
            return false
        }
        return true
    }

    /// 提交审核 / 发布 through the service door: the rules (公开属性, role, 三同步) refuse with their
    /// reason on the message line and change nothing; 签发 and 退回 are the review inbox's (`i`).
    static func step(_ action: DocumentAction, model: AppModel) {
        guard let id = selectedId(model) else { return model.error("没有选中的文件") }
        guard let source = model.reviewSource else { return }
        do {
            let step = try source.performDocumentAction(action, id: id, comment: nil, overrideReason: nil)
            model.reloadAll()
            model.state.message = StatusMessage(
                text: "\(id)：\(step.from.chineseName) → \(step.to.chineseName)（\(action.chineseName)）", isError: false)
        } catch {
            model.error("\(error)")
        }
    }

    static func selectedId(_ model: AppModel) -> String? {
        guard let list = model.state.lists[.documents], list.count > 0 else { return nil }
        return list.row(at: list.selected)?.id
    }
}
