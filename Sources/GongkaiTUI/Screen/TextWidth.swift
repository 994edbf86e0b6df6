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
        if let simple = simpleWidth(s) { return simple }
        var total = 0
        for c in s { total += of(c) }
        return total
    }

    /// The width without breaking `s` into characters, when every scalar is one whole character
    /// whose width is plain: printable ASCII (1) or a wide scalar below the emoji planes (2: CJK,
    /// fullwidth forms, CJK punctuation; none of them joins the scalar before or after it). Nil
    /// for anything else (a mark, a joiner, a variation selector, an emoji, a control, another
    /// narrow letter), which the character-by-character count handles. Every list row, title and
    /// cell of every frame is measured: grapheme breaking was a third of drawing the inbox.
    /// `TextWidthQuickCountTests` compares both counts over random strings.
    static func simpleWidth(_ s: String) -> Int? {
        var total = 0
        for u in s.utf8 where u >= 0x80 || u < 0x20 || u == 0x7F {
            // Not all plain ASCII: look at the scalars.
            total = 0
            for scalar in s.unicodeScalars {
                let v = scalar.value
                if v >= 0x20 && v < 0x7F {
                    total += 1
                } else if v >= 0x1100 && v < 0x1F000 && gk_wcwidth(v) == 2 {
                    total += 2
                } else {
                    return nil
                }
            }
            return total
        }
        return s.utf8.count
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
