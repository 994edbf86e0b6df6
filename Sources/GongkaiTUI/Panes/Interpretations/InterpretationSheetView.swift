import GongkaiCore

/// 解读表单的绘制 — the sheet over the panes (rows 1 to the status bar): the forms and elements as
/// ☐/☑ lists, the three lines, the body editor, and the keys. Pure; returns the caret position so
/// the hardware cursor (and an input method's candidate window) follows the typing.
enum InterpretationSheetView {
    /// The sheet's keys line, with the keys of the live keymap.
    static func keys(_ keymap: Keymap) -> String {
        TUIText.Interpretations.keys.text(KeyHints.keys(["field-next", "field-prev", "save", "cancel"], in: [.interpretationSheet],
                                                        keymap: keymap, global: false))
    }

    /// 勾选框 — U+2610/U+2611: one cell under wcwidth (not East Asian ambiguous), so they line up.
    static func box(_ on: Bool) -> String { on ? "☑" : "☐" }

    /// Items laid out in rows of `width` cells: (row, x, index).
    static func place(_ labels: [String], width: Int) -> [(row: Int, x: Int, index: Int)] {
        var out: [(Int, Int, Int)] = []
        var row = 0, x = 0
        for (i, label) in labels.enumerated() {
            let w = TextWidth.of(label)
            if x > 0, x + w > width { row += 1; x = 0 }
            out.append((row, x, i))
            x += w + 2
        }
        return out
    }

    static func formLabels(_ s: InterpretationSheet) -> [String] {
        InterpretationForm.allCases.map { box(s.forms.contains($0)) + $0.displayName }
    }

    static func elementLabels(_ s: InterpretationSheet) -> [String] {
        InterpretationElement.allCases.map { box(s.elements.contains($0)) + $0.displayName }
    }

    static let labelWidth = 16

    /// Rows taken above the body: title, forms label + rows, elements label + rows, three lines, body label.
    static func bodyRect(_ s: InterpretationSheet, width: Int, top: Int, bottom: Int) -> Rect {
        let inner = max(10, width - 2)
        let formRows = (place(formLabels(s), width: inner - labelWidth).map(\.row).max() ?? 0) + 1
        let elementRows = (place(elementLabels(s), width: inner - labelWidth).map(\.row).max() ?? 0) + 1
        let y = top + 1 + formRows + elementRows + 3 + 1
        // The last row of the area is the keys line.
        return Rect(x: 1, y: y, width: inner, height: max(1, bottom - 1 - y))
    }

    static func draw(_ grid: inout CellGrid, state: AppState, keymap: Keymap = .standard) -> (x: Int, y: Int)? {
        guard let s = state.interpretations.sheet, state.layout.mode != .tooSmall else { return nil }
        let top = 1, bottom = state.layout.statusRow
        for y in top..<bottom { grid.fill(x: 0, y: y, count: grid.width, style: .normal) }
        grid.fill(x: 0, y: top, count: grid.width, style: .paneTitleFocused)
        let id = s.interpretationId ?? TUIText.Interpretations.newOne.text()
        let ro = s.editable ? "" : TUIText.Interpretations.readOnlyNote.text()
        grid.put(TUIText.Interpretations.sheetTitle.text(["\(id)", "\(s.state.displayName)", "\(s.documentId)", "\(s.documentTitle)", "\(ro)"]),
                 x: 0, y: top, maxWidth: grid.width, style: .paneTitleFocused)
        let inner = max(10, grid.width - 2)
        var y = top + 1
        var cursor: (x: Int, y: Int)?

        func label(_ area: InterpretationSheet.Area, _ y: Int) {
            let focused = s.area == area
            grid.put(TextWidth.pad(area.label + TUIText.Common.colon.text(), to: labelWidth), x: 1, y: y, maxWidth: labelWidth,
                     style: focused ? .overlayTitle : .columnHeader)
        }
        func list(_ area: InterpretationSheet.Area, _ labels: [String], cursorIndex: Int) {
            label(area, y)
            let placed = place(labels, width: inner - labelWidth)
            for p in placed {
                let focused = s.area == area && p.index == cursorIndex
                grid.put(labels[p.index], x: 1 + labelWidth + p.x, y: y + p.row, style: focused ? .selection : .normal)
                if focused { cursor = (1 + labelWidth + p.x, y + p.row) }
            }
            y += (placed.map(\.row).max() ?? 0) + 1
        }
        list(.forms, formLabels(s), cursorIndex: s.formCursor)
        list(.elements, elementLabels(s), cursorIndex: s.elementCursor)

        let unitNote = TUIText.Interpretations.unitNote.text(["\(s.draftingUnitName)"])
        for (area, line, note) in [(InterpretationSheet.Area.leader, s.leader, ""), (.unit, s.unit, unitNote),
                                   (.reason, s.reason, "")] {
            label(area, y)
            let focused = s.area == area
            let width = max(4, inner - labelWidth)
            let before = String(line.text.prefix(line.caret))
            var dropped = 0
            while TextWidth.of(String(before.dropFirst(dropped))) > width - 1, dropped < before.count { dropped += 1 }
            let shown = String(line.text.dropFirst(dropped))
            if focused { grid.fill(x: 1 + labelWidth, y: y, count: width, style: .selection) }
            let end = grid.put(shown, x: 1 + labelWidth, y: y, maxWidth: width, style: focused ? .selection : .normal)
            if !focused, !note.isEmpty {
                grid.put(note, x: 1 + labelWidth + end + 1, y: y, maxWidth: max(0, width - end - 1), style: .muted)
            }
            if focused { cursor = (1 + labelWidth + TextWidth.of(String(before.dropFirst(dropped))), y) }
            y += 1
        }
        label(.body, y)
        grid.put(TUIText.Interpretations.bodyHint.text(KeyHints.keys(["save", "field-next", "field-prev"], in: [.interpretationSheet],
                                                                     keymap: keymap, global: false)), x: 1 + labelWidth, y: y, maxWidth: inner - labelWidth, style: .muted)
        let r = bodyRect(s, width: grid.width, top: top, bottom: bottom)
        let caret = s.body.render(into: &grid, x: r.x, y: r.y, width: r.width, height: r.height)
        if s.area == .body { cursor = caret }
        grid.put(keys(keymap), x: 1, y: bottom - 1, maxWidth: inner, style: .muted)
        return cursor
    }
}
