import GongkaiCore
/// 待办箱的绘制 — the inbox covers the panes (rows between the tab bar and the status bar).
enum InboxView {
    /// 编号 is as wide as the longest id on screen (county-scale ids such as D2026-G0012345
    /// are never cut), at least the width of today's short ids and at most `maxIdWidth`. Only
    /// the rows shown are measured, never the whole queue, on every frame.
    static let minIdWidth = 10, maxIdWidth = 20

    static func idWidth<Items: Collection<ReviewItem>>(_ items: Items) -> Int {
        guard case .fixed(let n) = PaneColumn.fitted([PaneColumn("", .fit(min: minIdWidth, max: maxIdWidth))],
                                                     to: items.map { [$0.id] })[0].width else { return minIdWidth }
        return n
    }

    /// Draws the inbox when open; returns the caret position while its prompt is typed.
    static func draw(_ grid: inout CellGrid, state: AppState) -> (x: Int, y: Int)? {
        guard let inbox = state.inbox, state.layout.mode != .tooSmall else { return nil }
        let top = 1, bottom = state.layout.statusRow, width = grid.width
        for y in top..<bottom { grid.fill(x: 0, y: y, count: width, style: .normal) }
        grid.fill(x: 0, y: top, count: width, style: .paneTitleFocused)
        let count = inbox.count
        let position = count == 0 ? "0" : "\(inbox.selected + 1)/\(count)"
        let marked = inbox.marked.isEmpty ? "" : TUIText.Review.markedCount.text(["\(inbox.marked.count)"])
        grid.put(HintFit.fitting(TUIText.Review.inboxTitle.text(["\(position)", "\(marked)"]), width: width),
                 x: 0, y: top, maxWidth: width, style: .paneTitleFocused)
        let bodyHeight = bottom - top - 2
        let start = min(inbox.items.count, max(0, inbox.scroll - inbox.first))
        let shown = inbox.items[start...].prefix(max(0, bodyHeight))
        let columns = [PaneColumn(TUIText.Columns.due.text(), .fixed(ProvisionalDate.width)), PaneColumn(TUIText.Columns.kind.text(), .fixed(10)), PaneColumn(TUIText.Columns.number.text(), .fixed(idWidth(shown))),
                       PaneColumn(TUIText.Columns.matter.text(), .flex(min: 16)), PaneColumn(TUIText.Columns.reason.text(), .flex(min: 16))]
        let widths = layoutColumns(columns, totalWidth: width - 3)
        var x = 3
        for (i, w) in widths.enumerated() {
            grid.put(TextWidth.pad(columns[i].title, to: w), x: x, y: top + 1, maxWidth: w, style: .columnHeader)
            x += w + 1
        }
        if count == 0 {
            grid.put(TUIText.Review.empty.text(), x: 3, y: top + 2, maxWidth: width - 3, style: .muted)
        }
        for row in 0..<max(0, bodyHeight) {
            let index = inbox.scroll + row
            guard let item = inbox.item(at: index) else { break }
            let y = top + 2 + row
            let selected = index == inbox.selected
            let soon = item.due.map { $0.dayNumber - state.today.dayNumber <= 5 } ?? false
            let style: StyleRole = selected ? .selection : (item.overdue ? .urgent : (soon ? .warning : .normal))
            if selected { grid.fill(x: 0, y: y, count: width, style: style) }
            grid.put(selected ? ">" : " ", x: 0, y: y, style: style)
            grid.put(inbox.marked.contains(InboxState.key(item)) ? "*" : " ", x: 1, y: y, style: style)
            let cells = [item.dueText ?? "-", item.kind.displayName, item.id, item.title, item.reason]
            var cx = 3
            for (c, w) in widths.enumerated() {
                grid.put(TextWidth.pad(cells[c], to: w), x: cx, y: y, maxWidth: w, style: style)
                cx += w + 1
            }
        }
        ReaderView.draw(&grid, state: state)
        guard let prompt = inbox.prompt else { return nil }
        let row = state.layout.messageRow
        grid.fill(x: 0, y: row, count: width, style: .normal)
        let used = grid.put(prompt.label, x: 0, y: row, style: .warning)
        grid.put(prompt.text, x: used, y: row, maxWidth: width - used)
        let caretX = used + TextWidth.of(String(prompt.text.prefix(prompt.caret)))
        return (min(width - 1, caretX), row)
    }
}
