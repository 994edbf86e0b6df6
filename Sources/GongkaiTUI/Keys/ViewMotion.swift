/// 视图内移动 — the motion commands (move-down, page-up, top …) as the full-screen views
/// (inbox, annual report, statistics, registers) apply them. The keys are the global bindings
/// of those commands, so a key bound in config.toml to `move-down` moves in these views as it
/// does in the panes, and a view's own binding of a key comes first.
enum ViewMotion: Equatable {
    case down, up, pageDown, pageUp, top, bottom

    /// The motion a command names; nil for any other command.
    init?(command name: String) {
        switch name {
        case "move-down": self = .down
        case "move-up": self = .up
        case "page-down": self = .pageDown
        case "page-up": self = .pageUp
        case "top": self = .top
        case "bottom": self = .bottom
        default: return nil
        }
    }

    /// `position` moved by this motion, `page` rows a page, kept within `0...last`.
    func apply(to position: Int, page: Int, last: Int) -> Int {
        let moved: Int
        switch self {
        case .down: moved = position + 1
        case .up: moved = position - 1
        case .pageDown: moved = position + page
        case .pageUp: moved = position - page
        case .top: moved = 0
        case .bottom: moved = last
        }
        return max(0, min(moved, max(0, last)))
    }
}
