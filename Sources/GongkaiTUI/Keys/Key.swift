/// 按键 — a key press as the app sees it, independent of curses.
/// Names follow tmux/tig (`j`, `Down`, `C-l`, `S-Tab`, `F1`, `M-b`, `C-Left`), so a keymap is
/// plain data.
public indirect enum Key: Hashable, Sendable {
    case char(Character)
    case ctrl(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case tab, backTab, enter, escape, backspace, delete, insert
    case function(Int)
    case resize
    /// 组合键 — a key held with Shift, Alt (Meta) or Ctrl that has no name of its own
    /// (`C-Left`, `S-Home`, `M-b`). Made with `Key.with(_:_:)`, which keeps one spelling per key.
    case modified(Key, KeyModifiers)

    /// The key with `modifiers` held: no modifiers is the key itself, Shift-Tab is `backTab`,
    /// Shift with F1–F12 is F13–F24 (what xterm's terminfo calls them), Shift with a character
    /// is that character; modifiers of an already modified key add up.
    public static func with(_ key: Key, _ modifiers: KeyModifiers) -> Key {
        if modifiers.isEmpty { return key }
        switch key {
        case .modified(let base, let more): return .with(base, modifiers.union(more))
        case .tab where modifiers == .shift: return .backTab
        case .function(let n) where modifiers == .shift && n <= 12: return .function(n + 12)
        case .char where modifiers == .shift: return key
        case .char where modifiers.contains(.shift): return .with(key, modifiers.subtracting(.shift))
        default: return .modified(key, modifiers)
        }
    }

    /// The key without Shift/Alt/Ctrl (the key itself when it has none).
    public var base: Key {
        if case .modified(let k, _) = self { return k }
        return self
    }

    /// Keys that move (arrows, Home/End, pages): with an unbound modifier they still move.
    public var isMotion: Bool {
        switch self {
        case .up, .down, .left, .right, .home, .end, .pageUp, .pageDown: return true
        default: return false
        }
    }

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
        case .modified(let key, let m):
            // tmux's order: C- then M- then S-.
            return (m.contains(.ctrl) ? "C-" : "") + (m.contains(.alt) ? "M-" : "")
                + (m.contains(.shift) ? "S-" : "") + key.name
        }
    }

    /// Parses a key name as written in a keymap (`j`, `C-d`, `S-Tab`, `F10`, `Space`, `M-b`,
    /// `C-Left`, `C-M-S-Up`).
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
        // Modifier prefixes, in any order: C- M- S-.
        var rest = Substring(name), modifiers: KeyModifiers = []
        while rest.count > 2, let m = KeyModifiers(prefix: rest.prefix(2)) {
            modifiers.insert(m)
            rest = rest.dropFirst(2)
        }
        guard !modifiers.isEmpty else { return nil }
        if modifiers.contains(.ctrl), rest.count == 1, let c = rest.first, c.isLetter {
            modifiers.remove(.ctrl)
            self = .with(.ctrl(Character(c.lowercased())), modifiers)
            return
        }
        guard let key = Key(name: String(rest)), key != .resize else { return nil }
        self = .with(key, modifiers)
    }
}

/// 修饰键 — Shift, Alt (Meta) and Ctrl as terminals report them (xterm's parameter − 1).
public struct KeyModifiers: OptionSet, Hashable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let shift = KeyModifiers(rawValue: 1)
    public static let alt = KeyModifiers(rawValue: 2)
    public static let ctrl = KeyModifiers(rawValue: 4)

    /// xterm's modifier parameter (`CSI 1 ; m A`): m − 1 is a bit set of Shift 1, Alt 2,
    /// Ctrl 4, Meta 8 (Meta is taken as Alt). Nil outside 2…16.
    public init?(xtermParameter m: Int) {
        guard (2...16).contains(m) else { return nil }
        let bits = m - 1
        var set: KeyModifiers = []
        if bits & 1 != 0 { set.insert(.shift) }
        if bits & 2 != 0 || bits & 8 != 0 { set.insert(.alt) }
        if bits & 4 != 0 { set.insert(.ctrl) }
        self = set
    }

    init?(prefix: Substring) {
        switch prefix {
        case "C-": self = .ctrl
        case "M-": self = .alt
        case "S-": self = .shift
        default: return nil
        }
    }
}
