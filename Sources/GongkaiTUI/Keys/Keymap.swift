/// 键位表 — keys bound to command lines, held as data (like tig's `bind generic j move-down`).
/// Every binding is global or scoped to one view (a pane, a full-screen view, an overlay); the
/// help overlay and `gongkai keys` are generated from this table, so they list every live binding.
public struct Keymap: Sendable {
    public struct Binding: Sendable, Hashable {
        public var key: Key
        public var command: String
        /// nil: everywhere; otherwise only while this view is the one open (tig's per-view keys).
        public var scope: ViewID?

        public init(key: Key, command: String, scope: ViewID? = nil) {
            self.key = key
            self.command = command
            self.scope = scope
        }
    }

    public private(set) var bindings: [Binding]

    public init(bindings: [Binding]) { self.bindings = bindings }

    /// The command bound to `key` while `views` are in force (innermost first): the first of
    /// them that binds the key wins, then the global bindings. A global binding therefore never
    /// hides a view's own binding of the same key.
    /// `global: false` looks in the views only (a form or prompt, whose keys are text or its own).
    public func command(for key: Key, in views: [ViewID], global: Bool = true) -> CommandLine? {
        for view in views {
            if let b = bindings.last(where: { $0.key == key && $0.scope == view }) {
                return CommandLine(parsing: b.command)
            }
        }
        guard global else { return nil }
        return bindings.last { $0.key == key && $0.scope == nil }.flatMap { CommandLine(parsing: $0.command) }
    }

    /// The command bound to `key`: a binding of the focused pane wins over a global one.
    public func command(for key: Key, in pane: PaneKind? = nil) -> CommandLine? {
        command(for: key, in: pane.map { [ViewID($0)] } ?? [])
    }

    public mutating func bind(_ key: Key, to command: String, in scope: ViewID? = nil) {
        bindings.removeAll { $0.key == key && $0.scope == scope }
        bindings.append(Binding(key: key, command: command, scope: scope))
    }

    /// The global default bindings: less/vim motions, mc's F1/F10, Tab between panes.
    static let global: [Binding] = [
        ("Tab", "pane-next"), ("S-Tab", "pane-prev"),
        ("1", "pane 1"), ("2", "pane 2"), ("3", "pane 3"), ("4", "pane 4"), ("Z", "zoom"),
        ("j", "move-down"), ("Down", "move-down"), ("k", "move-up"), ("Up", "move-up"),
        ("C-d", "page-down"), ("PgDn", "page-down"), ("C-u", "page-up"), ("PgUp", "page-up"),
        ("g", "top"), ("Home", "top"), ("G", "bottom"), ("End", "bottom"),
        ("?", "help"), ("F1", "help"), (":", "command-line"),
        ("C-l", "redraw"), ("q", "quit"), ("F10", "quit"), ("C-c", "quit"),
        ("i", "inbox"), ("H", "history"),
    ].map { Binding(key: Key(name: $0.0)!, command: $0.1) }

    /// The default bindings: the global ones, then every view's own (ViewStack.views).
    public static let standard = Keymap(bindings: global + ViewStack.defaultBindings)

    /// `(key, command)` pairs scoped to `view`, as the views write their default tables.
    static func scoped(_ view: ViewID, _ pairs: [(String, String)]) -> [Binding] {
        pairs.map { Binding(key: Key(name: $0.0)!, command: $0.1, scope: view) }
    }

    /// What a command bound in `scope` does: the body editor's own words for its commands
    /// (its `move-up` moves the caret, not the selected row).
    static func summary(of command: String, in scope: ViewID?) -> String {
        if scope == .editor, let editorCommand = EditorCommand(rawValue: command) { return editorCommand.summary }
        return summary(of: command)
    }

    /// What a bound command line does, as the help says it (`pane 2`: switch to the 文件 pane).
    static func summary(of command: String) -> String {
        let parsed = CommandLine(parsing: command)
        if let arg = parsed?.argument, parsed?.name == "pane", let pane = PaneKind(argument: arg) {
            return TUIText.Commands.switchToPane.text(["\(pane.title)"])
        }
        return Commands.spec(parsed?.name ?? command)?.summary ?? command
    }
}
