import GongkaiCore

/// 按键一览 — the key reference that `?` shows, for `gongkai keys` / `gongkai help keys`, the man
/// page and Docs/KEYS.md: generated from a live keymap (the defaults with config.toml's [keys]
/// over them), one section per view — the open view first, then the global keys, then the others.
public enum KeyReference {
    /// One command with the keys bound to it.
    public struct Entry: Codable, Hashable, Sendable {
        public var keys: [String]
        public var command: String
        /// The view it works in (nil: everywhere): a pane (`applications`) or another view (`inbox`).
        public var pane: String?
        public var summary: String
    }

    /// The keys of one view (nil: the global ones).
    public struct Section: Sendable {
        public var view: ViewID?
        public var title: String
        public var entries: [(keys: [String], command: String, summary: String)]
    }

    /// The sections: the views of `first` (the open view's scopes), the global keys, then every
    /// other view in ViewID order; views without bindings are left out.
    public static func sections(keymap: Keymap, first: [ViewID] = []) -> [Section] {
        let order: [ViewID?] = first.map { .some($0) } + [nil] + ViewID.allCases.filter { !first.contains($0) }.map { .some($0) }
        return order.compactMap { scope in
            var commands: [String] = []
            var keys: [String: [String]] = [:]
            // The English help leaves out the Chinese key names (是), as it does Chinese aliases.
            for b in keymap.bindings where b.scope == scope
                && (UILanguage.current == .zh || b.key.name.unicodeScalars.allSatisfy(\.isASCII)) {
                if keys[b.command] == nil { commands.append(b.command) }
                keys[b.command, default: []].append(b.key.name)
            }
            guard !commands.isEmpty else { return nil }
            let title = scope.map { TUIText.Help.viewTitle.text(["\($0.title)", $0.rawValue]) } ?? TUIText.Help.globalTitle.text()
            return Section(view: scope, title: title,
                           entries: commands.map { (keys[$0]!, $0, Keymap.summary(of: $0, in: scope)) })
        }
    }

    /// The same lines as the `?` overlay (the keys by view, then every `:` command).
    public static func lines(keymap: Keymap, first: [ViewID] = []) -> [String] {
        let sections = sections(keymap: keymap, first: first)
        let keyWidth = min(24, sections.flatMap(\.entries).map { TextWidth.of($0.keys.joined(separator: ", ")) }.max() ?? 8)
        var lines: [String] = []
        for section in sections {
            if !lines.isEmpty { lines.append("") }
            lines.append(section.title)
            lines += section.entries.map { "  " + TextWidth.pad($0.keys.joined(separator: ", "), to: keyWidth) + "  " + $0.summary }
        }
        lines.append("")
        lines.append(TUIText.Help.commandLine.text([KeyHints.key("command-line", in: [], keymap: keymap)]
            + KeyHints.keys(["complete", "complete-prev", "recall-prev", "recall-next", "submit", "cancel"], in: [.commandLine],
                            keymap: keymap, global: false)))
        for spec in Commands.all {
            let words = ([spec.name] + spec.shownAliases).joined(separator: " / ")
            let arg = spec.takesArgument ? TUIText.Help.argument.text() : ""
            lines.append("  :" + words + arg + "  " + spec.summary)
        }
        return lines
    }

    /// The key tables as Markdown (`gongkai keys --markdown`, the generated part of Docs/KEYS.md).
    public static func markdown(keymap: Keymap) -> [String] {
        var lines: [String] = []
        for section in sections(keymap: keymap) {
            lines += ["### " + section.title, "", TUIText.Help.markdownHeader.text(), "|---|---|---|"]
            for e in section.entries {
                let keys = e.keys.map { "`\($0)`" }.joined(separator: " ")
                lines.append("| \(keys) | `\(e.command)` | \(e.summary) |")
            }
            lines.append("")
        }
        return lines
    }

    /// The bindings as data (`gongkai keys --format json`).
    public static func entries(keymap: Keymap) -> [Entry] {
        sections(keymap: keymap).flatMap { section in
            section.entries.map {
                Entry(keys: $0.keys, command: $0.command, pane: section.view?.rawValue,
                      summary: $0.summary)
            }
        }
    }
}
