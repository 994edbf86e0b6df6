import GongkaiCore

/// 申请窗格 — the pane as a view: its keys are the pane-scoped bindings, its commands run from
/// anywhere (`:reply` works on the application shown or selected).
enum ApplicationsPaneView: PaneView {
    static let pane = PaneKind.applications
    static var bindings: [Keymap.Binding] { ApplicationCommands.bindings }
    static var commands: [CommandSpec] { ApplicationCommands.specs }
    static func open(_ command: CommandLine, model: AppModel) -> Bool { ApplicationsController.execute(command, model: model) }
}

/// 申请的叠加层 — the detail view and the form (a box in the middle), each with its own scope:
/// `app-detail` (then the pane's keys, so the event keys record on the application shown),
/// `app-form`. The question before a letter is the one confirmation (ConfirmationController).
enum ApplicationsOverlayView: WorkstationView {
    static let id = ViewID.applicationDetail

    static var bindings: [Keymap.Binding] {
        Keymap.scoped(.applicationDetail, [("Esc", "close"), ("q", "close"), ("BSpace", "close"), ("Space", "page-down")])
            + FormKeys.bindings(.applicationForm)
    }

    static func isOpen(_ state: AppState) -> Bool {
        state.applications.form != nil || state.applications.detail != nil
    }

    static func scopes(_ state: AppState) -> [ViewID] {
        if state.applications.form != nil { return [.applicationForm] }
        return [.applicationDetail, .applications]
    }

    static func takesText(_ state: AppState) -> Bool {
        state.applications.form != nil
    }

    static func passes(_ command: String, state: AppState) -> Bool {
        scopes(state) == [.applicationDetail, .applications] && ViewStack.modalPasses.contains(command)
    }

    static func perform(_ command: CommandLine, model: AppModel) -> Bool {
        if model.state.applications.form != nil {
            guard let formCommand = FormCommand(command) else { return false }
            ApplicationsController.handleForm(.command(formCommand), model: model)
            return true
        }
        guard var detail = model.state.applications.detail else { return false }
        let page = max(1, model.state.height - 4)
        switch command.name {
        case "close":
            close(model: model)
            return true
        case "move-down": detail.scroll += 1
        case "move-up": detail.scroll -= 1
        case "page-down": detail.scroll += page / 2
        case "page-up": detail.scroll -= page / 2
        case "top": detail.scroll = 0
        case "bottom": detail.scroll = detail.lines.count
        default:
            // The pane's event keys (and W, the letter) work on the application shown; its other
            // keys do nothing here (they are not let through).
            guard ApplicationEventKind(rawValue: command.name) != nil || command.name == "letter" else { return false }
            model.state.message = nil
            _ = ApplicationsController.execute(command, model: model)
            return true
        }
        detail.scroll = max(0, min(detail.scroll, max(0, detail.lines.count - 1)))
        model.state.applications.detail = detail
        return true
    }

    static func take(_ key: Key, model: AppModel) {
        if model.state.applications.form != nil {
            ApplicationsController.handleForm(.key(key), model: model)
        }
    }

    static func close(model: AppModel) {
        if model.state.applications.form != nil {
            ApplicationsController.handleForm(.command(.cancel), model: model)
        } else {
            model.state.applications.detail = nil
        }
    }

    static func draw(_ grid: inout CellGrid, state: AppState, keymap: Keymap) -> (x: Int, y: Int)? {
        ApplicationsOverlay.draw(&grid, state: state, keymap: keymap)
    }
}
