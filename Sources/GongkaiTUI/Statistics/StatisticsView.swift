import GongkaiCore

/// 统计视图的绘制 — covers the panes like the annual report: a title row, then the charts
/// (StatisticsChart) scrolled to `scroll`.
enum StatisticsView {
    /// Rows of charts on screen (below the view's title row).
    static func bodyHeight(_ state: AppState) -> Int { max(1, state.layout.statusRow - 2) }

    static func draw(_ grid: inout CellGrid, state: AppState) {
        // An annual report opened from here (`:report`) lies over the statistics and takes the keys.
        guard let view = state.statistics, state.report == nil, state.layout.mode != .tooSmall else { return }
        let top = 1, bottom = state.layout.statusRow, width = grid.width
        for y in top..<bottom { grid.fill(x: 0, y: y, count: width, style: .normal) }
        grid.fill(x: 0, y: top, count: width, style: .paneTitleFocused)
        let lines = StatisticsController.lines(state)
        let h = bottom - top - 1
        let position = "\(min(lines.count, view.scroll + 1))-\(min(lines.count, view.scroll + h))/\(lines.count)"
        grid.put(">" + TUIText.Statistics.header.text([String(view.year), position]), x: 0, y: top, maxWidth: width,
                 style: .paneTitleFocused)
        for (i, line) in lines.dropFirst(view.scroll).prefix(h).enumerated() {
            let style: StyleRole
            switch line.kind {
            case .title, .heading: style = .columnHeader
            case .warning: style = .warning
            default: style = .normal
            }
            grid.put(line.text, x: 1, y: top + 1 + i, maxWidth: width - 1, style: style)
        }
    }
}
