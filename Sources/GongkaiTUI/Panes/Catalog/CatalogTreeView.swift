/// 目录树视图 — pure drawing for the 目录 pane: the visible window of the flattened tree as list rows,
/// the notes in pane titles (the 文件 pane's active filter), and the open form or search prompt.
enum CatalogTreeView {
    /// The rows on screen: `limit` visible rows from `offset` (never the whole tree).
    static func rows(_ tree: CatalogTreeState, offset: Int, limit: Int) -> [PaneRow] {
        guard offset < tree.visible.count, limit > 0 else { return [] }
        return tree.visible[offset..<min(tree.visible.count, offset + limit)].map { index in
            let r = tree.rows[index]
            return CatalogPane.row(r, expanded: tree.isExpanded(r.id))
        }
    }

    /// What a pane's title adds: the 文件 pane names its catalog filter and how to clear it.
    static func titleNote(for pane: PaneKind, state: AppState) -> String {
        switch pane {
        case .documents:
            guard let filter = state.catalog.documentFilter else { return "" }
            return TUIText.Catalog.filterNote.text(["\(filter.name)"])
        case .catalog:
            return state.catalog.includeRetired ? TUIText.Catalog.withRetired.text() : ""
        default:
            return ""
        }
    }

    /// Draws the open form (or the `/` prompt on the bottom line); returns where the caret is, so the
    /// hardware cursor (and an input method's candidate window) sits there.
    static func drawForm(_ grid: inout CellGrid, state: AppState, messageRow: Int, keymap: Keymap = .standard) -> (x: Int, y: Int)? {
        guard let form = state.catalog.form else { return nil }
        if form.kind == .search {
            grid.fill(x: 0, y: messageRow, count: grid.width, style: .normal)
            let field = form.fields.first ?? CatalogForm.Field(label: "")
            return drawField(&grid, prefix: "/", field: field, x: 0, y: messageRow, width: grid.width, style: .normal)
        }
        let w = min(grid.width - 2, 64)
        let h = 4 + max(1, form.fields.count) + 1
        guard w >= 24, grid.height >= h + 2 else { return nil }
        let x0 = (grid.width - w) / 2, y0 = max(1, (grid.height - h) / 2)
        grid.drawBox(x: x0, y: y0, width: w, height: h)
        let heading: String
        switch form.kind {
        case .add: heading = TUIText.Catalog.addHeading.text()
        case .rename: heading = TUIText.Catalog.renameHeading.text()
        case .move: heading = TUIText.Catalog.moveHeading.text()
        case .search: heading = ""
        }
        grid.put(heading, x: x0 + 2, y: y0, style: .overlayTitle)
        let inner = w - 4
        grid.put(form.title, x: x0 + 2, y: y0 + 1, maxWidth: inner, style: .overlay)
        var cursor: (x: Int, y: Int)? = nil
        var y = y0 + 2
        for (i, field) in form.fields.enumerated() {
            let at = drawField(&grid, prefix: field.label + TUIText.Common.colon.text(), field: field, x: x0 + 2, y: y, width: inner,
                               style: i == form.focus ? .selection : .overlay)
            if i == form.focus { cursor = at }
            y += 1
        }
        if let error = form.error {
            grid.put(error, x: x0 + 2, y: y, maxWidth: inner, style: .error)
        }
        let hint = form.fields.count > 1
                ? TUIText.Common.formKeysMulti.text(KeyHints.keys(["submit", "field-next", "cancel"], in: [.catalogForm], keymap: keymap, global: false))
                : TUIText.Common.formKeysSingle.text(KeyHints.keys(["submit", "cancel"], in: [.catalogForm], keymap: keymap, global: false))
        grid.put(hint, x: x0 + 2, y: y0 + h - 2, maxWidth: inner, style: .muted)
        return cursor
    }

    /// One editable line: the prefix, then the text scrolled so the caret stays inside `width`.
    private static func drawField(_ grid: inout CellGrid, prefix: String, field: CatalogForm.Field,
                                  x: Int, y: Int, width: Int, style: StyleRole) -> (x: Int, y: Int) {
        let used = grid.put(prefix, x: x, y: y, maxWidth: width, style: style)
        let room = max(1, width - used - 1)
        grid.fill(x: x + used, y: y, count: width - used, style: style)
        var visible = field.text
        var caretX = TextWidth.of(String(field.text.prefix(field.caret)))
        while caretX > room, let c = visible.first {
            caretX -= TextWidth.of(c)
            visible.removeFirst()
        }
        grid.put(visible, x: x + used, y: y, maxWidth: room + 1, style: style)
        return (x + used + caretX, y)
    }
}
