/// 按键提示 — hints that name keys (the status bar, a form's footer, a form's help message) take
/// each key from the live keymap: the first key bound to the command that still reaches it in
/// the view's scopes (a view's own binding, then the global ones), so a rebinding in config.toml
/// shows in the hint. A command bound to no key is shown as `:command`.
enum KeyHints {
    /// The name of the first key that runs `command` in `scopes` (innermost first; then the global
    /// bindings unless `global` is false), or `:command` when no key does.
    static func key(_ command: String, in scopes: [ViewID], keymap: Keymap, global: Bool = true) -> String {
        alternatives(command, in: scopes, keymap: keymap, global: global, limit: 1)
    }

    /// Up to `limit` keys that run `command` in `scopes`, joined with "/" (`Esc/q/?`), or
    /// `:command` when no key does.
    static func alternatives(_ command: String, in scopes: [ViewID], keymap: Keymap, global: Bool = true,
                             limit: Int = 3) -> String {
        let order: [ViewID?] = scopes.map { .some($0) } + (global ? [nil] : [])
        var names: [String] = []
        for scope in order {
            for b in keymap.bindings where names.count < limit && b.scope == scope && b.command == command
                && !names.contains(b.key.name) && keymap.command(for: b.key, in: scopes, global: global)?.text == command {
                names.append(b.key.name)
            }
        }
        return names.isEmpty ? ":" + command : names.joined(separator: "/")
    }

    /// The keys of `commands`, in order, as `Phrase.text` arguments.
    static func keys(_ commands: [String], in scopes: [ViewID], keymap: Keymap, global: Bool = true) -> [String] {
        commands.map { key($0, in: scopes, keymap: keymap, global: global) }
    }
}
