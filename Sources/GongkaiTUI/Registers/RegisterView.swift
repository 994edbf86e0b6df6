/// 登记簿视图的绘制 — covers the panes like the annual report view: a title row with the keys, the
/// column headings and the records; Enter shows the selected record's detail in place of the list.
enum RegisterView {
    static func bodyTop(_ state: AppState) -> Int { 1 }

    /// Rows of records under the title and the heading.
    static func listHeight(_ state: AppState) -> Int { max(1, state.layout.statusRow - 3) }

    /// Rows of detail text under the title.
    static func detailHeight(_ state: AppState) -> Int { max(1, state.layout.statusRow - 2) }

    /// The selected record's detail, wrapped to the screen (long legal bases and feedback texts).
    static func detailLines(_ item: RegisterItem, width: Int) -> [String] {
        item.detail.flatMap { $0.isEmpty ? [""] : AppView.wrap($0, width: max(10, width - 2)) }
    }

    /// The keys in the title row, from the keymap (a rebinding shows here).
    static func keys(_ view: RegisterViewState, keymap: Keymap) -> String {
        func keys(_ commands: [String]) -> [String] { KeyHints.keys(commands, in: [.register], keymap: keymap) }
        let T = TUIText.Registers.self
        if view.detail { return T.keysDetail.text(keys(["move-down", "move-up", "register-detail", "close", "history"])) }
        switch (view.kind, view.showStale) {
        case (.inspections, true):
            return T.keysStale.text(keys(["move-down", "move-up", "register-detail", "register-stale", "close"]))
        case (.inspections, false):
            return T.keysInspections.text(keys(["move-down", "move-up", "register-detail", "register-stale", "history", "close"]))
        default:
            return T.keysList.text(keys(["move-down", "move-up", "register-detail", "history", "reload", "close"]))
        }
    }

    static func draw(_ grid: inout CellGrid, state: AppState, keymap: Keymap) {
        guard let view = state.register, state.layout.mode != .tooSmall else { return }
        let top = 1, bottom = state.layout.statusRow, width = grid.width
        for y in top..<bottom { grid.fill(x: 0, y: y, count: width, style: .normal) }
        grid.fill(x: 0, y: top, count: width, style: .paneTitleFocused)
        let scope = view.unitName ?? TUIText.Registers.allUnits.text()
        let position = view.items.isEmpty ? "0" : "\(view.selected + 1)/\(view.items.count)"
        let keys = keys(view, keymap: keymap)
        let formKeys = view.detail ? nil : RegisterFormController.keysHint(view, keymap: keymap)
        let head = ">\(RegisterController.title(view))  \(scope)  [\(position)]   "
        let hints = HintFit.fitting("\(formKeys.map { $0 + "  " } ?? "")\(keys)", width: width - TextWidth.of(head))
        grid.put(head + hints, x: 0, y: top, maxWidth: width, style: .paneTitleFocused)
        if view.detail, let item = view.current {
            for (i, line) in detailLines(item, width: width).dropFirst(view.detailScroll).prefix(detailHeight(state)).enumerated() {
                grid.put(line, x: 1, y: top + 1 + i, maxWidth: width - 2)
            }
            return
        }
        let columns = RegisterItems.columns(view.kind, stale: view.showStale)
        let fixed = columns.compactMap(\.width).reduce(0, +) + columns.count
        let flexible = max(8, width - 1 - fixed)
        let widths = columns.map { $0.width ?? flexible }
        var x = 1
        for (i, c) in columns.enumerated() {
            grid.put(TextWidth.pad(c.title, to: widths[i]), x: x, y: top + 1, maxWidth: max(0, min(widths[i], width - x)),
                     style: .columnHeader)
            x += widths[i] + 1
        }
        if let error = view.error {
            grid.put(error, x: 1, y: top + 2, maxWidth: width - 1, style: .error)
            return
        }
        if view.items.isEmpty {
            let add = KeyHints.key("register-add", in: [.register], keymap: keymap)
            let hint: String
            switch view.kind {
            case .duties: hint = TUIText.Registers.empty.text(["duties", add])
            case .consultations: hint = TUIText.Registers.empty.text(["consult", add])
            case .inspections:
                hint = view.showStale ? TUIText.Registers.emptyStale.text([String(90)]) : TUIText.Registers.empty.text(["inspect", add])
            }
            grid.put(hint, x: 1, y: top + 2, maxWidth: width - 1, style: .muted)
            return
        }
        for (i, item) in view.items.dropFirst(view.scroll).prefix(listHeight(state)).enumerated() {
            let index = view.scroll + i, y = top + 2 + i
            let selected = index == view.selected
            let style: StyleRole = selected ? .selection : (item.emphasis ?? .normal)
            if selected { grid.fill(x: 0, y: y, count: width, style: style) }
            grid.put(selected ? ">" : " ", x: 0, y: y, style: style)
            var cx = 1
            for (c, w) in widths.enumerated() where cx < width {
                let text = c < item.cells.count ? item.cells[c] : ""
                grid.put(TextWidth.pad(TextWidth.truncate(text, to: w), to: w), x: cx, y: y, maxWidth: min(w, width - cx), style: style)
                cx += w + 1
            }
        }
    }
}
