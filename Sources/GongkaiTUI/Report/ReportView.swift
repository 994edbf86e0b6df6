/// 年度报告视图的绘制 — covers the panes (rows between the tab bar and the status bar), like the
/// inbox; the figures form and the narrative input are boxes drawn over it.
enum ReportView {
    /// Rows of report content on screen.
    static func bodyHeight(_ state: AppState) -> Int { max(1, state.layout.statusRow - 2) }

    /// Text rows of the narrative input box.
    static func editorRows(_ state: AppState) -> Int { max(6, min(state.height - 4, 20)) - 3 }

    /// Draws the view when open; returns the caret while an input is open.
    static func draw(_ grid: inout CellGrid, state: AppState, keymap: Keymap = .standard) -> (x: Int, y: Int)? {
        guard let view = state.report, state.layout.mode != .tooSmall else { return nil }
        let top = 1, bottom = state.layout.statusRow, width = grid.width
        for y in top..<bottom { grid.fill(x: 0, y: y, count: width, style: .normal) }
        grid.fill(x: 0, y: top, count: width, style: .paneTitleFocused)
        let lines = ReportScreenLines.lines(view, width: width)
        let h = bottom - top - 1
        let position = "\(min(lines.count, view.scroll + 1))-\(min(lines.count, view.scroll + h))/\(lines.count)"
        grid.put(TUIText.Report.title.text(["\(view.year)", "\(position)"]),
                 x: 0, y: top, maxWidth: width, style: .paneTitleFocused)
        for (i, line) in lines.dropFirst(view.scroll).prefix(h).enumerated() {
            let y = top + 1 + i
            guard view.hscroll > 0 else {
                grid.put(line.text, x: 1, y: y, maxWidth: width - 1, style: line.style)
                continue
            }
            // Sideways: a table row keeps its label and scrolls its numbers; other text scrolls whole.
            let label = TextWidth.prefix(line.text, fitting: line.labelWidth ?? 0)
            var rest = Substring(line.text.dropFirst(label.count))
            var dropped = 0
            while dropped < view.hscroll, let c = rest.first {
                dropped += TextWidth.of(c)
                rest = rest.dropFirst()
            }
            let used = grid.put(label, x: 1, y: y, maxWidth: width - 1, style: line.style)
            grid.put(String(rest), x: 1 + used, y: y, maxWidth: max(0, width - 1 - used), style: line.style)
        }
        if let form = view.figuresForm { return drawForm(&grid, form: form, state: state, keymap: keymap) }
        if let editor = view.narrative { return drawEditor(&grid, editor: editor, state: state, keymap: keymap) }
        return nil
    }

    /// The box frame shared by the two inputs; returns its inner rectangle.
    static func frame(_ grid: inout CellGrid, title: String, width w: Int, height h: Int, footer: String) -> Rect {
        let x0 = max(0, (grid.width - w) / 2), y0 = max(1, (grid.height - h) / 2)
        grid.drawBox(x: x0, y: y0, width: w, height: h)
        grid.put(title, x: x0 + 2, y: y0, maxWidth: w - 4, style: .overlayTitle)
        grid.put(footer, x: x0 + 2, y: y0 + h - 2, maxWidth: w - 4, style: .muted)
        return Rect(x: x0 + 2, y: y0 + 1, width: w - 4, height: h - 3)
    }

    static func drawForm(_ grid: inout CellGrid, form: FiguresForm, state: AppState, keymap: Keymap) -> (x: Int, y: Int)? {
        let w = min(grid.width - 2, 72)
        guard w >= 30 else { return nil }
        let inner = frame(&grid, title: TUIText.Report.figuresTitle.text(), width: w, height: form.fields.count + 4,
                          footer: TUIText.Report.figuresFooter.text(KeyHints.keys(["field-next", "submit", "save", "cancel"], in: [.reportFigures], keymap: keymap, global: false)))
        let labelWidth = form.fields.map { TextWidth.of($0.label) }.max() ?? 10
        var caret: (x: Int, y: Int)?
        for (i, f) in form.fields.enumerated() {
            let y = inner.y + i
            let focused = i == form.focus
            grid.put(TextWidth.pad(f.label, to: labelWidth) + TUIText.Common.colon.text(), x: inner.x, y: y, style: focused ? .overlayTitle : .overlay)
            let x = inner.x + labelWidth + 2
            grid.put(f.text, x: x, y: y, maxWidth: inner.x + inner.width - x, style: focused ? .selection : .overlay)
            if focused { caret = (min(grid.width - 1, x + TextWidth.of(String(f.text.prefix(f.caret)))), y) }
        }
        return caret
    }

    static func drawEditor(_ grid: inout CellGrid, editor: NarrativeEditor, state: AppState, keymap: Keymap) -> (x: Int, y: Int)? {
        let w = min(grid.width - 2, 100)
        let h = editorRows(state) + 3
        guard w >= 30 else { return nil }
        let inner = frame(&grid, title: TUIText.Report.writeTitle.text(["\(editor.section.displayName)"]), width: w, height: h,
                          footer: TUIText.Report.writeFooter.text(KeyHints.keys(["save", "cancel"], in: [.reportNarrative], keymap: keymap, global: false)))
        let rows = inner.height
        let first = min(editor.scroll, max(0, editor.lines.count - 1))
        var caret: (x: Int, y: Int)?
        for i in 0..<rows {
            let index = first + i
            guard editor.lines.indices.contains(index) else { break }
            let line = editor.lines[index]
            // Long lines scroll sideways around the caret, so the caret is always visible.
            var shown = line
            var caretX = TextWidth.of(String(line.prefix(editor.column)))
            if index == editor.row, caretX >= inner.width {
                while caretX >= inner.width, let c = shown.first {
                    caretX -= TextWidth.of(c)
                    shown.removeFirst()
                }
            }
            grid.put(shown, x: inner.x, y: inner.y + i, maxWidth: inner.width, style: .overlay)
            if index == editor.row { caret = (inner.x + caretX, inner.y + i) }
        }
        return caret
    }
}
