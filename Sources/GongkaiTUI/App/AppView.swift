/// A rendered frame: the cells, and where the hardware cursor goes (nil: hidden). The cursor is
/// parked at the caret while typing so input-method candidate windows appear in the right place.
public struct Frame: Equatable, Sendable {
    public var grid: CellGrid
    public var cursor: (x: Int, y: Int)?

    public static func == (a: Frame, b: Frame) -> Bool {
        a.grid == b.grid && a.cursor?.x == b.cursor?.x && a.cursor?.y == b.cursor?.y
    }
}

/// 界面绘制 — a pure function from the state to a frame. Only visible rows are touched.
public enum AppView {
    public static var appTitle: String { TUIText.App.title.text() }

    public static func render(_ state: AppState, keymap: Keymap = .standard) -> Frame {
        var grid = CellGrid(width: state.width, height: state.height)
        let layout = state.layout
        if layout.mode == .tooSmall {
            let msg = TUIText.App.terminalTooSmall.text(["\(Layout.minWidth)", "\(Layout.minHeight)", "\(state.width)", "\(state.height)"])
            for (i, line) in wrap(msg, width: max(1, state.width)).prefix(state.height).enumerated() {
                grid.put(line, x: 0, y: i, style: .warning)
            }
            return Frame(grid: grid, cursor: nil)
        }
        drawTabBar(&grid, state: state)
        // The views drawn now, bottom first: the panes (under everything), then the others.
        let drawn = ViewStack.views.reversed().filter { $0.isDrawn(state) }
        // Panes under a view that covers them all (the inbox) are not drawn: opening it costs its
        // own rows only.
        if !drawn.contains(where: { $0.id.pane == nil && $0.coversPanes(state) }) {
            for view in drawn where view.id.pane != nil { _ = view.draw(&grid, state: state, keymap: keymap) }
        }
        drawStatusBar(&grid, state: state, row: layout.statusRow, keymap: keymap)
        if let m = state.message {
            grid.put(m.text, x: 0, y: layout.messageRow, style: m.isError ? .error : .message)
        }
        let longMessage = MessageLog.bottomLineBeforeOverlays(grid, state: state, row: layout.messageRow)
        // The open views, bottom first; the one drawn last (on top) decides where the caret is. A
        // message too long for its line wraps upwards over what lies below the message log.
        var cursor: (x: Int, y: Int)? = nil
        for view in ViewStack.views.reversed() where view.id.pane == nil {
            if view == MessageLog.self {
                MessageLog.drawLongMessage(&grid, state: state, row: layout.messageRow, before: longMessage)
            }
            if view.isDrawn(state) { cursor = view.draw(&grid, state: state, keymap: keymap) }
        }
        return Frame(grid: grid, cursor: cursor)
    }

    // MARK: Tab bar

    static func drawTabBar(_ grid: inout CellGrid, state: AppState) {
        grid.fill(x: 0, y: 0, count: grid.width, style: .tabInactive)
        let bar = TabBar(width: grid.width, focus: state.focus)
        if let title = bar.title { grid.put(title, x: 0, y: 0, style: .appTitle) }
        for tab in bar.tabs {
            grid.put(tab.label, x: tab.x, y: 0, style: tab.pane == state.focus ? .tabActive : .tabInactive)
        }
    }

    // MARK: Panes

    /// The pane where the layout puts it (the panes' `draw`, through the view stack); in the
    /// wide layout the catalog's right edge is the separator.
    static func drawPane(_ grid: inout CellGrid, pane: PaneKind, state: AppState) {
        let layout = state.layout
        guard let rect = layout.panes[pane] else { return }
        drawPane(&grid, pane: pane, rect: rect, state: state, focused: pane == state.focus, showTitle: layout.mode == .wide)
        if pane == .catalog, layout.mode == .wide, !layout.zoomed {
            for y in 1..<(layout.statusRow) { grid.put("|", x: rect.width, y: y, style: .muted) }
        }
    }

