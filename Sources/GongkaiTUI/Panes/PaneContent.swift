import GongkaiStore

/// A column of a list pane: a title and how wide it may be.
public struct PaneColumn: Sendable, Equatable {
    public enum Width: Sendable, Equatable {
        /// Exactly this many cells.
        case fixed(Int)
        /// Shares what is left; never narrower than `min`.
        case flex(min: Int)
        /// As wide as its widest cell on screen, from `min` to `max` cells (ids: a county-scale
        /// `D2026-G0012345` is shown whole, today's short ids leave the room to the others).
        case fit(min: Int, max: Int)
    }
    public var title: String
    public var width: Width

    public init(_ title: String, _ width: Width) {
        self.title = title
        self.width = width
    }

    /// The columns with each `fit` width made fixed for the cells shown (`rows[i][c]` is row
    /// i's text in column c), so `layoutColumns` lays them out like any fixed column.
    public static func fitted(_ columns: [PaneColumn], to rows: [[String]]) -> [PaneColumn] {
        columns.enumerated().map { c, column in
            guard case let .fit(low, high) = column.width else { return column }
            let widest = rows.map { c < $0.count ? TextWidth.of($0[c]) : 0 }.max() ?? 0
            return PaneColumn(column.title, .fixed(max(low, min(high, widest))))
        }
    }
}

/// One row of a list pane, already formatted as cell texts.
public struct PaneRow: Sendable, Equatable {
    public var id: String
    public var cells: [String]
    /// Urgency or emphasis for the whole row (.urgent red, .warning amber, .muted grey).
    public var emphasis: StyleRole?

    public init(id: String, cells: [String], emphasis: StyleRole? = nil) {
        self.id = id
        self.cells = cells
        self.emphasis = emphasis
    }
}

/// Where the panes get their rows. The app asks only for the rows it is about to show, so a
/// keystroke costs work in proportion to the screen, not to the data.
public protocol PaneDataSource: AnyObject {
    func columns(for pane: PaneKind) -> [PaneColumn]
    func count(for pane: PaneKind) throws -> Int
    func rows(for pane: PaneKind, offset: Int, limit: Int) throws -> [PaneRow]
    /// The position of the row with `id` in the pane's order, if it is still there (keeps the
    /// cursor on the same item across reloads).
    func index(of id: String, in pane: PaneKind) throws -> Int?
    /// Shown when the pane has no rows.
    /// What an empty pane says; `newKey` is the key that starts a new item there (from the live keymap).
    func emptyHint(for pane: PaneKind, newKey: String) -> String
    func overview() throws -> WorkspaceOverview
    /// The `limit` rows just after or before the row `id` in the pane's order, read from that row's
    /// sort key (a keyset read: the cost of the rows, not of the scroll position); nil when the
    /// source cannot (the caller then reads by position).
    func rows(for pane: PaneKind, beside id: String, side: PageSide, limit: Int) throws -> [PaneRow]?
}

extension PaneDataSource {
    public func rows(for pane: PaneKind, beside id: String, side: PageSide, limit: Int) throws -> [PaneRow]? { nil }
}

/// Lays out column widths for a total width: fixed columns first, flex columns share the rest.
/// Columns are separated by one space; columns that no longer fit are dropped from the right.
public func layoutColumns(_ columns: [PaneColumn], totalWidth: Int) -> [Int] {
    let readableWidth = 24
    guard !columns.isEmpty, totalWidth > 0 else { return [] }
    var widths = columns.map { col -> Int in
        switch col.width {
        case .fixed(let n): return n
        case .flex(let min): return min
        case .fit(let min, _): return min
        }
    }
    // Drop columns from the right until the minimums fit.
    while widths.count > 1, widths.reduce(0, +) + widths.count - 1 > totalWidth {
        widths.removeLast()
    }
    // A leading text column (a title) cut to a few characters cannot be read: on a narrow
    // terminal (80×24) fixed columns at the right end give way until it has `readableWidth`.
    if case .flex? = columns.first?.width {
        while widths.count > 2, case .fixed = columns[widths.count - 1].width,
              totalWidth - (widths.dropFirst().reduce(0, +) + widths.count - 1) < readableWidth {
            widths.removeLast()
        }
    }
    let used = widths.reduce(0, +) + widths.count - 1
    var spare = max(0, totalWidth - used)
    let flexIndices = widths.indices.filter {
        if case .flex = columns[$0].width { return true }
        return false
    }
    if flexIndices.isEmpty {
        widths[widths.count - 1] += spare
    } else {
        let share = spare / flexIndices.count
        for i in flexIndices { widths[i] += share; spare -= share }
        widths[flexIndices.last!] += spare
    }
    if widths.count == 1 { widths[0] = min(widths[0], totalWidth) }
    return widths
}
