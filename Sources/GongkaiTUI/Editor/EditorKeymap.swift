/// 编辑键位表 — the editor's key bindings as data: key name → command name.
///
/// Chosen for a raw-mode terminal and for officers who know WPS/Word: Ctrl-Z/Y undo/redo,
/// Ctrl-X/C/V cut/copy/paste, Ctrl-S save, Ctrl-F find; emacs/readline keys where they do not
/// collide (C-a, C-e, C-k, C-d, C-w). Raw mode delivers C-s, C-q, C-z and C-c as keys (no flow
/// control, no signals). Keys the terminal cannot tell apart are avoided: C-h is Backspace, C-i
/// Tab, C-m and C-j Enter, C-[ Esc, C-Space is NUL (not delivered), so the mark is on C-b.
///
/// Bindings are by key *name* (`Key.name`), so names the backend does not deliver yet
/// (`M-b`, `C-Left`, `C-Home`, …) are listed and start working as soon as it does; until then
/// those commands are reachable by name from the `:` prompt.
///
/// These are the defaults of the `editor` view's bindings in the app's `Keymap` (listed by `?`
/// and `gongkai keys`, rebound in config.toml under `[keys.editor]`); the editor of a session
/// works from `EditorKeymap(keymap)`, the editor commands among the `editor` bindings.
public struct EditorKeymap: Equatable, Sendable {
    public private(set) var bindings: [(key: String, command: EditorCommand)]

    public init(bindings: [(key: String, command: EditorCommand)]) { self.bindings = bindings }

    public static func == (a: EditorKeymap, b: EditorKeymap) -> Bool {
        a.bindings.elementsEqual(b.bindings) { $0.key == $1.key && $0.command == $1.command }
    }

    /// The command bound to `key`; nil for printable characters (they are typed) and unbound keys.
    public func command(for key: Key) -> EditorCommand? {
        command(forName: key.name)
    }

    public func command(forName name: String) -> EditorCommand? {
        bindings.last { $0.key == name }?.command
    }

    /// Binds `key` (a key name as in the app's keymap) to `command`, replacing its old binding.
    public mutating func bind(_ key: String, to command: EditorCommand) {
        bindings.removeAll { $0.key == key }
        bindings.append((key, command))
    }

    /// All keys bound to `command`, in binding order (for the help overlay).
    public func keys(for command: EditorCommand) -> [String] {
        bindings.filter { $0.command == command }.map(\.key)
    }

    /// The body editor's keys of a live keymap: the bindings scoped to `scope` that name an
    /// editor command, in binding order (a rebinding replaces the default of its key).
    public init(_ keymap: Keymap, scope: ViewID = .editor) {
        bindings = keymap.bindings.compactMap { b in
            guard b.scope == scope, let command = EditorCommand(rawValue: b.command) else { return nil }
            return (b.key.name, command)
        }
    }

    /// The standard table as `Keymap` bindings scoped to `scope`, leaving out the keys in
    /// `taken` (those the view binds to its own commands: Tab moves between the fields).
    static func defaultBindings(_ scope: ViewID, except taken: [Keymap.Binding]) -> [Keymap.Binding] {
        standard.bindings.compactMap { pair in
            guard let key = Key(name: pair.key), !taken.contains(where: { $0.key == key }) else { return nil }
            return Keymap.Binding(key: key, command: pair.command.rawValue, scope: scope)
        }
    }

    /// The editor's commands as `:` commands, except those whose name another command already
    /// has (`move-up`, `save` …: the same name, run by the editor while it is open).
    static var commandSpecs: [CommandSpec] {
        let shared: Set<EditorCommand> = [.moveUp, .moveDown, .pageUp, .pageDown, .save, .search, .editExternal]
        return EditorCommand.allCases.filter { !shared.contains($0) }.map {
            CommandSpec(name: $0.rawValue, aliases: [], summary: $0.summaryPhrase, takesArgument: false)
        }
    }

    public static let standard = EditorKeymap(bindings: [
        ("Left", .moveLeft), ("Right", .moveRight), ("Up", .moveUp), ("Down", .moveDown),
        ("Home", .rowStart), ("End", .rowEnd),
        ("C-a", .lineStart), ("C-e", .lineEnd),
        ("PgUp", .pageUp), ("PgDn", .pageDown),
        ("M-b", .wordLeft), ("M-f", .wordRight), ("C-Left", .wordLeft), ("C-Right", .wordRight),
        ("M-{", .paragraphUp), ("M-}", .paragraphDown), ("C-Up", .paragraphUp), ("C-Down", .paragraphDown),
        ("C-Home", .documentStart), ("C-End", .documentEnd), ("M-<", .documentStart), ("M->", .documentEnd),
        ("Enter", .newline), ("Tab", .insertTab),
        ("BSpace", .deleteBackward), ("Delete", .deleteForward), ("C-d", .deleteForward),
        ("M-BSpace", .deleteWordBackward), ("M-d", .deleteWordForward),
        ("C-w", .cutOrDeleteWord), ("C-k", .killLine), ("M-^", .joinLines),
        ("C-b", .toggleMark),
        ("C-x", .cut), ("C-c", .copy), ("M-w", .copy), ("C-v", .paste),
        ("C-z", .undo), ("C-y", .redo),
        ("C-s", .save), ("Esc", .leave),
        ("C-f", .search), ("F3", .searchNext), ("C-g", .searchNext),
        ("F15", .searchPrevious), ("C-r", .searchPrevious),
        ("F4", .editExternal),
    ])
}