    static func drawPane(_ grid: inout CellGrid, pane: PaneKind, rect: Rect, state: AppState,
                         focused: Bool, showTitle: Bool) {
        let list = state.lists[pane] ?? ListState()
        drawPaneTitle(&grid, pane: pane, rect: rect, list: list, state: state, focused: focused, showTitle: showTitle)

        let shown = (0..<max(0, rect.height - 2)).compactMap { list.row(at: list.scroll + $0)?.cells }
        let columns = PaneColumn.fitted(state.columns[pane] ?? [], to: shown)
        let widths = layoutColumns(columns, totalWidth: rect.width - 1)
        var x = rect.x + 1
        for (i, w) in widths.enumerated() {
            grid.put(TextWidth.pad(columns[i].title, to: w), x: x, y: rect.y + 1, maxWidth: w, style: .columnHeader)
            x += w + 1
        }
        let bodyTop = rect.y + 2, bodyHeight = rect.height - 2 - Layout.footerRows(of: pane, height: rect.height)
        if pane == .interpretations { InterpretationStatsFooter.draw(&grid, state: state, rect: rect) }
        if let err = list.error {
            grid.put(TUIText.App.readFailed.text() + err, x: rect.x + 1, y: bodyTop, maxWidth: rect.width - 1, style: .error)
            return
        }
        if list.count == 0 {
            grid.put(state.emptyHints[pane] ?? "", x: rect.x + 1, y: bodyTop, maxWidth: rect.width - 1, style: .muted)
            return
        }
        for i in 0..<bodyHeight {
            let index = list.scroll + i
            guard index < list.count, let row = list.row(at: index) else { break }
            let y = bodyTop + i
            let selected = index == list.selected
            // The focused selection is the marker cell alone: moving it rewrites two cells, not two
            // rows, and a list scrolled under it is sent as a scroll and the row scrolled in. The
            // marker is `selectionMarker` (plain in the shipped themes but high-contrast: no attribute
            // switch on the way); the marker cell is plain when empty (clearing it needs no change of
            // colour); the row keeps its own look, one style across (gaps included: one attribute
            // switch per row, not one per column). An unfocused pane underlines its selected row whole.
            let style: StyleRole = selected && !focused ? .selectionUnfocused : (row.emphasis ?? .normal)
            if style != .normal { grid.fill(x: rect.x, y: y, count: rect.width, style: style) }
            grid.put(selected && focused ? ">" : " ", x: rect.x, y: y,
                     style: selected ? (focused ? .selectionMarker : style) : .normal)
            var cx = rect.x + 1
            for (c, w) in widths.enumerated() {
                let text = c < row.cells.count ? row.cells[c] : ""
                grid.put(TextWidth.pad(text, to: w), x: cx, y: y, maxWidth: w, style: style)
                cx += w + 1
            }
            // An emphasised row's colour ends with its text: the blanks after it are plain, and
            // plain blanks are skipped rather than written.
            if style != .normal, style != .selectionUnfocused {
                var end = rect.x + rect.width
                while end > rect.x + 1, grid[end - 1, y].text == " " { end -= 1 }
                grid.fill(x: end, y: y, count: rect.x + rect.width - end, style: .normal)
            }
        }
    }

    /// The pane's title: its name on the title colour, then `  [n/N]` and any filter note in the
    /// plain style — `名称  [n/N]`, then `  放大` when the pane is zoomed — the count right after the name where officers (and tools that
    /// wait for a complete frame) find it. A step in the list rewrites only the digits that
    /// changed, with no change of colour on the way.
    static func drawPaneTitle(_ grid: inout CellGrid, pane: PaneKind, rect: Rect, list: ListState,
                              state: AppState, focused: Bool, showTitle: Bool) {
        let titleStyle: StyleRole = focused ? .paneTitleFocused : .paneTitle
        let marker = focused ? ">" : " "
        let position = "[" + (list.count == 0 ? "0" : "\(list.selected + 1)/\(list.count)") + "]"
        let name = showTitle ? "\(marker)\(pane.rawValue) \(pane.title)" : "\(marker)\(pane.title)"
        let nameWidth = min(rect.width, TextWidth.of(name))
        grid.put(name, x: rect.x, y: rect.y, maxWidth: rect.width, style: titleStyle)
        guard nameWidth < rect.width else { return }
        let zoomed = focused && state.layout.zoomed ? "  " + TUIText.App.zoomedNote.text() : ""
        grid.put("  " + position + CatalogTreeView.titleNote(for: pane, state: state) + zoomed, x: rect.x + nameWidth, y: rect.y,
                 maxWidth: rect.width - nameWidth, style: .normal)
    }

