/// 画面差异 — what a terminal must write to go from the frame it shows to the next one: a pure
/// function of the two grids, so the ncurses backend and the recording terminal of the tests
/// flush exactly the same cells.
///
/// A cell is written when it differs from the old one; a wide grapheme is written again when
/// its right half changed too (the terminal draws both halves from the lead cell); continuation
/// cells are never written on their own. With no old frame, or one of another size, the screen
/// is cleared first and every lead cell is written.
public struct ScreenDiff: Equatable, Sendable {
    /// One cell to write at (x, y).
    public struct Change: Equatable, Sendable {
        public var x: Int
        public var y: Int
        public var cell: Cell
    }

    /// Clear the whole screen before writing (first frame, new size, after `invalidate`).
    public var clearsScreen: Bool
    /// The cells to write, row by row, left to right.
    public var changes: [Change]

    public static func between(_ old: CellGrid?, _ new: CellGrid) -> ScreenDiff {
        let old = old.flatMap { $0.width == new.width && $0.height == new.height ? $0 : nil }
        var changes: [Change] = []
        for y in 0..<new.height {
            for x in 0..<new.width {
                let cell = new[x, y]
                if cell.isContinuation { continue }
                if let old, old[x, y] == cell,
                   cell.width == 1 || (x + 1 < new.width && old[x + 1, y] == new[x + 1, y]) { continue }
                changes.append(Change(x: x, y: y, cell: cell))
            }
        }
        return ScreenDiff(clearsScreen: old == nil, changes: changes)
    }

    /// The screen a terminal shows after this diff is written over `screen` (what the recording
    /// terminal keeps): cleared first if asked, then each cell written, a wide one over two cells.
    public func applied(to screen: CellGrid?, width: Int, height: Int) -> CellGrid {
        var grid = clearsScreen || screen == nil || screen!.width != width || screen!.height != height
            ? CellGrid(width: width, height: height) : screen!
        for change in changes {
            grid.setCell(change.x, change.y, change.cell)
            if change.cell.width == 2 {
                grid.setCell(change.x + 1, change.y, Cell(text: "", width: 0, style: change.cell.style))
            }
        }
        return grid
    }
}
