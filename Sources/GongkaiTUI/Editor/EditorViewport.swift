/// 编辑区样式 — which style roles the editor draws with (the theme decides the look).
public struct EditorStyles: Equatable, Sendable {
    public var text: StyleRole
    public var selection: StyleRole
    public var match: StyleRole

    public init(text: StyleRole = .normal, selection: StyleRole = .selection, match: StyleRole = .warning) {
        self.text = text
        self.selection = selection
        self.match = match
    }
}

/// 编辑区视口 — which visual rows are on screen, kept so the caret stays visible, and drawing
/// them into the cell grid with the hardware cursor parked exactly at the caret.
///
/// The top of the view is a `VisualRow` (a line and a row within it), not an absolute row
/// number: knowing the absolute number would mean wrapping every line above. Scrolling walks
/// at most `height` rows from the top or from the caret, so its cost is the screen, not the
/// document.
public struct EditorViewport: Equatable, Sendable {
    /// The first visual row on screen.
    public private(set) var top = VisualRow(line: 0, row: 0)
    /// Rows available to text.
    public private(set) var height: Int

    public init(height: Int) { self.height = max(1, height) }

    public mutating func setHeight(_ h: Int) { height = max(1, h) }

    /// Puts `row` at the top (e.g. restoring a saved view); clamped on the next scroll.
    public mutating func setTop(_ row: VisualRow) { top = row }

    /// Keeps `top` a real row after edits removed lines or rows under it.
    mutating func clampTop(in buffer: TextBuffer, wrap: inout SoftWrap) {
        top = wrap.clamp(top, in: buffer)
    }

    /// Scrolls as little as possible so the caret's row is on screen.
    public mutating func scrollToCaret(_ caret: TextPosition, in buffer: TextBuffer, wrap: inout SoftWrap) {
        clampTop(in: buffer, wrap: &wrap)
        let target = wrap.visualRow(of: caret, in: buffer)
        if target < top {
            top = target
            return
        }
        var r = top
        for _ in 0..<(height - 1) {
            if r == target { return }
            guard let n = wrap.row(after: r, in: buffer) else { break }
            r = n
        }
        if r == target { return }
        // Below the screen: the caret's row becomes the last one.
        var t = target
        for _ in 0..<(height - 1) {
            guard let p = wrap.row(before: t, in: buffer) else { break }
            t = p
        }
        top = t
    }

    /// Moves the top by `rows` visual rows (negative: up), stopping at the document ends.
    public mutating func scroll(by rows: Int, in buffer: TextBuffer, wrap: inout SoftWrap) {
        clampTop(in: buffer, wrap: &wrap)
        for _ in 0..<abs(rows) {
            guard let n = rows > 0 ? wrap.row(after: top, in: buffer) : wrap.row(before: top, in: buffer) else { break }
            top = n
        }
    }

    /// The visual rows on screen, top to bottom (fewer than `height` near the document end).
    public mutating func visibleRows(in buffer: TextBuffer, wrap: inout SoftWrap) -> [VisualRow] {
        clampTop(in: buffer, wrap: &wrap)
        var out = [top]
        while out.count < height, let n = wrap.row(after: out[out.count - 1], in: buffer) { out.append(n) }
        return out
    }

    /// Draws the visible rows into `grid` at (x, y), `width`×`height` cells (the wrap should have
    /// this width; wider text is clipped, never half-drawn). Returns the cell for the hardware
    /// cursor: right after the caret's grapheme (after 中文 that is 4 cells right of the row
    /// start), or nil when the caret is not on screen. A caret on a hanging space past the edge
    /// is shown in the last column.
    @discardableResult
    public func render(_ buffer: TextBuffer, caret: TextPosition, selection: Range<TextPosition>?,
                       wrap: SoftWrap, into grid: inout CellGrid, x: Int, y: Int, width: Int, height: Int,
                       styles: EditorStyles = EditorStyles(),
                       highlight: [Range<TextPosition>] = []) -> (x: Int, y: Int)? {
        guard width > 0, height > 0 else { return nil }
        var cursor: (x: Int, y: Int)? = nil
        var line = min(max(0, top.line), buffer.lineCount - 1)
        var row = max(0, top.row)
        // Rows are asked for only as far as the screen reaches (lazy wrapping).
        var rows = wrap.peekRows(line, in: buffer, need: .row(row + height))
        row = min(row, rows.starts.count - 1)
        var done = false
        for screenRow in 0..<height {
            let gy = y + screenRow
            grid.fill(x: x, y: gy, count: width, style: styles.text)
            if done { continue }
            let chars = buffer.line(line)
            let isLastRow = row + 1 >= rows.starts.count        // `rows` is complete then
            let range = rows.starts[row]..<(isLastRow ? chars.count : rows.starts[row + 1])
            let marks = highlight.filter { $0.lowerBound.line <= line && $0.upperBound.line >= line }
            var col = 0
            for i in range {
                let c = chars[i]
                let w = SoftWrap.cellWidth(of: c, atColumn: col, tabWidth: wrap.tabWidth)
                if col >= width { break }
                let p = TextPosition(line: line, index: i)
                var style = styles.text
                if marks.contains(where: { $0.contains(p) }) { style = styles.match }
                if let selection, selection.contains(p) { style = styles.selection }
                if c == "\t" {
                    grid.fill(x: x + col, y: gy, count: min(w, width - col), style: style)
                } else {
                    grid.put(String(c), x: x + col, y: gy, maxWidth: width - col, style: style)
                }
                col += w
            }
            if caret.line == line, caret.index >= range.lowerBound,
               caret.index < range.upperBound || (isLastRow && caret.index == chars.count) {
                let c = SoftWrap.column(of: caret.index, in: chars, rowStart: range.lowerBound, tabWidth: wrap.tabWidth)
                cursor = (x + min(c, width - 1), gy)
            }
            // Advance to the next visual row.
            if !isLastRow {
                row += 1
            } else if line + 1 < buffer.lineCount {
                line += 1
                row = 0
                rows = wrap.peekRows(line, in: buffer, need: .row(height - screenRow))
            } else {
                done = true
            }
        }
        return cursor
    }
}