    // MARK: Status bar and bottom line

    static func drawStatusBar(_ grid: inout CellGrid, state: AppState, row: Int, keymap: Keymap = .standard) {
        grid.fill(x: 0, y: row, count: grid.width, style: .statusBar)
        // Most useful first: what is cut on a narrow terminal is the long workspace path.
        var parts: [String] = []
        if let o = state.overview {
            parts.append(TUIText.App.user.text() + o.user)
            parts.append(TUIText.App.inbox.text(["\(state.inboxCount ?? o.pending)"]))
        }
        if let notice = state.localeNotice { parts.append(notice) }
        parts.append(TUIText.App.workspace.text() + state.workspaceDisplay)
        let hints = TUIText.App.hints.text(KeyHints.keys(["help", "command-line", "pane-next", "quit"], in: [ViewID(state.focus)], keymap: keymap))
        let hintWidth = TextWidth.of(hints)
        let left = " " + parts.joined(separator: " | ")
        let room = grid.width - hintWidth - 1
        if room >= 10 {
            grid.put(TextWidth.truncate(left, to: room), x: 0, y: row, style: .statusBar)
            grid.put(hints, x: grid.width - hintWidth, y: row, style: .statusBar)
        } else {
            grid.put(left, x: 0, y: row, style: .statusBar)
        }
    }

    // MARK: Help overlay

    /// The help's lines with no view open first (what `gongkai keys` prints).
    static func helpLines(keymap: Keymap) -> [String] { KeyReference.lines(keymap: keymap) }

    /// A centred, scrollable box of text lines (help, history, messages) with an ASCII border:
    /// `lines` from `scroll`; when they overflow, the footer starts with the keys that scroll the
    /// box in `scope` (from `keymap`, so a rebinding shows) and ends with the lines shown. `footer`
    /// names only the box's other keys: the scroll hint is this function's alone.
    static func drawBox(_ grid: inout CellGrid, title: String, lines: [String], scroll: Int, footer: String,
                        keymap: Keymap, scope: ViewID) {
        let w = min(grid.width - 2, 96)
        let h = min(grid.height - 2, lines.count + 4)
        guard w >= 20, h >= 5 else { return }
        let x0 = (grid.width - w) / 2, y0 = (grid.height - h) / 2
        grid.drawBox(x: x0, y: y0, width: w, height: h)
        grid.put(title, x: x0 + 2, y: y0, maxWidth: w - 4, style: .overlayTitle)
        let bodyH = h - 4
        let start = min(scroll, max(0, lines.count - bodyH))
        for (i, line) in lines.dropFirst(start).prefix(bodyH).enumerated() {
            grid.put(line, x: x0 + 2, y: y0 + 1 + i, maxWidth: w - 4, style: .overlay)
        }
        let text = lines.count > bodyH ? TUIText.App.scrollFooter.text(["\(footer)", "\(start + 1)", "\(min(lines.count, start + bodyH))", "\(lines.count)"]
                                                                           + KeyHints.keys(["move-down", "move-up"], in: [scope], keymap: keymap))
                                       : footer
        grid.put(text, x: x0 + 2, y: y0 + h - 2, maxWidth: w - 4, style: .muted)
    }

    /// Splits text into lines of at most `width` cells.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = [], current = "", used = 0
        for c in text {
            let w = TextWidth.of(c)
            if used + w > width { lines.append(current); current = ""; used = 0 }
            current.append(c); used += w
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
