import CNcurses
import GongkaiCore

/// 字符网格 — one frame of the screen as cells. The app draws every frame into a grid; the
/// ncurses backend only flushes changed cells, and tests read the grid as text.
///
/// Invariants: a wide (2-cell) grapheme occupies a lead cell and a continuation cell; nothing is
/// ever half-drawn at an edge or clip boundary; all text is sanitised on the way in.
public struct Cell: Equatable, Sendable {
    /// The grapheme drawn in this cell; "" for the right half of a wide grapheme.
    public var text: String
    /// 1 or 2 for a lead cell, 0 for a continuation cell.
    public var width: UInt8
    public var style: StyleRole

    public static let blank = Cell(text: " ", width: 1, style: .normal)

    public var isContinuation: Bool { width == 0 }
}

public struct CellGrid: Equatable, Sendable {
    public private(set) var width: Int
    public private(set) var height: Int
    public private(set) var cells: [Cell]

    public static let tabStop = 8

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    public mutating func clear(style: StyleRole = .normal) {
        for i in cells.indices { cells[i] = Cell(text: " ", width: 1, style: style) }
    }

    /// Fills cells [x, x+count) of row y with spaces in `style`.
    public mutating func fill(x: Int, y: Int, count: Int, style: StyleRole) {
        guard y >= 0, y < height else { return }
        let from = max(0, x), to = min(width, x + count)
        guard from < to else { return }
        for cx in from..<to { setCell(cx, y, Cell(text: " ", width: 1, style: style)) }
    }

    /// Draws `text` from (x, y), clipped to `maxWidth` cells (and the grid edge). Returns the
    /// number of cells used. Controls become placeholders; tabs expand to the next tab stop
    /// counted from `x`; a wide grapheme that would straddle the limit is not drawn and its
    /// space is padded with a blank instead.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil,
                             style: StyleRole = .normal) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = maxWidth.map { min(width, x + $0) } ?? width
        var cx = x
        for ch in TerminalSanitizer.sanitize(text) {
            if ch == "\t" {
                let next = x + ((cx - x) / CellGrid.tabStop + 1) * CellGrid.tabStop
                while cx < min(next, limit) {
                    if cx >= 0 { setCell(cx, y, Cell(text: " ", width: 1, style: style)) }
                    cx += 1
                }
                if cx >= limit { break }
                continue
            }
            let w = TextWidth.of(ch)
            if cx + w > limit {
                if cx < limit, cx >= 0 { setCell(cx, y, Cell(text: " ", width: 1, style: style)); cx += 1 }
                break
            }
            if cx >= 0 {
                // A grapheme that starts with a combining mark would merge into the previous cell.
                let startsZeroWidth = ch.unicodeScalars.first.map { gk_wcwidth($0.value) == 0 } ?? false
                let shown = startsZeroWidth ? " " + String(ch) : String(ch)
                setCell(cx, y, Cell(text: shown, width: UInt8(w), style: style))
                if w == 2 { setCell(cx + 1, y, Cell(text: "", width: 0, style: style)) }
            }
            cx += w
        }
        return cx - x
    }

    /// Sets one cell, repairing any wide grapheme it cuts in half.
    mutating func setCell(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let i = y * width + x
        // Overwriting the right half of a wide grapheme: blank its left half (unless we are
        // writing the right half of the wide grapheme just put there).
        if cells[i].isContinuation, x > 0, !cell.isContinuation {
            cells[i - 1] = Cell(text: " ", width: 1, style: cells[i - 1].style)
        }
        // Overwriting the left half of a wide grapheme: blank its right half.
        if cells[i].width == 2, x + 1 < width, cell.width != 2 {
            cells[i + 1] = Cell(text: " ", width: 1, style: cells[i + 1].style)
        }
        cells[i] = cell
        // A wide grapheme in the last column cannot fit: never half-draw it.
        if cell.width == 2 && x + 1 >= width {
            cells[i] = Cell(text: " ", width: 1, style: cell.style)
        }
    }

    /// Row `y` as text, as a terminal would show it (trailing spaces kept).
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<width where !self[x, y].isContinuation { s += self[x, y].text }
        return s
    }

    /// All rows as text with trailing spaces removed: the golden-text form used by screen tests.
    public func textLines() -> [String] {
        (0..<height).map { y in
            var l = line(y)
            while l.last == " " { l.removeLast() }
            return l
        }
    }

    /// The style of each cell of row y, one character per cell (for style assertions in tests).
    public func styles(_ y: Int) -> [StyleRole] {
        (0..<width).map { self[$0, y].style }
    }
}
