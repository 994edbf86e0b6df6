import Foundation

/// 正文编辑器的文本缓冲区 — the text being edited, as logical lines of grapheme clusters, with
/// the caret, the selection and the undo history.
///
/// Representation and cost (n = characters in the edited line, L = number of lines):
/// - `lines` is an array of lines, each a `[Character]`. A keystroke inside a line is an
///   in-place `replaceSubrange` on that one line: O(n) memmove at worst, O(1) lines touched;
///   the rest of the document is not looked at. Splitting or joining lines also shifts the
///   line array: O(L) pointer moves, no character is copied. A 1 MB Chinese document is about
///   340 000 characters in a few thousand lines, so both are microseconds.
/// - Each line carries a `stamp` that changes whenever its content does; the soft-wrap cache is
///   keyed by stamp, so an edit invalidates exactly the lines it touched.
/// - `text` (for saving and journaling) is O(document) and only built on demand.
///
/// Grapheme safety: every line is always segmented exactly as Swift would segment its string.
/// An edit re-segments the inserted text together with one cluster on either side (and a whole
/// run of regional indicators), so typing U+0301 after `e` yields one `é`, deleting the `x` in
/// 🇨x🇳 yields one flag, and no position can ever point inside a cluster.
public struct TextBuffer: Sendable {
    struct Line: Sendable {
        var stamp: Int
        var chars: [Character]
        /// How this content came from the lines before the last edit, so the wrap can reuse
        /// their rows instead of rewrapping a long line from its start (nil: unrelated).
        var origin: LineOrigin? = nil
    }

    private(set) var lines: [Line]

    /// The caret: where typing goes. Always a valid grapheme boundary.
    public private(set) var caret: TextPosition = .zero
    /// The other end of the selection while the mark is set (nil: no selection).
    public private(set) var anchor: TextPosition? = nil
    var history = UndoHistory()
    /// Increases with every change of the text (journaling and caches can compare it).
    public private(set) var revision = 0

    public init(_ text: String = "") {
        let split = TextBuffer.splitLines(TextBuffer.normalizeNewlines(text))
        let stamps = LineStamps.take(split.count)
        lines = zip(stamps, split).map { Line(stamp: $0, chars: $1) }
    }

    private func freshStamp() -> Int { LineStamps.take(1).lowerBound }

    // MARK: Reading

    public var lineCount: Int { lines.count }

    /// The graphemes of logical line `i` (shares storage; no copy).
    public func line(_ i: Int) -> [Character] { lines[i].chars }

    /// Logical line `i` as a string.
    public func lineString(_ i: Int) -> String { String(lines[i].chars) }

    /// The content stamp of line `i`: equal stamps mean equal content (see `LineStamps`).
    func stamp(ofLine i: Int) -> Int { lines[i].stamp }

    /// What line `i` shares with the lines it was edited from (see `LineOrigin`).
    func origin(ofLine i: Int) -> LineOrigin? { lines[i].origin }

    /// The whole text, lines joined with "\n" (O(document): call it to save, not per frame).
    public var text: String {
        var s = ""
        for (i, l) in lines.enumerated() {
            if i > 0 { s.append("\n") }
            s.append(contentsOf: String(l.chars))
        }
        return s
    }

    public var isEmpty: Bool { lines.count == 1 && lines[0].chars.isEmpty }

    public var startPosition: TextPosition { .zero }
    public var endPosition: TextPosition { TextPosition(line: lines.count - 1, index: lines[lines.count - 1].chars.count) }

    /// `p` moved into the text (nearest valid position).
    public func clamp(_ p: TextPosition) -> TextPosition {
        let line = min(max(0, p.line), lines.count - 1)
        return TextPosition(line: line, index: min(max(0, p.index), lines[line].chars.count))
    }

    /// The grapheme right after `p`, nil at the end of a line.
    public func character(at p: TextPosition) -> Character? {
        let l = lines[p.line].chars
        return p.index < l.count ? l[p.index] : nil
    }

    /// One grapheme to the left (the end of the previous line from a line start); nil at start.
    public func position(before p: TextPosition) -> TextPosition? {
        if p.index > 0 { return TextPosition(line: p.line, index: p.index - 1) }
        if p.line > 0 { return TextPosition(line: p.line - 1, index: lines[p.line - 1].chars.count) }
        return nil
    }

    /// One grapheme to the right (the start of the next line from a line end); nil at the end.
    public func position(after p: TextPosition) -> TextPosition? {
        if p.index < lines[p.line].chars.count { return TextPosition(line: p.line, index: p.index + 1) }
        if p.line + 1 < lines.count { return TextPosition(line: p.line + 1, index: 0) }
        return nil
    }

