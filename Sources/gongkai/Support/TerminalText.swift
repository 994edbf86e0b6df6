import GongkaiCore

/// Line-wise sanitising for CLI output: newlines separate lines and are kept; every other
/// control becomes a visible placeholder (the one rule of `TerminalSanitizer`, as in the grid).
enum TerminalText {
    static func safe(_ text: String) -> String {
        TerminalSanitizer.sanitizeLines(text)
    }
}
