/// 可视行 — one screen row of a wrapped logical line: the line and the row's number within it.
public struct VisualRow: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var row: Int

    public init(line: Int, row: Int) {
        self.line = line
        self.row = row
    }

    public static func < (a: VisualRow, b: VisualRow) -> Bool {
        a.line != b.line ? a.line < b.line : a.row < b.row
    }

    public var description: String { "\(line)/\(row)" }
}

/// 自动折行 — wraps logical lines into visual rows by display width (CJK 2 cells).
///
/// Rules, in order:
/// - A row never holds more cells than `width`, so a wide character is never split at the edge:
///   one that would straddle it goes whole to the next row. (The only exception: a single ASCII
///   space may hang one cell past the edge, so a line does not start with the space that ended
///   the previous word; a grapheme wider than the whole width gets a row of its own.)
/// - Breaks prefer, from the right: after a space; between two Chinese characters or between
///   Chinese and Latin text; after ASCII `-` or `/`. A Chinese closing mark (，。、；：？！）》」…)
///   does not begin a row and an opening mark (（《「…) does not end one when another break exists
///   (避头尾, the usual Chinese line-breaking courtesy). A run without any break (a long URL)
///   is cut at the edge.
/// - When the last row of a line is full, the caret at the end of the line would sit outside
///   the text area; an empty row is added for it (nano does the same), so the hardware cursor —
///   which input-method candidate windows follow — is always inside.
///
/// Positions map to rows thus: a row is the index range [start, nextStart); the boundary
/// position `nextStart` belongs to the next row (shown at its column 0); the end of the line
/// belongs to the last row.
///
/// Cost: rows are computed per line on demand and cached by the line's content stamp, so an edit
/// invalidates only the lines it touched and drawing a screen wraps only the lines on it; the
/// whole document is never wrapped. Within a line, rows are computed only as far as needed
/// (the caret's row, the screen), and an edited line reuses the rows of its previous version
/// before the edit (and after it, where the breaks fall back into step — see `LineOrigin`), so
/// typing in the middle of a 1 MB paragraph rewraps a screenful of rows, not the paragraph. The cache keeps two generations of at most
/// `generationSize` lines each (recently used lines survive, stale stamps age out).
public struct SoftWrap: Sendable {
    /// Columns available to text.
    public private(set) var width: Int
    /// A tab advances to the next multiple of this many cells within a row.
    public let tabWidth: Int
    private var recent: [Int: Rows] = [:]
    private var older: [Int: Rows] = [:]
    /// How many lines have been wrapped (cache misses). Tests use it to prove an edit rewraps
    /// only what it touched; a status line could show it when profiling.
    public private(set) var wrapCount = 0
    /// How many rows those wraps actually computed (rows reused from an older version of an
    /// edited line are not counted).
    public private(set) var rowsWrapped = 0
    static let generationSize = 4_096

    public init(width: Int, tabWidth: Int = 4) {
        self.width = max(1, width)
        self.tabWidth = max(1, tabWidth)
    }

    /// Changes the wrap width (a resize); every cached line is dropped when it differs.
    public mutating func setWidth(_ w: Int) {
        let w = max(1, w)
        guard w != width else { return }
        width = w
        recent.removeAll()
        older.removeAll()
    }

    // MARK: Pure wrapping

    /// Cells taken by `c` drawn at `column` of a row (tabs depend on where they fall).
    public static func cellWidth(of c: Character, atColumn column: Int, tabWidth: Int) -> Int {
        if c == "\t" { return tabWidth - column % tabWidth }
        return TextWidth.of(c)
    }

    static let noStart: Set<Character> = Typography.noStart
    static let noEnd: Set<Character> = Typography.noEnd

    /// Whether a row may end between `before` and `after`.
    static func canBreak(between before: Character, and after: Character) -> Bool {
        if before == " " || before == "\t" || before == "\u{3000}" { return true }
        if noStart.contains(after) || noEnd.contains(before) { return false }
        if TextWidth.of(before) == 2 || TextWidth.of(after) == 2 { return true }
        if before == "-" || before == "/" { return true }
        return false
    }

    /// Row start indices of one line wrapped to `width` (always begins with 0).
    public static func rowStarts(of chars: [Character], width: Int, tabWidth: Int = 4) -> [Int] {
        var starts = [0]
        _ = wrap(chars, width: width, tabWidth: tabWidth, starts: &starts, from: 0, resync: nil, stop: nil)
        return starts
    }

