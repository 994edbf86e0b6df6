import GongkaiCore

/// 文件窗格 — the pane as a view (its pane-scoped bindings; its commands run from anywhere).
enum DocumentsPaneView: PaneView {
    static let pane = PaneKind.documents
    static var bindings: [Keymap.Binding] { DocumentCommands.bindings }
    static var commands: [CommandSpec] { DocumentCommands.specs }
    static func open(_ command: CommandLine, model: AppModel) -> Bool { DocumentCommands.execute(command, model: model) }
}

/// 草稿恢复 — the offer at start to restore a draft left by a dropped session.
enum DocumentRecoveryView: WorkstationView {
    static let id = ViewID.recovery
    static var bindings: [Keymap.Binding] {
        Keymap.scoped(.recovery, [("r", "draft-restore"), ("R", "draft-restore"), ("d", "draft-discard"),
                                  ("D", "draft-discard"), ("Esc", "draft-keep")])
    }
    static var commands: [CommandSpec] {
        [CommandSpec(name: "draft-restore", aliases: ["恢复草稿"], summary: TUIText.ViewCommands.draftRestore, takesArgument: false),
         CommandSpec(name: "draft-discard", aliases: ["丢弃草稿"], summary: TUIText.ViewCommands.draftDiscard, takesArgument: false),
         CommandSpec(name: "draft-keep", aliases: [], summary: TUIText.ViewCommands.draftKeep, takesArgument: false)]
    }
    static func isOpen(_ state: AppState) -> Bool { state.documents.recovery != nil }
    static func passes(_ command: String, state: AppState) -> Bool { false }

    /// A paste while the offer is open is dropped.
    static func input(_ input: EditorInput, model: AppModel) -> Bool {
        if case .key = input { return false }
        return true
    }

    static func perform(_ command: CommandLine, model: AppModel) -> Bool {
        DocumentEditorController.handleRecovery(command, model: model)
        return true
    }

    static func close(model: AppModel) { DocumentEditorController.handleRecovery(CommandLine(name: "draft-keep"), model: model) }

    static func draw(_ grid: inout CellGrid, state: AppState, keymap: Keymap) -> (x: Int, y: Int)? {
        guard let entry = state.documents.recovery, state.layout.mode != .tooSmall else { return nil }
        DocumentsOverlay.drawRecovery(&grid, entry: entry, keymap: keymap)
        return nil
    }
}

/// 文件编辑器 — the metadata fields over the body. The editor takes every input itself (pasting
/// into the body is text); scopes: `editor` (everywhere in it: Tab, S-Tab, C-s), `editor-field`
/// (in a field: Esc, Enter, Up, Down), `editor-find`, `editor-leave`, `conflict`. The body's own
/// keys are `editor` bindings too (the EditorKeymap's defaults, rebound under `[keys.editor]`).
/// Keys it leaves alone run only help, quit, redraw and the prompt.
enum DocumentEditorView: WorkstationView {
    static let id = ViewID.editor
    static var bindings: [Keymap.Binding] {
        let own = Keymap.scoped(.editor, [("Tab", "field-next"), ("S-Tab", "field-prev"), ("C-s", "save")])
        return own + EditorKeymap.defaultBindings(.editor, except: own)
            + Keymap.scoped(.editorField, [("Esc", "close"), ("Enter", "field-next"), ("Down", "field-next"), ("Up", "field-prev"),
                                           ("h", "choice-prev"), ("Left", "choice-prev"), ("l", "choice-next"),
                                           ("Right", "choice-next"), ("Space", "choice-next")])
            + Keymap.scoped(.editorFind, [("Esc", "cancel"), ("C-g", "cancel"), ("C-c", "cancel"), ("Enter", "submit")])
            + Keymap.scoped(.editorLeave, [("s", "leave-save"), ("S", "leave-save"), ("d", "leave-discard"), ("D", "leave-discard")])
            + Keymap.scoped(.conflict, [("k", "keep-mine"), ("K", "keep-mine"), ("t", "take-theirs"), ("T", "take-theirs"),
                                        ("Esc", "close")])
    }
    static var commands: [CommandSpec] {
        EditorKeymap.commandSpecs + [CommandSpec(name: "leave-save", aliases: [], summary: TUIText.ViewCommands.leaveSave, takesArgument: false),
         CommandSpec(name: "leave-discard", aliases: [], summary: TUIText.ViewCommands.leaveDiscard, takesArgument: false),
         CommandSpec(name: "keep-mine", aliases: ["保留我的"], summary: TUIText.ViewCommands.keepMine, takesArgument: false),
         CommandSpec(name: "take-theirs", aliases: ["采用对方"], summary: TUIText.ViewCommands.takeTheirs, takesArgument: false)]
    }
    static func isOpen(_ state: AppState) -> Bool { state.documents.editor != nil }
    static var commandsOnlyWhileOpen: Bool { true }