    /// The text between two positions, newlines included.
    public func text(in range: Range<TextPosition>) -> String {
        let a = clamp(range.lowerBound), b = clamp(range.upperBound)
        guard a < b else { return "" }
        if a.line == b.line { return String(lines[a.line].chars[a.index..<b.index]) }
        var s = String(lines[a.line].chars[a.index...])
        for l in (a.line + 1)..<b.line {
            s.append("\n")
            s.append(contentsOf: String(lines[l].chars))
        }
        s.append("\n")
        s.append(contentsOf: String(lines[b.line].chars[..<b.index]))
        return s
    }

    // MARK: Caret and selection

    /// The selected range while the mark is set and not empty.
    public var selection: Range<TextPosition>? {
        guard let a = anchor, a != caret else { return nil }
        return min(a, caret)..<max(a, caret)
    }

    /// Moves the caret (clamped). With the mark set the selection follows; a move breaks the
    /// coalescing of typing, so typing after a jump is a separate undo step.
    public mutating func moveCaret(to p: TextPosition) {
        let q = clamp(p)
        if q != caret { history.breakCoalescing() }
        caret = q
    }

    /// Sets the mark at the caret: motions now extend a selection from here (emacs C-Space).
    public mutating func setMark() { anchor = caret }

    public mutating func clearMark() { anchor = nil }

    public mutating func selectAll() {
        anchor = .zero
        moveCaret(to: endPosition)
    }

    // MARK: Editing

    /// Inserts `text` at the caret, replacing the selection. `\r\n` and `\r` become `\n`.
    /// With `typing`, a single grapheme without newline joins the open undo step (coalescing);
    /// otherwise (paste, newline) the insertion is its own step.
    public mutating func insert(_ text: String, typing: Bool = false) {
        let normalized = TextBuffer.normalizeNewlines(text)
        guard !normalized.isEmpty || selection != nil else { return }
        let range = selection ?? caret..<caret
        let isTyping = typing && selection == nil && !normalized.contains("\n") && normalized.count <= 1
        if !isTyping { history.breakCoalescing() }
        change(range, with: normalized, kind: isTyping ? .typing : .other)
        if !isTyping { history.breakCoalescing() }
    }

    /// Backspace: the selection, or the one grapheme before the caret (joining lines at a start).
    public mutating func deleteBackward() {
        if let sel = selection { change(sel, with: "", kind: .other); return }
        guard let p = position(before: caret) else { return }
        change(p..<caret, with: "", kind: .deleteBackward)
    }

    /// Delete: the selection, or the one grapheme after the caret (joining lines at an end).
    public mutating func deleteForward() {
        if let sel = selection { change(sel, with: "", kind: .other); return }
        guard let p = position(after: caret) else { return }
        change(caret..<p, with: "", kind: .deleteForward)
    }

    /// Deletes from the caret back to the start of the word (see `TextMotion.wordLeft`).
    public mutating func deleteWordBackward() {
        if let sel = selection { change(sel, with: "", kind: .other); return }
        let p = TextMotion.wordLeft(from: caret, in: self)
        guard p < caret else { return }
        change(p..<caret, with: "", kind: .other)
    }

    /// Deletes from the caret to the end of the word (see `TextMotion.wordRight`).
    public mutating func deleteWordForward() {
        if let sel = selection { change(sel, with: "", kind: .other); return }
        let p = TextMotion.wordRight(from: caret, in: self)
        guard caret < p else { return }
        change(caret..<p, with: "", kind: .other)
    }

    /// Ctrl-K: deletes to the end of the logical line, or the newline itself when the caret is
    /// already there (so repeated kills take line after line, as in emacs and nano).
    /// Returns the removed text for the clipboard.
    @discardableResult
    public mutating func killToEndOfLine() -> String {
        anchor = nil
        let end = TextPosition(line: caret.line, index: lines[caret.line].chars.count)
        let range: Range<TextPosition>
        if caret.index < end.index {
            range = caret..<end
        } else if caret.line + 1 < lines.count {
            range = caret..<TextPosition(line: caret.line + 1, index: 0)
        } else {
            return ""
        }
        let removed = text(in: range)
        history.breakCoalescing()
        change(range, with: "", kind: .other)
        return removed
    }

