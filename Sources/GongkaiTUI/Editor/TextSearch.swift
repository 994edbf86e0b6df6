/// 文内查找 — finds a query in the buffer, grapheme by grapheme.
///
/// Matching compares whole grapheme clusters, so `e` does not match inside `é` (e + U+0301) and
/// half a flag never matches; ASCII letters match case-insensitively (officers type `gb/t` for
/// GB/T), everything else exactly. A query is one line: matches never span a newline. Finding
/// the next match scans forward from the caret and wraps around once; highlighting asks only
/// for the lines on screen.
public struct TextSearch: Equatable, Sendable {
    /// The query as typed.
    public let query: String
    let needle: [Character]

    /// A match: its range and whether the scan wrapped past an end of the document to find it.
    public struct Match: Equatable, Sendable {
        public var range: Range<TextPosition>
        public var wrapped: Bool
    }

    /// Nil for an empty query or one containing a newline.
    public init?(_ query: String) {
        let q = TextBuffer.normalizeNewlines(query)
        guard !q.isEmpty, !q.contains("\n") else { return nil }
        self.query = q
        needle = q.map(TextSearch.fold)
    }

    static func fold(_ c: Character) -> Character {
        if let a = c.asciiValue, a >= 65, a <= 90 { return Character(Unicode.Scalar(a + 32)) }
        return c
    }

    /// Whether the needle matches `chars` at `i`.
    func matches(_ chars: [Character], at i: Int) -> Bool {
        guard i >= 0, i + needle.count <= chars.count else { return false }
        for k in 0..<needle.count where TextSearch.fold(chars[i + k]) != needle[k] { return false }
        return true
    }

    /// Match start indices in one line, left to right, not overlapping.
    public func matchIndices(in chars: [Character]) -> [Int] {
        var out: [Int] = []
        var i = 0
        while i + needle.count <= chars.count {
            if matches(chars, at: i) { out.append(i); i += needle.count } else { i += 1 }
        }
        return out
    }

    /// All matches on logical lines `lines` (for highlighting what is on screen).
    public func ranges(in buffer: TextBuffer, lines: Range<Int>) -> [Range<TextPosition>] {
        let lines = max(0, lines.lowerBound)..<min(buffer.lineCount, lines.upperBound)
        var out: [Range<TextPosition>] = []
        for l in lines {
            for i in matchIndices(in: buffer.line(l)) {
                out.append(TextPosition(line: l, index: i)..<TextPosition(line: l, index: i + needle.count))
            }
        }
        return out
    }

    /// The matches that can show on a screen starting at `start`: a screen of `cells` cells
    /// shows at most that many graphemes (each takes at least one cell) on at most `lines`
    /// logical lines, so only that much text is scanned, even inside a 1 MB paragraph.
    public func ranges(in buffer: TextBuffer, from start: TextPosition, cells: Int, lines: Int) -> [Range<TextPosition>] {
        var out: [Range<TextPosition>] = []
        var budget = max(0, cells)
        var l = max(0, start.line)
        var from = max(0, start.index - (needle.count - 1))
        while l < buffer.lineCount, l < start.line + lines, budget > 0 {
            let chars = buffer.line(l)
            let to = min(chars.count, (l == start.line ? start.index : 0) + budget)
            var i = from
            while i < to, i + needle.count <= chars.count {
                if matches(chars, at: i) {
                    out.append(TextPosition(line: l, index: i)..<TextPosition(line: l, index: i + needle.count))
                    i += needle.count
                } else {
                    i += 1
                }
            }
            budget -= to - (l == start.line ? start.index : 0) + 1
            l += 1
            from = 0
        }
        return out
    }

    /// The first match starting at or after `p` (after it when `strictlyAfter`), wrapping
    /// around to the document start; nil when the text has none.
    public func next(from p: TextPosition, in buffer: TextBuffer, strictlyAfter: Bool = true) -> Match? {
        let n = buffer.lineCount
        for step in 0...n {
            let l = (p.line + step) % n
            let chars = buffer.line(l)
            let wrapped = p.line + step >= n
            var from = 0
            if step == 0 { from = p.index + (strictlyAfter ? 1 : 0) }
            var to = chars.count - needle.count
            if step == n { to = min(to, p.index - (strictlyAfter ? 0 : 1)) } // back where we began
            if from <= to {
                for i in from...to where matches(chars, at: i) {
                    return Match(range: TextPosition(line: l, index: i)..<TextPosition(line: l, index: i + needle.count),
                                 wrapped: wrapped)
                }
            }
        }
        return nil
    }

    /// The last match starting before `p`, wrapping around to the document end.
    public func previous(from p: TextPosition, in buffer: TextBuffer) -> Match? {
        let n = buffer.lineCount
        for step in 0...n {
            let l = ((p.line - step) % n + n) % n
            let chars = buffer.line(l)
            let wrapped = p.line - step < 0
            var to = chars.count - needle.count
            if step == 0 { to = min(to, p.index - 1) }
            var from = 0
            if step == n { from = p.index }                 // back where we began
            if from <= to {
                for i in stride(from: to, through: from, by: -1) where matches(chars, at: i) {
                    return Match(range: TextPosition(line: l, index: i)..<TextPosition(line: l, index: i + needle.count),
                                 wrapped: wrapped)
                }
            }
        }
        return nil
    }
}
