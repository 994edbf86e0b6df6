/// 按键 — a key press as the app sees it, independent of curses.
/// Names follow tmux/tig (`j`, `Down`, `C-l`, `S-Tab`, `F1`), so a keymap is plain data.
public enum Key: Hashable, Sendable {
    case char(Character)
    case ctrl(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case tab, backTab, enter, escape, backspace, delete, insert
    case function(Int)
    case resize

    public var name: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "C-" + String(c)
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "BSpace"
        case .delete: return "Delete"
        case .insert: return "Insert"
        case .function(let n): return "F\(n)"
        case .resize: return "Resize"
        }
    }

    /// Parses a key name as written in a keymap (`j`, `C-d`, `S-Tab`, `F10`, `Space`).
    public init?(name: String) {
        let named: [String: Key] = [
            "Up": .up, "Down": .down, "Left": .left, "Right": .right, "Home": .home, "End": .end,
            "PgUp": .pageUp, "PgDn": .pageDown, "Tab": .tab, "S-Tab": .backTab, "BTab": .backTab,
            "Enter": .enter, "Esc": .escape, "BSpace": .backspace, "Delete": .delete,
            "Insert": .insert, "Space": .char(" "),
        ]
        if let k = named[name] { self = k; return }
        if name.hasPrefix("C-"), name.count == 3, let c = name.last { self = .ctrl(Character(c.lowercased())); return }
        if name.hasPrefix("F"), name.count > 1, let n = Int(name.dropFirst()), (1...24).contains(n) {
            self = .function(n); return
        }
        if name.count == 1, let c = name.first { self = .char(c); return }
        return nil
    }
}