    /// Supplies, for a new row start, the rest of the row starts when they are known (the
    /// shifted rows of an older version of the line whose text from there on is the same),
    /// and whether those reach the line end.
    typealias Resync = (Int) -> (rest: [Int], complete: Bool)?

    /// Wraps `chars` from `rowStart` (already the last element of `starts`), appending the
    /// following row starts, until the line ends, `resync` supplies the rest, or `stop` says
    /// enough rows are known (a row start is always a valid place to resume later). Returns
    /// how many rows were computed and whether the starts now reach the line end.
    static func wrap(_ chars: [Character], width: Int, tabWidth: Int, starts: inout [Int], from rowStart: Int,
                     resync: Resync?, stop: (([Int]) -> Bool)?) -> (computed: Int, complete: Bool) {
        let width = max(1, width)
        if let r = resync?(rowStart) {
            starts.append(contentsOf: r.rest)
            return (0, r.complete)
        }
        var computed = 1
        var rowStart = rowStart, col = 0
        var lastBreak = -1
        var i = rowStart
        let n = chars.count
        while i < n {
            let c = chars[i]
            if i > rowStart && canBreak(between: chars[i - 1], and: c) { lastBreak = i }
            if c == " " && col < width + 1 && !(col >= width && i > rowStart && chars[i - 1] == " ") {
                // A space may hang one cell past the edge; the row breaks after it.
                col += 1
                i += 1
                if col >= width { lastBreak = i }
                continue
            }
            let w = cellWidth(of: c, atColumn: col, tabWidth: tabWidth)
            if col + w > width && i > rowStart {
                let b = lastBreak > rowStart ? lastBreak : i
                starts.append(b)
                if let r = resync?(b) {
                    starts.append(contentsOf: r.rest)
                    return (computed, r.complete)
                }
                if let stop, stop(starts) { return (computed, false) }
                computed += 1
                rowStart = b
                lastBreak = -1
                col = 0
                for k in b..<i { col += cellWidth(of: chars[k], atColumn: col, tabWidth: tabWidth) }
                continue                                    // re-place chars[i] on the new row
            }
            col += w
            i += 1
        }
        if col >= width && n > rowStart { starts.append(n) } // room for the caret at the line end
        return (computed, true)
    }

