import GongkaiCore

/// 解读窗格 — the pane as a view (its pane-scoped bindings; its commands run from anywhere).
enum InterpretationsPaneView: PaneView {
    static let pane = PaneKind.interpretations
    static var bindings: [Keymap.Binding] { InterpretationCommands.bindings }
    static var commands: [CommandSpec] { InterpretationCommands.specs }
    static func open(_ command: CommandLine, model: AppModel) -> Bool { InterpretationsController.execute(command, model: model) }
}

/// 解读表 — the interpretation sheet: characters go to the part that has the focus (text in the
/// lines and the body; h/l/Space choose in the lists); its other keys are bindings scoped to
/// `interp-sheet`. F1, F10 and C-l keep their global meaning (C-c stays the body's copy). In the
/// two lists (forms, elements) the keys are `interp-list` bindings: h/l/j/k and the arrows move,
/// Space and Enter tick. In the one-line parts (leader, unit, reason) Enter is an `interp-line`
/// binding: it goes on to the next part.
enum InterpretationSheetOverlay: WorkstationView {
    static let id = ViewID.interpretationSheet
    static var bindings: [Keymap.Binding] {
        Keymap.scoped(.interpretationSheet, [("C-s", "save"), ("Tab", "field-next"), ("S-Tab", "field-prev"), ("Esc", "cancel"),
                                             ("F1", "help"), ("F10", "quit"), ("C-l", "redraw")])
            + Keymap.scoped(.interpretationList, [("h", "choice-prev"), ("k", "choice-prev"), ("Left", "choice-prev"),
                                                  ("Up", "choice-prev"), ("l", "choice-next"), ("j", "choice-next"),
                                                  ("Right", "choice-next"), ("Down", "choice-next"), ("Home", "top"),
                                                  ("End", "bottom"), ("Space", "tick"), ("Enter", "tick")])
            + Keymap.scoped(.interpretationLine, [("Enter", "field-next")])
    }

    /// The forms or elements list has the focus.
    static func inList(_ state: AppState) -> Bool {
        guard let area = state.interpretations.sheet?.area else { return false }
        return area == .forms || area == .elements
    }

    /// One of the one-line parts (leader, unit, reason) has the focus.
    static func inLine(_ state: AppState) -> Bool {
        guard let area = state.interpretations.sheet?.area else { return false }
        return area == .leader || area == .unit || area == .reason
    }

    static func scopes(_ state: AppState) -> [ViewID] {
        if inList(state) { return [.interpretationList, .interpretationSheet] }
        if inLine(state) { return [.interpretationLine, .interpretationSheet] }
        return [.interpretationSheet]
    }
    static func isOpen(_ state: AppState) -> Bool { state.interpretations.sheet != nil }
    static func takesText(_ state: AppState) -> Bool { true }
    static func passes(_ command: String, state: AppState) -> Bool { ["help", "quit", "redraw"].contains(command) }

    static func perform(_ command: CommandLine, model: AppModel) -> Bool {
        guard let formCommand = FormCommand(command) else { return false }
        InterpretationsController.handle(.command(formCommand), model: model)
        return true
    }

    /// Text for the lines and the body; in a list a character is looked up in its bindings.
    static func take(_ key: Key, model: AppModel) {
        if inList(model.state), key.isTyping,
           let command = model.keymap.command(for: key, in: [.interpretationList], global: false) {
            _ = perform(command, model: model)
            return
        }
        InterpretationsController.handle(.key(key), model: model)
    }

    static func close(model: AppModel) {
        model.state.interpretations.sheet = nil
        model.markUnsaved(0)
    }

    static func resize(model: AppModel) { InterpretationsController.resized(model: model) }

    static func draw(_ grid: inout CellGrid, state: AppState, keymap: Keymap) -> (x: Int, y: Int)? {
        InterpretationSheetView.draw(&grid, state: state, keymap: keymap)
    }
}
