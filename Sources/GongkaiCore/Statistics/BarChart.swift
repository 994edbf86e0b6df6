/// 条形图 — one bar of a statistics chart as text: full blocks (█) and an eighth block for the
/// fractional end (▏▎▍▌▋▊▉), or `#` when the terminal or the user asks for plain ASCII.
///
/// The block elements U+2580–259F are East Asian *ambiguous* width: glibc's wcwidth says 1 cell
/// under C.UTF-8 (what the grid measures with), but a terminal set to draw ambiguous characters
/// wide shows them as 2 — `bars = "ascii"` in config.toml (or `--bars ascii`) is for that case.
public enum BarChart {
    /// How bars are drawn.
    public enum Glyphs: String, Sendable, Hashable, Codable, CaseIterable {
        /// █ and the eighths ▏▎▍▌▋▊▉ (1/8-cell resolution).
        case blocks
        /// `#` per whole cell.
        case ascii
    }

    /// The eighth blocks, index = eighths (1…7) of a cell.
    static let eighths: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// The bar of `value` on a scale where `maximum` fills `width` cells. Never wider than
    /// `width`; a non-zero value always shows at least its smallest mark, zero shows nothing.
    public static func bar(_ value: Int, maximum: Int, width: Int, glyphs: Glyphs = .blocks) -> String {
        guard value > 0, maximum > 0, width > 0 else { return "" }
        let v = min(value, maximum)
        switch glyphs {
        case .ascii:
            let cells = max(1, Int((Double(v) * Double(width) / Double(maximum)).rounded()))
            return String(repeating: "#", count: min(width, cells))
        case .blocks:
            let units = max(1, Int((Double(v) * Double(width * 8) / Double(maximum)).rounded()))
            let full = min(width, units / 8)
            let rest = full == width ? 0 : units % 8
            return String(repeating: "█", count: full) + (rest > 0 ? String(eighths[rest]) : "")
        }
    }
}