    /// Joins the next line onto the caret's line, dropping the next line's leading blanks.
    /// A space is put in between only when both sides are narrow (ASCII-like) text: Chinese
    /// lines join without a space, as they would be written.
    public mutating func joinLines() {
        anchor = nil
        let l = caret.line
        guard l + 1 < lines.count else { return }
        let cur = lines[l].chars, next = lines[l + 1].chars
        var skip = 0
        while skip < next.count, next[skip] == " " || next[skip] == "\t" || next[skip] == "\u{3000}" { skip += 1 }
        var sep = ""
        if let last = cur.last, skip < next.count, !last.isWhitespace,
           TextWidth.of(last) == 1, TextWidth.of(next[skip]) == 1 {
            sep = " "
        }
        let junction = TextPosition(line: l, index: cur.count)
        history.breakCoalescing()
        change(junction..<TextPosition(line: l + 1, index: skip), with: sep, kind: .other)
    }

    /// Cuts the selection: removes it and returns its text (nil when nothing is selected).
    public mutating func cut() -> String? {
        guard let sel = selection else { return nil }
        let t = text(in: sel)
        history.breakCoalescing()
        change(sel, with: "", kind: .other)
        return t
    }

    /// Copies the selection and drops the mark (nil when nothing is selected).
    public mutating func copy() -> String? {
        guard let sel = selection else { return nil }
        anchor = nil
        return text(in: sel)
    }

    /// Replaces the whole text as one undo step (text read back from `$EDITOR`, a recovered
    /// draft); the caret stays as near its old place as the new text allows.
    public mutating func replaceAll(with text: String) {
        let old = caret
        history.breakCoalescing()
        change(.zero..<endPosition, with: TextBuffer.normalizeNewlines(text), kind: .other)
        caret = clamp(old)
        anchor = nil
    }

    // MARK: Undo

    public var canUndo: Bool { history.canUndo }
    public var canRedo: Bool { history.canRedo }

    /// Takes back the last step; false when there is none.
    @discardableResult
    public mutating func undo() -> Bool {
        guard let g = history.popUndo() else { return false }
        for e in g.edits.reversed() { _ = replaceRaw(e.start..<e.insertedEnd, with: e.removed) }
        caret = clamp(g.caretBefore)
        anchor = nil
        return true
    }

    /// Re-applies the last undone step; false when there is none.
    @discardableResult
    public mutating func redo() -> Bool {
        guard let g = history.popRedo() else { return false }
        for e in g.edits { _ = replaceRaw(e.start..<e.removedEnd, with: e.inserted) }
        caret = clamp(g.caretAfter)
        anchor = nil
        return true
    }

    /// Marks a pause (no key for a while, focus change): the next typing is a new undo step.
    public mutating func breakUndoCoalescing() { history.breakCoalescing() }

    /// Whether the text differs from the state last marked saved (undoing back to it counts
    /// as unmodified again).
    public var isModified: Bool { history.isModified }

    /// Records that the current text is what was saved.
    public mutating func markSaved() { history.markSaved() }

    // MARK: The one primitive

    private mutating func change(_ range: Range<TextPosition>, with text: String, kind: UndoHistory.Kind) {
        let before = caret
        let (edit, newCaret) = replaceRaw(range, with: text)
        caret = newCaret
        anchor = nil
        history.record(edit, kind: kind, caretBefore: before, caretAfter: newCaret)
    }

    private static func isRegionalIndicator(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return (0x1F1E6...0x1F1FF).contains(v)
    }

