import GongkaiCore

/// 文件窗格命令与按键 — the 文件 pane's named commands (also typed at the `:` prompt) and its
/// pane-scoped default bindings, which the `?` help lists. The editor's own keys are the
/// `editor` view's bindings (Docs/文件.md, 文件窗格按键).
enum DocumentCommands {
    static let specs: [CommandSpec] = [
        CommandSpec(name: "open", aliases: ["打开"], summary: TUIText.Commands.open, takesArgument: true),
        CommandSpec(name: "new", aliases: ["新建"], summary: TUIText.Commands.docNew, takesArgument: false),
        CommandSpec(name: "doc-open", aliases: ["编辑"], summary: TUIText.Commands.docOpen, takesArgument: false),
        CommandSpec(name: "edit-external", aliases: ["外部编辑"],
                    summary: TUIText.Commands.editExternal, takesArgument: false),
        CommandSpec(name: "doc-search", aliases: ["检索"], summary: TUIText.Commands.docSearch,
                    takesArgument: true),
        CommandSpec(name: "doc-search-prompt", aliases: [], summary: TUIText.Commands.docSearchPrompt, takesArgument: false),
        CommandSpec(name: "doc-submit", aliases: ["提交审核"], summary: TUIText.Commands.docSubmit, takesArgument: false),
        CommandSpec(name: "doc-publish", aliases: ["发布"], summary: TUIText.Commands.docPublish,
                    takesArgument: false),
    ]

    static let bindings: [Keymap.Binding] = [
        ("Enter", "doc-open"), ("e", "doc-open"), ("E", "edit-external"), ("/", "doc-search-prompt"),
        ("s", "doc-submit"), ("P", "doc-publish"), ("a", "new"),
    ].map { Keymap.Binding(key: Key(name: $0.0)!, command: $0.1, scope: .documents) }

    /// Runs the pane's commands; false for a command that is not theirs.
    static func execute(_ command: CommandLine, model: AppModel) -> Bool {
        switch command.name {
        case "open":
            guard let id = command.argument?.trimmingCharacters(in: .whitespaces), !id.isEmpty else {
                model.error(TUIText.Documents.openUsage.text())
                return true
            }
            DocumentEditorController.open(id, model: model)
        case "new":
            NewDocumentController.open(model: model)
        case "doc-open":
            guard let id = selectedId(model) else {
                model.error(TUIText.Documents.noneSelected.text())
                return true
            }
            DocumentEditorController.open(id, model: model)
        case "edit-external":
            if model.state.documents.editor == nil {
                guard let id = selectedId(model) else {
                    model.error(TUIText.Documents.noneSelected.text())
                    return true
                }
                DocumentEditorController.open(id, thenExternalEdit: true, model: model)
            } else {
                DocumentEditorController.requestExternalEdit(model: model)
            }
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

    /// 提交审核 / 发布 of the selected document: asks first, naming the document (App/Confirmation),
    /// so the step never lands on a row the officer did not mean.
    /// The document's title is read by the loop (`WorkspaceRead.documentStep`, `askStep`).
    static func step(_ action: DocumentAction, model: AppModel) {
        guard let id = selectedId(model) else { return model.error(TUIText.Documents.noneSelected.text()) }
        model.request(.read(.documentStep(action, id: id)))
    }

    /// Asks whether to take the step on document `id`, naming it (performed by the loop).
    static func askStep(_ action: DocumentAction, id: String, model: AppModel) {
        let title = (model.data as? DocumentsDataSource).flatMap { try? $0.documentDetail(id: id).title }
        ConfirmationController.ask(Confirmation(.documentStep(action, id: id), verb: action.displayName,
                                                item: Confirmation.item(id, title: title)), model: model)
    }

    /// 提交审核 / 发布, confirmed: asked of the loop (`Effect.change(.documentStep)`, made by `makeStep`).
    static func perform(_ action: DocumentAction, id: String, model: AppModel) {
        model.request(.change(.documentStep(action, id: id)))
    }

    /// 提交审核 / 发布 through the service door: the rules (公开属性, role, 三同步) refuse with their
    /// reason on the message line and change nothing; 签发 and 退回 are the review inbox's (`i`).
    static func makeStep(_ action: DocumentAction, id: String, model: AppModel) {
        guard let source = model.reviewSource else { return }
        do {
            let step = try source.performDocumentAction(action, id: id, comment: nil, overrideReason: nil)
            model.reloadAll()
            model.state.message = StatusMessage(
                text: TUIText.Common.transition.text(["\(id)", "\(step.from.displayName)", "\(step.to.displayName)", "\(action.displayName)"]), isError: false)
        } catch {
            model.error("\(error)")
        }
    }

    static func selectedId(_ model: AppModel) -> String? {
        model.selectedRow(in: .documents)?.id
    }
}
