import Foundation

/// 命令 — every action is a named command; keys are only bindings to command lines, and the
/// `:` prompt runs the same command lines (aerc/tig style). Chinese aliases are accepted.
public struct CommandSpec: Sendable, Hashable {
    public var name: String
    /// Chinese aliases typed at the `:` prompt (e.g. 退出).
    public var aliases: [String]
    public var summary: String
    /// Whether the command takes an argument (`pane 2`).
    public var takesArgument: Bool
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
        CommandSpec(name: "pane-next", aliases: ["下一窗格"], summary: "切换到下一个窗格", takesArgument: false),
        CommandSpec(name: "pane-prev", aliases: ["上一窗格"], summary: "切换到上一个窗格", takesArgument: false),
        CommandSpec(name: "pane", aliases: ["窗格"], summary: "切换到指定窗格（1–4 或 目录/文件/解读/申请）", takesArgument: true),
        CommandSpec(name: "move-down", aliases: ["下移"], summary: "下移一行", takesArgument: false),
        CommandSpec(name: "move-up", aliases: ["上移"], summary: "上移一行", takesArgument: false),
        CommandSpec(name: "page-down", aliases: ["下翻"], summary: "向下翻半屏", takesArgument: false),
        CommandSpec(name: "page-up", aliases: ["上翻"], summary: "向上翻半屏", takesArgument: false),
        CommandSpec(name: "top", aliases: ["首行"], summary: "跳到第一行", takesArgument: false),
        CommandSpec(name: "bottom", aliases: ["末行"], summary: "跳到最后一行", takesArgument: false),
        CommandSpec(name: "help", aliases: ["帮助", "h"], summary: "显示帮助（全部按键）", takesArgument: false),
        CommandSpec(name: "command-line", aliases: [], summary: "打开命令行", takesArgument: false),
        CommandSpec(name: "redraw", aliases: ["刷新"], summary: "重绘屏幕并重新读取数据", takesArgument: false),
        CommandSpec(name: "quit", aliases: ["q", "退出"], summary: "退出（有未保存修改时先确认）", takesArgument: false),
        CommandSpec(name: "quit!", aliases: ["q!", "强制退出"], summary: "不保存，立即退出", takesArgument: false),
    ] + InboxController.commands + HistoryController.commands + ApplicationCommands.specs + CatalogCommands.all
        + ReportController.commands + StatisticsController.commands
        + DocumentCommands.specs
        + InterpretationCommands.specs

    public static func spec(_ name: String) -> CommandSpec? { all.first { $0.name == name } }

    /// Completions for a partly typed command word (names and aliases), sorted.
    public static func completions(for prefix: String) -> [String] {
        let words = all.flatMap { [$0.name] + $0.aliases }
        return words.filter { $0.hasPrefix(prefix) }.sorted()
    }
}
