import GongkaiTUI

/// Line-wise sanitising for CLI output: newlines separate lines and are kept; every other
/// control becomes a visible placeholder (the same rule as the cell grid).
enum TerminalText {
    static func safe(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { TerminalSanitizer.sanitize(String($0)) }
            .joined(separator: "\n")
    }
}
