/// 画面差异 — what a terminal must write to go from the frame it shows to the next one: a pure
/// function of the two grids, so the ncurses backend and the recording terminal of the tests
/// flush exactly the same cells.
///
/// A cell is written when it differs from the old one; a wide grapheme is written again when
/// its right half changed too (the terminal draws both halves from the lead cell); continuation
/// cells are never written on their own. With no old frame, or one of another size, the screen
/// is cleared first and every lead cell is written.
///
/// 滚动 — when a band of whole rows moved up or down (a full-width list scrolled past its edge),
/// the diff first scrolls that band (the terminal's scrolling region, through curses) and then
/// writes only what still differs: the rows scrolled in, every cell of them, and the rows that
/// changed besides. A row counts as moved when it differs in a few cells only (the selection
/// marker it carried), and of the bands found the one leaving the fewest cells to write is used.
public struct ScreenDiff: Equatable, Sendable {
    /// One cell to write at (x, y).
    public struct Change: Equatable, Sendable {
        public var x: Int
        public var y: Int
        public var cell: Cell
    }

    /// Rows `top...bottom` move up by `lines` (down when negative); the rows scrolled in are
    /// blank until the diff's changes write them.
    public struct Scroll: Equatable, Sendable {
        public var top: Int
        public var bottom: Int
        public var lines: Int
    }

    /// Clear the whole screen before writing (first frame, new size, after `invalidate`).
    public var clearsScreen: Bool
    /// Scroll a band of rows before writing the changes.
    public var scroll: Scroll?
    /// The cells to write, row by row, left to right.
    public var changes: [Change]

    public init(clearsScreen: Bool, scroll: Scroll? = nil, changes: [Change]) {
        self.clearsScreen = clearsScreen
        self.scroll = scroll
        self.changes = changes
    }

    /// The fewest rows a scroll must carry to be worth the scrolling region's own bytes.
    static let minimumScrolledRows = 3
    /// The farthest a frame is looked for as a scroll of the last one.
    static let maximumScrollLines = 3

    public static func between(_ old: CellGrid?, _ new: CellGrid) -> ScreenDiff {
        let old = old.flatMap { $0.width == new.width && $0.height == new.height ? $0 : nil }
        guard let old else {
            return ScreenDiff(clearsScreen: true, changes: cells(of: new, against: nil, rows: 0..<new.height))
        }
        let plain = cells(of: new, against: old, rows: 0..<new.height)
        // Scroll only when it saves writing cells.
        guard let (scroll, changes) = bestScroll(old, new), changes.count < plain.count else {
            return ScreenDiff(clearsScreen: false, changes: plain)
        }
        return ScreenDiff(clearsScreen: false, scroll: scroll, changes: changes)
    }

    /// The cells to write after `scroll`: the rows scrolled in whole, the others where they differ
    /// from the scrolled old screen.
    static func changes(after scroll: Scroll, _ old: CellGrid, _ new: CellGrid) -> [Change] {
        let scrolled = scroll.applied(to: old)
        let entering = scroll.enteringRows
        var changes: [Change] = []
        for y in 0..<new.height {
            changes += cells(of: new, against: entering.contains(y) ? nil : scrolled, rows: y..<(y + 1))
        }
        return changes
    }

    /// The cells of `rows` in `new` that differ from `old` (every lead cell with no old).
    static func cells(of new: CellGrid, against old: CellGrid?, rows: Range<Int>) -> [Change] {
        var changes: [Change] = []
        for y in rows {
            for x in 0..<new.width {
                let cell = new[x, y]
                if cell.isContinuation { continue }
                if let old, old[x, y] == cell,
                   cell.width == 1 || (x + 1 < new.width && old[x + 1, y] == new[x + 1, y]) { continue }
                changes.append(Change(x: x, y: y, cell: cell))
            }
        }
        return changes
    }

    static func rowsEqual(_ a: CellGrid, _ ya: Int, _ b: CellGrid, _ yb: Int) -> Bool {
        for x in 0..<a.width where a[x, ya] != b[x, yb] { return false }
        return true
    }

    /// Rows that differ in no more than this share of their cells still count as moved: a list row
    /// that scrolled up with the selection marker on it (the marker stays behind) moved all the same.
    static func rowsAlike(_ a: CellGrid, _ ya: Int, _ b: CellGrid, _ yb: Int) -> Bool {
        let allowed = max(1, a.width / 8)
        var differing = 0
        for x in 0..<a.width where a[x, ya] != b[x, yb] {
            differing += 1
            if differing > allowed { return false }
        }
        return true
    }