    /// Replaces `range` with `text` (already newline-normalised), re-segmenting the junctions.
    /// Returns the edit in expanded, grapheme-safe form and the caret right after the new text.
    private mutating func replaceRaw(_ range: Range<TextPosition>, with text: String) -> (UndoHistory.Edit, TextPosition) {
        let a = clamp(range.lowerBound), b = clamp(range.upperBound)
        // Widen by one cluster each side (a whole regional-indicator run) so that marks, ZWJ and
        // flag halves that meet at a junction are segmented together. The line arrays are only
        // read inside these closures, so no second reference keeps them from being edited in place.
        let s: Int = {
            let chars = lines[a.line].chars
            var s = a.index
            if s > 0 {
                s -= 1
                while s > 0, TextBuffer.isRegionalIndicator(chars[s]), TextBuffer.isRegionalIndicator(chars[s - 1]) { s -= 1 }
            }
            return s
        }()
        let e: Int = {
            let chars = lines[b.line].chars
            var e = b.index
            if e < chars.count {
                e += 1
                while e < chars.count, TextBuffer.isRegionalIndicator(chars[e - 1]), TextBuffer.isRegionalIndicator(chars[e]) { e += 1 }
            }
            return e
        }()
        let start = TextPosition(line: a.line, index: s)
        let end = TextPosition(line: b.line, index: e)
        let removed = self.text(in: start..<end)
        let lead = String(lines[a.line].chars[s..<a.index])
        let combined = lead + text + String(lines[b.line].chars[b.index..<e])
        let pieces = TextBuffer.splitLines(combined)

        let insertedEnd: TextPosition
        let headStamp = lines[a.line].stamp, tailStamp = lines[b.line].stamp
        if a.line == b.line && pieces.count == 1 {
            lines[a.line].chars.replaceSubrange(s..<e, with: pieces[0])
            lines[a.line].stamp = freshStamp()
            insertedEnd = TextPosition(line: a.line, index: s + pieces[0].count)
            lines[a.line].origin = LineOrigin(head: headStamp, headLength: s, tail: tailStamp,
                                              tailOld: e, tailNew: insertedEnd.index)
        } else {
            var built: [Line] = []
            built.reserveCapacity(pieces.count)
            for p in pieces { built.append(Line(stamp: freshStamp(), chars: p)) }
            built[0].chars = Array(lines[a.line].chars[..<s]) + built[0].chars
            let last = built.count - 1
            insertedEnd = TextPosition(line: a.line + last, index: built[last].chars.count)
            built[last].chars.append(contentsOf: lines[b.line].chars[e...])
            built[0].origin = LineOrigin(head: headStamp, headLength: s)
            built[last].origin = LineOrigin(head: last == 0 ? headStamp : nil, headLength: last == 0 ? s : 0,
                                            tail: tailStamp, tailOld: e, tailNew: insertedEnd.index)
            lines.replaceSubrange(a.line...b.line, with: built)
        }
        revision += 1

        // The caret goes after `lead + text`; if that point was merged into a cluster (a mark
        // typed after its base), it goes after the merged cluster.
        let head = TextBuffer.splitLines(lead + text)
        let caretLine = a.line + head.count - 1
        var index = head.count == 1 ? s : 0
        var need = head[head.count - 1].reduce(0) { $0 + $1.unicodeScalars.count }
        let chars = lines[caretLine].chars
        while need > 0, index < chars.count {
            need -= chars[index].unicodeScalars.count
            index += 1
        }
        let edit = UndoHistory.Edit(start: start, removed: removed, removedEnd: end,
                                    inserted: combined, insertedEnd: insertedEnd)
        return (edit, TextPosition(line: caretLine, index: index))
    }

    // MARK: Text helpers

    /// `\r\n` and lone `\r` become `\n` (pasted Windows text, old Mac files).
    static func normalizeNewlines(_ text: String) -> String {
        guard text.unicodeScalars.contains("\r") else { return text }
        var out = String.UnicodeScalarView()
        var afterCR = false
        for u in text.unicodeScalars {
            if u == "\r" { out.append("\n"); afterCR = true; continue }
            if u == "\n" && afterCR { afterCR = false; continue }
            afterCR = false
            out.append(u)
        }
        return String(out)
    }

    /// Splits normalised text at "\n" into lines of graphemes (always at least one line).
    static func splitLines(_ text: String) -> [[Character]] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
    }
}

/// 行版本号 — stamps for line contents, unique across every buffer of the process.
///
/// A buffer is a value: two copies may diverge (an undo snapshot, a second editor), and a
/// per-buffer counter would then give different contents the same stamp, so one wrap cache
/// could serve rows of the wrong text. One process-wide counter rules that out.
enum LineStamps {
    private final class Counter: @unchecked Sendable {
        let lock = NSLock()
        var next = 1
    }
    private static let counter = Counter()

    /// `count` fresh stamps.
    static func take(_ count: Int) -> Range<Int> {
        counter.lock.lock()
        defer { counter.lock.unlock() }
        let first = counter.next
        counter.next += max(1, count)
        return first..<(first + count)
    }
}

/// 行的来历 — what an edited line shares with the lines it was made from: its first
/// `headLength` graphemes are those of the line stamped `head`, and from `tailNew` on it is the
/// line stamped `tail` from `tailOld` on. The soft wrap keeps the rows of both parts and rewraps
/// only around the edit, so typing in a very long paragraph costs the rows near the caret.
struct LineOrigin: Sendable, Equatable {
    var head: Int?
    var headLength: Int
    var tail: Int? = nil
    var tailOld: Int = 0
    var tailNew: Int = 0
}

extension TextBuffer: Equatable {
    /// Equal when the text, caret and selection are; history and stamps are bookkeeping.
    public static func == (x: TextBuffer, y: TextBuffer) -> Bool {
        x.caret == y.caret && x.anchor == y.anchor && x.revision == y.revision
            && x.lines.count == y.lines.count
            && zip(x.lines, y.lines).allSatisfy { $0.stamp == $1.stamp || $0.chars == $1.chars }
    }
}
