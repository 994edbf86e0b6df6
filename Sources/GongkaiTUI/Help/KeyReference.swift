/// 按键一览 — the key reference that `?` shows, for `gongkai keys` / `gongkai help keys` and the
/// man page: generated from a live keymap (the defaults with config.toml's [keys] over them).
public enum KeyReference {
    /// One command with the keys bound to it.
    public struct Entry: Codable, Hashable, Sendable {
        public var keys: [String]
        public var command: String
        /// The pane it works in (nil: everywhere).
        public var pane: String?
        public var summary: String
    }

    /// The same lines as the `?` overlay (bindings, then every `:` command and the editor keys).
    public static func lines(keymap: Keymap) -> [String] { AppView.helpLines(keymap: keymap) }

    /// The bindings as data (`gongkai keys --format json`).
    public static func entries(keymap: Keymap) -> [Entry] {
        var order: [Keymap.Binding] = []
        var keys: [Int: [String]] = [:]
        for b in keymap.bindings {
            if let i = order.firstIndex(where: { $0.command == b.command && $0.scope == b.scope }) {
                keys[i, default: []].append(b.key.name)
            } else {
                keys[order.count] = [b.key.name]
                order.append(b)
            }
        }
        let summaries = keymap.helpEntries()
        return order.enumerated().map { i, b in
            Entry(keys: keys[i] ?? [], command: b.command, pane: b.scope?.rawValue,
                  summary: summaries[i].summary)
        }
    }
}
