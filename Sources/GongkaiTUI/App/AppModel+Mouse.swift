/// 鼠标操作 — a click on a pane focuses it and selects the list row clicked; a click on a tab
/// of the tab bar focuses that pane; the wheel moves the selection of the pane under the
/// pointer by 3 rows (focusing it). While a scrolling view is open (help, history, inbox,
/// annual report, statistics) the wheel scrolls it; forms, editors and prompts ignore the mouse.
extension AppModel {
    public func handle(mouse m: MouseEvent) {
        if state.confirmingQuit || state.commandLine != nil { return }
        let scrollingView = state.helpVisible || state.history != nil || state.inbox != nil
            || state.report != nil || state.statistics != nil
        if scrollingView {
            guard m.kind != .click, state.report?.figuresForm == nil, state.report?.narrative == nil,
                  state.inbox?.prompt == nil else { return }
            for _ in 0..<MouseEvent.wheelRows { handle(m.kind == .wheelUp ? Key.up : Key.down) }
            return
        }
        if isTypingText || state.applications.detail != nil || state.documents.editor != nil
            || state.documents.search != nil || state.documents.recovery != nil { return }
        let layout = state.layout
        guard layout.mode != .tooSmall else { return }
        if m.y == 0 {
            if m.kind == .click, let pane = tab(at: m.x) { focus(pane) }
            return
        }
        guard let (pane, rect) = layout.panes.first(where: { _, r in
            m.x >= r.x && m.x < r.x + r.width && m.y >= r.y && m.y < r.y + r.height
        }) else { return }
        state.message = nil
        focus(pane)
        switch m.kind {
        case .click:
            // Rows of the list start under the pane title and the column header.
            let offset = m.y - (rect.y + 2)
            guard offset >= 0, offset < layout.bodyHeight(of: pane), let list = state.lists[pane],
                  list.scroll + offset < list.count else { return }
            moveSelection(to: list.scroll + offset)
        case .wheelUp: moveSelection(by: -MouseEvent.wheelRows)
        case .wheelDown: moveSelection(by: MouseEvent.wheelRows)
        }
    }

    /// The pane whose tab is drawn at column `x` of the tab bar (as AppView.drawTabBar lays it out).
    func tab(at x: Int) -> PaneKind? {
        TabBar(width: state.width, focus: state.focus).pane(at: x)
    }
}
