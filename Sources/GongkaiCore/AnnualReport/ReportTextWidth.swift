/// 显示宽度 — how many terminal cells a string takes, so the plain-text tables line up in a
/// terminal and in a monospaced editor (CJK characters take 2 cells).
///
/// This is deliberately tiny: it covers the characters the annual report prints (Chinese text,
/// full-width punctuation such as （）、〔〕, ASCII digits). The TUI itself measures with wcwidth;
/// the ranges below agree with wcwidth for every character the report uses. Curly quotes “ ” are
/// East-Asian "ambiguous" and wcwidth gives them 1 cell in a UTF-8 locale, so they stay 1 here too.
public enum ReportTextWidth {
    /// Scalars drawn 2 cells wide: Hangul Jamo, CJK radicals…Yi, Hangul syllables, CJK
    /// compatibility ideographs, CJK compatibility forms, full-width forms, full-width signs.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
    ]

    /// Cells taken by one scalar: 0 for controls and combining marks, 2 for the wide ranges, else 1.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if (0x0300...0x036F).contains(v) || (0x200B...0x200F).contains(v)
            || (0xFE00...0xFE0F).contains(v) { return 0 }
        for r in wideRanges where r.contains(v) { return 2 }
        return 1
    }

    /// Cells taken by a string.
    public static func width(of text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    /// `text` padded with spaces to `cells` (never truncated): left-aligned, right-aligned or centred.
    public static func pad(_ text: String, to cells: Int, alignment: ReportTextAlignment = .left) -> String {
        let gap = max(0, cells - width(of: text))
        switch alignment {
        case .left: return text + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + text
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + text + String(repeating: " ", count: gap - left)
        }
    }
}

/// 对齐方式 — labels left, numbers right, spanning headers centred.
public enum ReportTextAlignment: Sendable {
    case left, right, center
}
