import GongkaiCore

/// 帮助 — the `?` overlay: every key of the open view, then the global keys and the commands.
enum HelpView: WorkstationView {
    static let id = ViewID.help
    static var bindings: [Keymap.Binding] {
        Keymap.scoped(.help, [("Esc", "close"), ("q", "close"), ("?", "close"), ("F1", "close"), ("Enter", "close")])
    }
    static func isOpen(_ state: AppState) -> Bool { state.helpVisible }
    static func passes(_ command: String, state: AppState) -> Bool { false }
    static func scrollsWithWheel(_ state: AppState) -> Bool { true }

    static func perform(_ command: CommandLine, model: AppModel) -> Bool {
        let count = AppView.helpLines(keymap: model.keymap).count
        let page = max(1, (model.state.height - 6) / 2)
        var scroll = model.state.helpScroll
        switch command.name {
        case "close": close(model: model); return true
        case "move-down": scroll += 1
        case "move-up": scroll -= 1
        case "page-down": scroll += page
        case "page-up": scroll -= page
        case "top": scroll = 0
        case "bottom": scroll = count
        default: return false
        }
        model.state.helpScroll = max(0, min(scroll, max(0, count - 1)))
        return true
    }

    static func close(model: AppModel) { model.state.helpVisible = false }

    static func draw(_ grid: inout CellGrid, state: AppState, keymap: Keymap) -> (x: Int, y: Int)? {
        AppView.drawHelp(&grid, state: state, keymap: keymap)
        return nil
    }
}
