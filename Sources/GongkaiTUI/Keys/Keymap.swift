/// 键位表 — keys bound to command lines, held as data (like tig's `bind generic j move-down`).
/// The help overlay is generated from this table, so it always lists every live binding.
public struct Keymap: Sendable {
    public struct Binding: Sendable, Hashable {
        public var key: Key
        public var command: String
    }

    public private(set) var bindings: [Binding]

    public init(bindings: [Binding]) { self.bindings = bindings }

    public func command(for key: Key) -> CommandLine? {
        bindings.last { $0.key == key }.flatMap { CommandLine(parsing: $0.command) }
    }

    public mutating func bind(_ key: Key, to command: String) {
        bindings.removeAll { $0.key == key }
        bindings.append(Binding(key: key, command: command))
    }

    /// The default bindings: less/vim motions, mc's F1/F10, Tab between panes.
    public static let standard = Keymap(bindings: [
        ("Tab", "pane-next"), ("S-Tab", "pane-prev"),
        ("1", "pane 1"), ("2", "pane 2"), ("3", "pane 3"), ("4", "pane 4"),
        ("j", "move-down"), ("Down", "move-down"), ("k", "move-up"), ("Up", "move-up"),
        ("C-d", "page-down"), ("PgDn", "page-down"), ("C-u", "page-up"), ("PgUp", "page-up"),
        ("g", "top"), ("Home", "top"), ("G", "bottom"), ("End", "bottom"),
        ("?", "help"), ("F1", "help"), (":", "command-line"),
        ("C-l", "redraw"), ("q", "quit"), ("F10", "quit"), ("C-c", "quit"),
    ].map { Binding(key: Key(name: $0.0)!, command: $0.1) })

    /// Help lines: each command with all keys bound to it, in binding order.
    public func helpEntries() -> [(keys: String, command: String, summary: String)] {
        var order: [String] = []
        var keys: [String: [String]] = [:]
        for b in bindings {
            if keys[b.command] == nil { order.append(b.command) }
            keys[b.command, default: []].append(b.key.name)
        }
        return order.map { cmd in
            let name = CommandLine(parsing: cmd)?.name ?? cmd
            var summary = Commands.spec(name)?.summary ?? cmd
            if let arg = CommandLine(parsing: cmd)?.argument, let pane = PaneKind(argument: arg) {
                summary = "切换到「\(pane.title)」窗格"
            }
            return (keys[cmd]!.joined(separator: ", "), cmd, summary)
        }
    }
}