    /// Which row of `starts` holds `index` (a row start belongs to its own row).
    public static func rowIndex(of index: Int, in starts: [Int]) -> Int {
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= index { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// Display column of position `index` in the row beginning at `rowStart`.
    public static func column(of index: Int, in chars: [Character], rowStart: Int, tabWidth: Int = 4) -> Int {
        var col = 0
        var k = rowStart
        while k < index && k < chars.count {
            col += cellWidth(of: chars[k], atColumn: col, tabWidth: tabWidth)
            k += 1
        }
        return col
    }

    /// The index range of row `row` and the last position the caret may take on it.
    static func bounds(ofRow row: Int, starts: [Int], count: Int) -> (range: Range<Int>, lastCaret: Int) {
        let s = starts[row]
        if row + 1 < starts.count {
            let e = starts[row + 1]
            return (s..<e, max(s, e - 1))
        }
        return (s..<count, count)
    }

    /// The position on row `row` nearest to `column` without passing it: on a wide character
    /// that spans the column the caret stays before it, never inside.
    public static func index(atColumn column: Int, row: Int, starts: [Int], chars: [Character], tabWidth: Int = 4) -> Int {
        let (range, lastCaret) = bounds(ofRow: row, starts: starts, count: chars.count)
        var col = 0
        var p = range.lowerBound
        while p < lastCaret {
            let w = cellWidth(of: chars[p], atColumn: col, tabWidth: tabWidth)
            if col + w > column { break }
            col += w
            p += 1
        }
        return p
    }

    // MARK: Cached, lazy access

    /// The rows of one line as far as they are known. Lines are wrapped lazily: only as far as
    /// a question needs (the caret's row, the rows on screen), so typing in the middle of a huge
    /// paragraph never wraps it to its end. A partial list always ends with a real row start,
    /// where wrapping can resume.
    struct Rows: Sendable, Equatable {
        var starts: [Int]
        var complete: Bool
    }

    /// How much of a line's rows a question needs.
    enum Need {
        /// The row holding this grapheme index.
        case index(Int)
        /// The bounds of this row (its start and where it ends).
        case row(Int)
        /// All rows.
        case all
    }

    static func isSatisfied(_ starts: [Int], complete: Bool, _ need: Need) -> Bool {
        if complete { return true }
        switch need {
        case .index(let i): return starts[starts.count - 1] > i
        case .row(let r): return starts.count > r + 1
        case .all: return false
        }
    }

    /// Rows of `line` covering `need`, from the cache (extended if needed) or wrapped now,
    /// reusing the rows of the versions the line was edited from.
    mutating func rows(_ line: Int, in buffer: TextBuffer, need: Need) -> Rows {
        let stamp = buffer.stamp(ofLine: line)
        var rows: Rows
        if let r = recent[stamp] ?? older[stamp] {
            if SoftWrap.isSatisfied(r.starts, complete: r.complete, need) {
                if recent[stamp] == nil { remember(stamp, r) }
                return r
            }
            rows = r
        } else {
            wrapCount += 1
            rows = initialRows(line, in: buffer)
        }
        rowsWrapped += extend(&rows, line: line, in: buffer, need: need)
        remember(stamp, rows)
        return rows
    }

    /// The same without touching the cache (for drawing from an immutable state).
    func peekRows(_ line: Int, in buffer: TextBuffer, need: Need) -> Rows {
        var rows: Rows
        if let r = recent[buffer.stamp(ofLine: line)] ?? older[buffer.stamp(ofLine: line)] {
            rows = r
        } else {
            rows = initialRows(line, in: buffer)
        }
        _ = extend(&rows, line: line, in: buffer, need: need)
        return rows
    }

    /// Where wrapping an edited line starts: the rows of its old version that end before the
    /// row preceding the edit cannot change (that row may: a deletion can let it take more).
    private func initialRows(_ line: Int, in buffer: TextBuffer) -> Rows {
        if let origin = buffer.origin(ofLine: line),
           let head = origin.head.flatMap({ recent[$0] ?? older[$0] }) {
            let keep = max(0, SoftWrap.rowIndex(of: origin.headLength, in: head.starts) - 1)
            return Rows(starts: Array(head.starts[0...keep]), complete: false)
        }
        return Rows(starts: [0], complete: false)
    }

    /// Once the new wrapping reaches, past the edit, a row start the old version also had (at
    /// the shifted index), the old rows from there on are the new ones, shifted.
    private func resync(for line: Int, in buffer: TextBuffer) -> Resync? {
        guard let origin = buffer.origin(ofLine: line),
              let tail = origin.tail.flatMap({ recent[$0] ?? older[$0] }) else { return nil }
        let delta = origin.tailNew - origin.tailOld
        let tailNew = origin.tailNew
        return { b in
            guard b >= tailNew else { return nil }
            let old = b - delta
            let m = SoftWrap.rowIndex(of: old, in: tail.starts)
            guard tail.starts[m] == old else { return nil }
            let rest = tail.starts[(m + 1)...].map { $0 + delta }
            if rest.isEmpty && !tail.complete { return nil }   // nothing gained: compute on
            return (rest, tail.complete)
        }
    }

    /// Wraps further until `need` is met; returns the rows computed.
    private func extend(_ rows: inout Rows, line: Int, in buffer: TextBuffer, need: Need) -> Int {
        var computed = 0
        let chars = buffer.line(line)
        let resync = self.resync(for: line, in: buffer)
        while !SoftWrap.isSatisfied(rows.starts, complete: rows.complete, need) {
            let r = SoftWrap.wrap(chars, width: width, tabWidth: tabWidth, starts: &rows.starts,
                                  from: rows.starts[rows.starts.count - 1], resync: resync,
                                  stop: { SoftWrap.isSatisfied($0, complete: false, need) })
            computed += r.computed
            rows.complete = r.complete
        }
        return computed
    }

    /// Whether line `line` is wrapped in the cache as its current content (perhaps partly).
    public func isCached(line: Int, in buffer: TextBuffer) -> Bool {
        let stamp = buffer.stamp(ofLine: line)
        return recent[stamp] != nil || older[stamp] != nil
    }

    private mutating func remember(_ stamp: Int, _ rows: Rows) {
        if recent[stamp] == nil && recent.count >= SoftWrap.generationSize {
            older = recent
            recent = [:]
        }
        recent[stamp] = rows
    }

    // MARK: Mapping

    /// All row starts of logical line `line` (wraps it to its end).
    public mutating func rowStarts(line: Int, in buffer: TextBuffer) -> [Int] {
        rows(line, in: buffer, need: .all).starts
    }

    /// How many visual rows line `line` has (wraps it to its end).
    public mutating func rowCount(line: Int, in buffer: TextBuffer) -> Int {
        rowStarts(line: line, in: buffer).count
    }

    /// The visual row showing position `p`.
    public mutating func visualRow(of p: TextPosition, in buffer: TextBuffer) -> VisualRow {
        let r = rows(p.line, in: buffer, need: .index(p.index))
        return VisualRow(line: p.line, row: SoftWrap.rowIndex(of: p.index, in: r.starts))
    }

    /// The display column of position `p` on its visual row.
    public mutating func column(of p: TextPosition, in buffer: TextBuffer) -> Int {
        let starts = rows(p.line, in: buffer, need: .index(p.index)).starts
        let r = SoftWrap.rowIndex(of: p.index, in: starts)
        return SoftWrap.column(of: p.index, in: buffer.line(p.line), rowStart: starts[r], tabWidth: tabWidth)
    }

    /// Position → (visual row, display column).
    public mutating func visual(of p: TextPosition, in buffer: TextBuffer) -> (row: VisualRow, column: Int) {
        (visualRow(of: p, in: buffer), column(of: p, in: buffer))
    }

    /// `row` itself when it exists, else the last row of its line.
    public mutating func clamp(_ row: VisualRow, in buffer: TextBuffer) -> VisualRow {
        let line = min(max(0, row.line), buffer.lineCount - 1)
        let starts = rows(line, in: buffer, need: .row(max(0, row.row))).starts
        return VisualRow(line: line, row: min(max(0, row.row), starts.count - 1))
    }

    /// (visual row, display column) → the nearest position not right of the column.
    public mutating func position(at row: VisualRow, column: Int, in buffer: TextBuffer) -> TextPosition {
        let starts = rows(row.line, in: buffer, need: .row(max(0, row.row))).starts
        let r = min(max(0, row.row), starts.count - 1)
        let i = SoftWrap.index(atColumn: column, row: r, starts: starts, chars: buffer.line(row.line), tabWidth: tabWidth)
        return TextPosition(line: row.line, index: i)
    }

    /// The first and the last caret position of a visual row.
    public mutating func caretBounds(of row: VisualRow, in buffer: TextBuffer) -> (first: TextPosition, last: TextPosition) {
        let starts = rows(row.line, in: buffer, need: .row(row.row)).starts
        let b = SoftWrap.bounds(ofRow: min(row.row, starts.count - 1), starts: starts, count: buffer.line(row.line).count)
        return (TextPosition(line: row.line, index: b.range.lowerBound), TextPosition(line: row.line, index: b.lastCaret))
    }

    /// The visual row below `row`, nil at the end of the document.
    public mutating func row(after row: VisualRow, in buffer: TextBuffer) -> VisualRow? {
        let starts = rows(row.line, in: buffer, need: .row(row.row)).starts
        if row.row + 1 < starts.count { return VisualRow(line: row.line, row: row.row + 1) }
        if row.line + 1 < buffer.lineCount { return VisualRow(line: row.line + 1, row: 0) }
        return nil
    }

    /// The visual row above `row`, nil at the start of the document (moving into the line
    /// above needs that line's last row, so it is wrapped to its end).
    public mutating func row(before row: VisualRow, in buffer: TextBuffer) -> VisualRow? {
        if row.row > 0 { return VisualRow(line: row.line, row: row.row - 1) }
        if row.line > 0 { return VisualRow(line: row.line - 1, row: rowCount(line: row.line - 1, in: buffer) - 1) }
        return nil
    }
}

extension SoftWrap: Equatable {
    /// The cache is invisible: two wraps are equal when they wrap the same way.
    public static func == (a: SoftWrap, b: SoftWrap) -> Bool {
        a.width == b.width && a.tabWidth == b.tabWidth
    }
}
