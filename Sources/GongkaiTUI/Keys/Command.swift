import Foundation
import GongkaiCore

/// 命令 — every action is a named command; keys are only bindings to command lines, and the
/// `:` prompt runs the same command lines (aerc/tig style). Chinese aliases are accepted.
public struct CommandSpec: Sendable, Hashable {
    public var name: String
    /// Chinese aliases typed at the `:` prompt (e.g. 退出).
    public var aliases: [String]
    /// The help text in both languages (from the phrase catalog `TUIText`).
    public var summaryPhrase: Phrase
    /// Whether the command takes an argument (`pane 2`).
    public var takesArgument: Bool

    /// The aliases the help lists: all of them in Chinese; in English only those without Chinese
    /// characters (the Chinese ones are still accepted at the prompt).
    public var shownAliases: [String] {
        UILanguage.current == .zh ? aliases : aliases.filter { $0.unicodeScalars.allSatisfy(\.isASCII) }
    }

    /// The help text in the interface language in force.
    public var summary: String { summaryPhrase.text() }

    public init(name: String, aliases: [String], summary: Phrase, takesArgument: Bool) {
        self.name = name
        self.aliases = aliases
        self.summaryPhrase = summary
        self.takesArgument = takesArgument
    }

    /// A summary that is already text (the same in both languages).
    public init(name: String, aliases: [String], summary: String, takesArgument: Bool) {
        self.init(name: name, aliases: aliases, summary: Phrase(summary, summary), takesArgument: takesArgument)
    }
}

/// A parsed command line: the command name and its argument text.
public struct CommandLine: Equatable, Sendable {
    public var name: String
    public var argument: String?

    public init(name: String, argument: String? = nil) {
        self.name = name
        self.argument = argument
    }

    /// Parses `"pane 2"` → name "pane", argument "2"; resolves aliases. Nil for an empty line.
    public init?(parsing text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty else { return nil }
        let parts = t.split(separator: " ", maxSplits: 1).map(String.init)
        let word = parts[0]
        let spec = Commands.all.first { $0.name == word || $0.aliases.contains(word) }
        name = spec?.name ?? word
        argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : nil
    }

    public var text: String { argument.map { "\(name) \($0)" } ?? name }
}

public enum Commands {
    public static let all: [CommandSpec] = [
        CommandSpec(name: "pane-next", aliases: ["下一窗格"], summary: TUIText.Commands.paneNext, takesArgument: false),
        CommandSpec(name: "pane-prev", aliases: ["上一窗格"], summary: TUIText.Commands.panePrev, takesArgument: false),
        CommandSpec(name: "pane", aliases: ["窗格"], summary: TUIText.Commands.pane, takesArgument: true),
        CommandSpec(name: "zoom", aliases: ["放大"], summary: TUIText.Commands.zoom, takesArgument: false),
        CommandSpec(name: "move-down", aliases: ["下移"], summary: TUIText.Commands.moveDown, takesArgument: false),
        CommandSpec(name: "move-up", aliases: ["上移"], summary: TUIText.Commands.moveUp, takesArgument: false),
        CommandSpec(name: "page-down", aliases: ["下翻"], summary: TUIText.Commands.pageDown, takesArgument: false),
        CommandSpec(name: "page-up", aliases: ["上翻"], summary: TUIText.Commands.pageUp, takesArgument: false),
        CommandSpec(name: "top", aliases: ["首行"], summary: TUIText.Commands.top, takesArgument: false),
        CommandSpec(name: "bottom", aliases: ["末行"], summary: TUIText.Commands.bottom, takesArgument: false),
        CommandSpec(name: "help", aliases: ["帮助", "h"], summary: TUIText.Commands.help, takesArgument: false),
        CommandSpec(name: "command-line", aliases: [], summary: TUIText.Commands.commandLine, takesArgument: false),
        CommandSpec(name: "redraw", aliases: ["刷新"], summary: TUIText.Commands.redraw, takesArgument: false),
        CommandSpec(name: "quit", aliases: ["q", "退出"], summary: TUIText.Commands.quit, takesArgument: false),
        CommandSpec(name: "quit!", aliases: ["q!", "强制退出"], summary: TUIText.Commands.quitNow, takesArgument: false),
        CommandSpec(name: "language", aliases: ["语言"], summary: TUIText.Commands.language, takesArgument: true),
    ] + ViewStack.commands

    public static func spec(_ name: String) -> CommandSpec? { all.first { $0.name == name } }

    /// Completions for a partly typed command word (names and aliases), sorted.
    public static func completions(for prefix: String) -> [String] {
        let words = all.flatMap { [$0.name] + $0.aliases }
        return words.filter { $0.hasPrefix(prefix) }.sorted()
    }
}
