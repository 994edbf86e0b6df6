/// 光标移动 — where each motion takes the caret. Pure functions of the buffer (and, for visual
/// motions, the soft wrap); `TextEditor` applies them.
///
/// Logical motions (by grapheme, word, paragraph, line) need only the buffer. Visual motions
/// (up/down, Home/End of a screen row, pages) need the wrap at the current width and keep a
/// preferred display column, so moving down through rows of different widths returns to the
/// same column when a row is long enough again.
public enum TextMotion {
    // MARK: Graphemes and lines

    public static func left(from p: TextPosition, in b: TextBuffer) -> TextPosition {
        b.position(before: p) ?? p
    }

    public static func right(from p: TextPosition, in b: TextBuffer) -> TextPosition {
        b.position(after: p) ?? p
    }

    public static func lineStart(from p: TextPosition, in b: TextBuffer) -> TextPosition {
        TextPosition(line: p.line, index: 0)
    }

    public static func lineEnd(from p: TextPosition, in b: TextBuffer) -> TextPosition {
        TextPosition(line: p.line, index: b.line(p.line).count)
    }

    public static func documentStart(in b: TextBuffer) -> TextPosition { b.startPosition }

    public static func documentEnd(in b: TextBuffer) -> TextPosition { b.endPosition }

    // MARK: Words (see CharacterClass for how Chinese counts)

    /// Forward to the end of the next word: skip separators (crossing line ends), then one run
    /// of the same class. `中文，abc` from the start: after 中文, then after abc.
    public static func wordRight(from p: TextPosition, in b: TextBuffer) -> TextPosition {
        var q = p
        while true {                                   // skip separators and line ends
            if let c = b.character(at: q) {
                if !CharacterClass(c).isSeparator { break }
                q.index += 1
            } else if q.line + 1 < b.lineCount {
                q = TextPosition(line: q.line + 1, index: 0)
            } else {
                return q
            }
        }
        let line = b.line(q.line)
        let kind = CharacterClass(line[q.index])
        while q.index < line.count, CharacterClass(line[q.index]) == kind { q.index += 1 }
        return q
    }

    /// Back to the start of the previous word (the mirror of `wordRight`).
    public static func wordLeft(from p: TextPosition, in b: TextBuffer) -> TextPosition {
        var q = p
        while true {
            if q.index > 0 {
                if !CharacterClass(b.line(q.line)[q.index - 1]).isSeparator { break }
                q.index -= 1
            } else if q.line > 0 {
                q = TextPosition(line: q.line - 1, index: b.line(q.line - 1).count)
            } else {
                return q
            }
        }
        let line = b.line(q.line)
        let kind = CharacterClass(line[q.index - 1])
        while q.index > 0, CharacterClass(line[q.index - 1]) == kind { q.index -= 1 }
        return q
    }

    // MARK: Paragraphs (blank-line separated, as in vim and emacs)

    static func isBlank(_ line: Int, in b: TextBuffer) -> Bool {
        b.line(line).allSatisfy { $0.isWhitespace }
    }

    /// Down to the next blank line after the current paragraph (or the document end).
    public static func paragraphDown(from p: TextPosition, in b: TextBuffer) -> TextPosition {
        var l = p.line
        while l + 1 < b.lineCount, isBlank(l, in: b) { l += 1 }     // leave the blank lines we are on
        while l + 1 < b.lineCount, !isBlank(l, in: b) { l += 1 }    // cross the paragraph
        if isBlank(l, in: b) && l != p.line { return TextPosition(line: l, index: 0) }
        return b.endPosition
    }

    /// Up to the blank line before the current paragraph (or the document start).
    public static func paragraphUp(from p: TextPosition, in b: TextBuffer) -> TextPosition {
        var l = p.line
        while l > 0, isBlank(l, in: b) { l -= 1 }                  // leave the blank lines we are on
        while l > 0, !isBlank(l, in: b) { l -= 1 }                 // cross the paragraph
        return TextPosition(line: l, index: 0)
    }

    // MARK: Visual rows

    /// Start of the caret's screen row; from there, the start of the logical line.
    public static func rowStart(from p: TextPosition, in b: TextBuffer, wrap: inout SoftWrap) -> TextPosition {
        let first = wrap.caretBounds(of: wrap.visualRow(of: p, in: b), in: b).first
        return first == p ? lineStart(from: p, in: b) : first
    }

    /// End of the caret's screen row (the last position still shown on it: before the row's
    /// last character when the line continues below); from there, the end of the logical line.
    public static func rowEnd(from p: TextPosition, in b: TextBuffer, wrap: inout SoftWrap) -> TextPosition {
        let last = wrap.caretBounds(of: wrap.visualRow(of: p, in: b), in: b).last
        return last == p ? lineEnd(from: p, in: b) : last
    }

    /// `count` visual rows down (negative: up) keeping `column`; clamps at the document ends
    /// (the first row goes to the document start, the last to the end, as editors do).
    public static func rows(_ count: Int, from p: TextPosition, column: Int, in b: TextBuffer,
                            wrap: inout SoftWrap) -> TextPosition {
        var row = wrap.visualRow(of: p, in: b)
        for _ in 0..<abs(count) {
            let next = count > 0 ? wrap.row(after: row, in: b) : wrap.row(before: row, in: b)
            guard let next else { return count > 0 ? b.endPosition : b.startPosition }
            row = next
        }
        return wrap.position(at: row, column: column, in: b)
    }
}
