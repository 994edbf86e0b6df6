/// 鼠标操作 — a click on a pane focuses it and selects the list row clicked; a click on a tab
/// of the tab bar focuses that pane; the wheel moves the selection of the pane under the
/// pointer by 3 rows (focusing it). While a view is open the wheel goes to it: a view that
/// scrolls (help, history, inbox, annual report, statistics, registers) runs move-down /
/// move-up; the others (forms, editors, prompts) ignore the mouse.
extension AppModel {
    public func handle(mouse m: MouseEvent) {
        fromOutside { takeMouse(m) }
    }

    func takeMouse(_ m: MouseEvent) {
        let top = topView
        guard top.id.pane != nil else {
            guard m.kind != .click, top.scrollsWithWheel(state) else { return }
            let motion = CommandLine(name: m.kind == .wheelUp ? "move-up" : "move-down")
            for _ in 0..<MouseEvent.wheelRows { _ = top.perform(motion, model: self) }
            return
        }
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
