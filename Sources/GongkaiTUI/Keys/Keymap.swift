/// 键位表 — keys bound to command lines, held as data (like tig's `bind generic j move-down`).
/// The help overlay is generated from this table, so it always lists every live binding.
public struct Keymap: Sendable {
    public struct Binding: Sendable, Hashable {
        public var key: Key
        public var command: String
        /// nil: everywhere; otherwise only while this pane has the focus (tig's per-view keys).
        public var scope: PaneKind?

        public init(key: Key, command: String, scope: PaneKind? = nil) {
            self.key = key
            self.command = command
            self.scope = scope
        }
    }

    public private(set) var bindings: [Binding]

    public init(bindings: [Binding]) { self.bindings = bindings }

    /// The command bound to `key`: a binding of the focused pane wins over a global one.
    public func command(for key: Key, in pane: PaneKind? = nil) -> CommandLine? {
        let binding = bindings.last { $0.key == key && $0.scope != nil && $0.scope == pane }
            ?? bindings.last { $0.key == key && $0.scope == nil }
        return binding.flatMap { CommandLine(parsing: $0.command) }
    }

    public mutating func bind(_ key: Key, to command: String, in scope: PaneKind? = nil) {
        bindings.removeAll { $0.key == key && $0.scope == scope }
        bindings.append(Binding(key: key, command: command, scope: scope))
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
    ].map { Binding(key: Key(name: $0.0)!, command: $0.1) } + InboxController.bindings + HistoryController.bindings
        + ApplicationCommands.bindings + CatalogCommands.bindings
        + DocumentCommands.bindings + InterpretationCommands.bindings + RegisterController.bindings)

    /// Help lines: each command with all keys bound to it, in binding order.
    /// Help lines: each command with all keys bound to it, in binding order; pane-scoped
    /// bindings say which pane they work in.
    public func helpEntries() -> [(keys: String, command: String, summary: String)] {
        struct Group: Hashable { var command: String; var scope: PaneKind? }
        var order: [Group] = []
        var keys: [Group: [String]] = [:]
        for b in bindings {
            let g = Group(command: b.command, scope: b.scope)
            if keys[g] == nil { order.append(g) }
            keys[g, default: []].append(b.key.name)
        }
        return order.map { g in
            let parsed = CommandLine(parsing: g.command)
            var summary = Commands.spec(parsed?.name ?? g.command)?.summary ?? g.command
            if let arg = parsed?.argument, parsed?.name == "pane", let pane = PaneKind(argument: arg) {
                summary = TUIText.Commands.switchToPane.text(["\(pane.title)"])
            }
            if let scope = g.scope { summary = "[\(scope.title)] " + summary }
            return (keys[g]!.joined(separator: ", "), g.command, summary)
        }
    }
}
