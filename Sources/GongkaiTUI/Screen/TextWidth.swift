import CNcurses

/// 显示宽度 — how many terminal cells a grapheme takes: CJK 2, combining marks 0, ASCII 1.
///
/// Uses the C library's wcwidth(3), the same table ncurses uses, so our grid and the terminal
/// agree. It needs a UTF-8 LC_CTYPE (see `TerminalLocale`); under another locale wcwidth says -1
/// for every CJK character, which is why the app refuses to draw without one.
public enum TextWidth {
    /// Cells taken by one grapheme cluster: 1 or 2 (a zero-width cluster is drawn in one cell).
    public static func of(_ c: Character) -> Int {
        let scalars = c.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value >= 0x20 && first.value < 0x7F && scalars.count == 1 { return 1 }
        var w = Int(gk_wcwidth(first.value))
        if w < 0 { w = 1 }                              // controls are sanitised before this point
        if w == 0 { w = 1 }                             // a lone combining mark still needs a cell
        if w == 1 && scalars.contains(where: { $0.value == 0xFE0F }) { w = 2 } // emoji presentation
        return min(w, 2)
    }

    /// Total cells of a (sanitised) string.
    public static func of(_ s: String) -> Int {
        var total = 0
        for c in s { total += of(c) }
        return total
    }

    /// Whether the current locale gives CJK its double width (a UTF-8 LC_CTYPE is active).
    public static var localeIsUTF8: Bool { gk_wcwidth(0x4E2D) == 2 }

    /// The longest prefix of `s` that fits in `width` cells.
    public static func prefix(_ s: String, fitting width: Int) -> String {
        var used = 0
        var end = s.startIndex
        for i in s.indices {
            let w = of(s[i])
            if used + w > width { break }
            used += w
            end = s.index(after: i)
        }
        return String(s[s.startIndex..<end])
    }

    /// `s` cut to `width` cells with a trailing "~" when something was cut (ASCII: unambiguous).
    public static func truncate(_ s: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if of(s) <= width { return s }
        return prefix(s, fitting: width - 1) + "~"
    }

    /// `s` padded with spaces (or cut) to exactly `width` cells.
    public static func pad(_ s: String, to width: Int) -> String {
        let t = truncate(s, to: width)
        return t + String(repeating: " ", count: max(0, width - of(t)))
    }
}
