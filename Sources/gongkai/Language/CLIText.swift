import GongkaiCore

/// 命令行的文字目录 — the messages `gongkai <verb>` prints for people (results, refusals, progress
/// labels), in Chinese and English, kept like the TUI's `L`, the store's `S` and the rules' `C`.
///
/// Each area has its own file `CLIText+Area.swift` with one `Phrase("中文", "English")` per line, used as
/// `CLIText.Area.x.text()` or `.text(["\(n)"])`. `Gongkai.main` runs every verb inside
/// `UILanguage.$current.withValue(...)` (config.toml `language`, else LC_ALL / LC_MESSAGES / LANG).
/// The commands' `--help` texts are phrases too (`CLIText.Help`, CLIText+Help*.swift). Not phrases:
/// JSON output (codes and values), and the statutory outputs that stay Chinese in both languages
/// (annual report tables, letters, the published site, the column headers of export files).
enum CLIText {
    /// Items joined with the list separator of the language in force (`、` or `, `).
    static func list(_ items: [String]) -> String {
        items.joined(separator: Common.listSeparator.text())
    }
}
