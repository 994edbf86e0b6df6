import Foundation
import GongkaiCore

/// 帮助的说法 — ArgumentParser builds `--help` from the commands' own texts (phrases in the
/// interface language, `CLIText.Help`) inside a frame of its own English words: the headings
/// (`OVERVIEW:`, `USAGE:`, `ARGUMENTS:`, `OPTIONS:`, `SUBCOMMANDS:`), the `--help` and `--version`
/// lines, `(default: …)` / `(values: …)` and the pointer to `help <subcommand>`. The library has
/// no setting for those words, so the Chinese interface says them in Chinese here, keeping
/// command and option names, placeholders and values as they are. English help is unchanged.
enum HelpText {
    /// A help screen (or `--experimental-dump-help` JSON) in the interface language in force.
    static func localized(_ text: String) -> String {
        guard UILanguage.current == .zh else { return text }
        let F = CLIText.Help.Frame.self
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let line = String(line)
            switch line {
            case "ARGUMENTS:": return F.arguments.text()
            case "OPTIONS:": return F.options.text()
            case "SUBCOMMANDS:": return F.subcommands.text()
            default: break
            }
            if line.hasPrefix("OVERVIEW: ") { return F.overview.text() + line.dropFirst("OVERVIEW: ".count) }
            if line.hasPrefix("USAGE: ") { return F.usage.text() + line.dropFirst("USAGE: ".count) }
            if let m = line.wholeMatch(of: /\ \ See '(.+)' for detailed help\./) { return F.seeSubcommandHelp.text([String(m.1)]) }
            return line
        }.joined(separator: "\n")
        lines = lines.replacing("Show help information.", with: F.showHelp.text())
            .replacing("Show the version.", with: F.showVersion.text())
        // A value list or default may be wrapped onto the next line: match across the break.
        lines = lines.replacing(/\(values:\s+([^;)]*);\s+default:\s+([^)]*)\)/) { m in
            F.valuesAndDefault.text([String(m.1), String(m.2)])
        }
        lines = lines.replacing(/\(values:\s+([^)]*)\)/) { m in F.values.text([String(m.1)]) }
        lines = lines.replacing(/\(default:\s+([^)]*)\)/) { m in F.defaultValue.text([String(m.1)]) }
        // The default subcommand's mark sits in the label column: keep the column's width.
        let mark = F.defaultSubcommand.text()
        let padding = String(repeating: " ", count: max(0, " (default)".count - cells(mark)))
        return lines.replacing(/\ \(default\)(?= )/) { _ in mark + padding }
    }

    /// Terminal cells of a help word: CJK and full-width forms take two.
    static func cells(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
    }
}