    static func scopes(_ state: AppState) -> [ViewID] {
        guard let editor = state.documents.editor else { return [.editor] }
        if editor.conflict != nil { return [.conflict] }
        switch editor.prompt {
        case .find: return [.editorFind]
        case .confirmLeave: return [.editorLeave]
        case nil: break
        }
        if case .field = editor.focus { return [.editorField, .editor] }
        return [.editor]
    }

    static func passes(_ command: String, state: AppState) -> Bool { ViewStack.modalPasses.contains(command) }

    static func input(_ input: EditorInput, model: AppModel) -> Bool {
        DocumentEditorController.handleEditor(input, model: model)
    }

    /// Commands typed at the prompt or bound to keys the editor passed on: the body editor's
    /// commands (`:undo`) while the body has the focus, otherwise only the global ones run.
    static func perform(_ command: CommandLine, model: AppModel) -> Bool {
        DocumentEditorController.performBodyCommand(command, model: model)
    }

    static func close(model: AppModel) { DocumentEditorController.leave(model: model) }

    static func reload(model: AppModel) { DocumentEditorController.noticeExternalChange(model: model) }

    static func resize(model: AppModel) { DocumentEditorController.resize(model: model) }

    static func idle(model: AppModel) -> Bool { DocumentEditorController.idle(model: model) }

    static func draw(_ grid: inout CellGrid, state: AppState, keymap: Keymap) -> (x: Int, y: Int)? {
        guard let editor = state.documents.editor, state.layout.mode != .tooSmall else { return nil }
        var cursor = DocumentsOverlay.drawEditor(&grid, editor: editor, layout: state.layout, today: state.today, keymap: keymap)
        if let conflict = editor.conflict {
            DocumentsOverlay.drawConflict(&grid, conflict: conflict, keymap: keymap)
            cursor = nil
        }
        if let prompt = DocumentsOverlay.drawPrompt(&grid, state: state, row: state.layout.messageRow) { cursor = prompt }
        return cursor
    }
}

/// 文件检索结果 — `/` in the 文件 pane: scoped `doc-search`, then the pane's keys.
enum DocumentSearchResultsView: WorkstationView {
    static let id = ViewID.documentSearch
    static var bindings: [Keymap.Binding] {
        Keymap.scoped(.documentSearch, [("Esc", "close"), ("q", "close"), ("Enter", "search-open")])
    }
    static var commands: [CommandSpec] {
        [CommandSpec(name: "search-open", aliases: [], summary: TUIText.ViewCommands.searchOpen, takesArgument: false)]
    }
    static func isOpen(_ state: AppState) -> Bool { state.documents.search != nil }
    static func scopes(_ state: AppState) -> [ViewID] { [.documentSearch, .documents] }
    static func passes(_ command: String, state: AppState) -> Bool { true }
    static func scrollsWithWheel(_ state: AppState) -> Bool { true }

    static func perform(_ command: CommandLine, model: AppModel) -> Bool {
        DocumentEditorController.performSearch(command, model: model)
    }

    static func close(model: AppModel) { model.state.documents.search = nil }

    static func draw(_ grid: inout CellGrid, state: AppState, keymap: Keymap) -> (x: Int, y: Int)? {
        guard let search = state.documents.search, state.layout.mode != .tooSmall else { return nil }
        DocumentsOverlay.drawSearch(&grid, search: search, layout: state.layout)
        return nil
    }
}
