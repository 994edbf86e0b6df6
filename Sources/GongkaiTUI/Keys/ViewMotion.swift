/// 视图内移动 — the motion keys of the full-screen views (inbox, annual report, statistics,
/// registers): the built-in less/vim keys, plus any key the officer bound in config.toml to one of
/// the motion commands (`"C-n" = "move-down"` moves in these views as it does in the panes).
enum ViewMotion: Equatable {
    case down, up, pageDown, pageUp, top, bottom

    static func of(_ key: Key, keymap: Keymap) -> ViewMotion? {
        switch key {
        case .char("j"), .down: return .down
        case .char("k"), .up: return .up
        case .ctrl("d"), .pageDown: return .pageDown
        case .ctrl("u"), .pageUp: return .pageUp
        case .char("g"), .home: return .top
        case .char("G"), .end: return .bottom
        default: break
        }
        switch keymap.command(for: key)?.name {
        case "move-down": return .down
        case "move-up": return .up
        case "page-down": return .pageDown
        case "page-up": return .pageUp
        case "top": return .top
        case "bottom": return .bottom
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