    /// Of the bands of rows that moved by the same number of lines (and did not stay put), the
    /// scroll that leaves the fewest cells to write, with those cells.
    static func bestScroll(_ old: CellGrid, _ new: CellGrid) -> (Scroll, [Change])? {
        var best: (scroll: Scroll, changes: [Change])?
        let h = new.height
        for lines in (1...maximumScrollLines).flatMap({ [$0, -$0] }) where abs(lines) < h {
            // new row y shows old row y + lines.
            var y = max(0, -lines)
            while y < min(h, h - lines) {
                guard rowsAlike(new, y, old, y + lines), !rowsEqual(new, y, old, y) else { y += 1; continue }
                var end = y
                while end + 1 < min(h, h - lines), rowsAlike(new, end + 1, old, end + 1 + lines) { end += 1 }
                if end - y + 1 >= minimumScrolledRows {
                    let scroll = lines > 0 ? Scroll(top: y, bottom: end + lines, lines: lines)
                                           : Scroll(top: y + lines, bottom: end, lines: lines)
                    let changes = changes(after: scroll, old, new)
                    if changes.count < best?.changes.count ?? Int.max { best = (scroll, changes) }
                }
                y = end + 1
            }
        }
        return best
    }

    /// The screen a terminal shows after this diff is written over `screen` (what the recording
    /// terminal keeps): cleared first if asked, the band scrolled, then each cell written, a wide
    /// one over two cells.
    public func applied(to screen: CellGrid?, width: Int, height: Int) -> CellGrid {
        var grid = clearsScreen || screen == nil || screen!.width != width || screen!.height != height
            ? CellGrid(width: width, height: height) : screen!
        if let scroll { grid = scroll.applied(to: grid) }
        for change in changes {
            grid.setCell(change.x, change.y, change.cell)
            if change.cell.width == 2 {
                grid.setCell(change.x + 1, change.y, Cell(text: "", width: 0, style: change.cell.style))
            }
        }
        return grid
    }
}

extension ScreenDiff {
    /// 分步写出 — the order a terminal writes a scrolling diff in so the cursor travels least (curses
    /// writes each flush top to bottom): first the cells outside the band (the position in the
    /// title), then the cells of the band that are not scrolled in, written where they are before
    /// the band moves (the marker left on the row that scrolls away: the cursor is then on the
    /// band's edge, where curses scrolls from), then the scroll and the rows scrolled in. The screen
    /// it leaves is the diff's.
    public struct ScrollSteps: Equatable, Sendable {
        /// Written before the scroll, each step flushed on its own.
        public var before: [[Change]]
        /// Written after the scroll: the rows scrolled in.
        public var after: [Change]

        public init(_ diff: ScreenDiff) {
            guard let scroll = diff.scroll else {
                before = []
                after = diff.changes
                return
            }
            let band = scroll.top...scroll.bottom, entering = scroll.enteringRows
            var kept: [Change] = [], outside: [Change] = [], scrolledIn: [Change] = []
            for change in diff.changes {
                if entering.contains(change.y) {
                    scrolledIn.append(change)
                } else if band.contains(change.y) {
                    kept.append(Change(x: change.x, y: change.y + scroll.lines, cell: change.cell))
                } else {
                    outside.append(change)
                }
            }
            before = [outside, kept]
            after = scrolledIn
        }

        /// The screen after writing the steps over `screen` in order, the scroll between them.
        public func applied(to screen: CellGrid, scroll: ScreenDiff.Scroll?) -> CellGrid {
            let width = screen.width, height = screen.height
            var grid = screen
            for step in before { grid = ScreenDiff(clearsScreen: false, changes: step).applied(to: grid, width: width, height: height) }
            return ScreenDiff(clearsScreen: false, scroll: scroll, changes: after).applied(to: grid, width: width, height: height)
        }
    }
}

extension ScreenDiff.Scroll {
    /// The rows the scroll leaves blank (the band's bottom rows when moving up, its top ones when down).
    public var enteringRows: ClosedRange<Int> {
        lines > 0 ? (bottom - lines + 1)...bottom : top...(top - lines - 1)
    }

    /// `grid` with the band moved and the rows scrolled in blank, as the terminal shows it.
    func applied(to grid: CellGrid) -> CellGrid {
        var out = grid
        for y in top...bottom {
            let from = y + lines
            for x in 0..<grid.width {
                out.setCell(x, y, (top...bottom).contains(from) ? grid[x, from] : .blank)
            }
        }
        return out
    }
}
