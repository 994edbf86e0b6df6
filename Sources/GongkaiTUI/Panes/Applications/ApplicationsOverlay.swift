import GongkaiCore

/// 申请窗格的叠加层 — draws the open detail view (over the panes) and the open form (a box in the
/// middle), and returns where the caret is so the hardware cursor (and an input method's
/// candidate window) follows the typing.
enum ApplicationsOverlay {
    static func draw(_ grid: inout CellGrid, state: AppState, keymap: Keymap = .standard) -> (x: Int, y: Int)? {
        let layout = state.layout
        guard layout.mode != .tooSmall else { return nil }
        if let detail = state.applications.detail {
            drawDetail(&grid, detail: detail, top: 1, bottom: layout.statusRow, keymap: keymap)
        }
        if let form = state.applications.form {
            return drawForm(&grid, form: form, top: 1, bottom: layout.statusRow, scope: .applicationForm, keymap: keymap)
        }
        return nil
    }

    /// The detail's keys in its title row, from the keymap (a rebinding shows here).
    static func detailKeys(_ keymap: Keymap) -> String {
        TUIText.Applications.detailKeys.text(KeyHints.keys(
            ["close", "move-down", "move-up", "clarify-request", "clarify-received", "consult-start", "consult-end",
             "extend", "reply", "withdraw"], in: [.applicationDetail, .applications], keymap: keymap))
    }

    static func drawDetail(_ grid: inout CellGrid, detail: ApplicationDetailView, top: Int, bottom: Int, keymap: Keymap) {
        for y in top..<bottom { grid.fill(x: 0, y: y, count: grid.width, style: .normal) }
        grid.fill(x: 0, y: top, count: grid.width, style: .paneTitleFocused)
        grid.put(TUIText.Applications.detailTitle.text(["\(detail.id)"]) + detailKeys(keymap), x: 0, y: top, maxWidth: grid.width, style: .paneTitleFocused)
        let width = max(10, grid.width - 2)
        var lines: [(String, StyleRole)] = []
        for line in detail.lines {
            let style: StyleRole
            switch line.kind {
            case .state: style = statusStyle(detail.clock)
            case .warning: style = .warning
            case .heading: style = .columnHeader
            case .plain: style = .normal
            }
            let wrapped = wrapWords(line.text, width: width)
            if wrapped.isEmpty { lines.append(("", .normal)) }
            // Continuation lines keep the indent of the wrapped line's level.
            for (i, part) in wrapped.enumerated() { lines.append((i == 0 ? part : "  " + part, style)) }
        }
        let height = bottom - top - 1
        let start = min(detail.scroll, max(0, lines.count - height))
        for (i, line) in lines.dropFirst(start).prefix(height).enumerated() {
            grid.put(line.0, x: 1, y: top + 1 + i, maxWidth: width, style: line.1)
        }
        if lines.count > height {
            let pos = "(\(start + 1)-\(min(lines.count, start + height))/\(lines.count))"
            grid.put(pos, x: grid.width - TextWidth.of(pos) - 1, y: bottom - 1, style: .muted)
        }
    }

    static func statusStyle(_ c: ClockStatus) -> StyleRole {
        if c.state == .overdue { return .urgent }
        if let left = c.workdaysLeft, left <= ApplicationsPane.warningDays, !c.state.isClosed { return .warning }
        return .message
    }

    /// The form's keys line, with the keys bound in the form's `scope`.
    static func formKeys(_ scope: ViewID, keymap: Keymap) -> String {
        // In the new-document form the save key opens the editor (saving there registers it).
        (scope == .newDocument ? TUIText.Documents.newFormKeys : TUIText.Applications.formKeys).text(KeyHints.keys(
            ["field-next", "field-prev", "save", "cancel", "choice-prev", "choice-next"], in: [scope], keymap: keymap, global: false))
    }

    /// The form's help on the message line when it opens.
    static func formHelp(_ scope: ViewID, keymap: Keymap) -> String {
        TUIText.Applications.formHelp.text(KeyHints.keys(["field-next", "save", "submit", "cancel", "choice-prev", "choice-next"],
                                                         in: [scope], keymap: keymap, global: false))
    }

    static func drawForm(_ grid: inout CellGrid, form: FormState, top: Int, bottom: Int,
                         scope: ViewID, keymap: Keymap = .standard) -> (x: Int, y: Int)? {
        let w = min(grid.width - 2, 78)
        guard w >= 30 else { return nil }
        let inner = w - 4
        var hints: [String] = []
        for note in form.notes + form.liveHints(keys: FormHintKeys(scope, keymap: keymap)) { hints += wrapWords(note, width: inner) }
        let wanted = form.fields.count + hints.count + 4
        let h = min(bottom - top, wanted)
        let x0 = (grid.width - w) / 2
        let y0 = top + max(0, (bottom - top - h) / 2)
        grid.drawBox(x: x0, y: y0, width: w, height: h)
        grid.put(" \(form.title) ", x: x0 + 2, y: y0, maxWidth: w - 4, style: .overlayTitle)
        // Labels are never cut: the column is as wide as the longest label (at least 18 cells,
        // at most half the box), e.g. 越过规则理由（仅管理员）.
        let widest = form.fields.map { TextWidth.of((($0.required ? "*" : " ") + $0.label)) + 1 }.max() ?? 18
        let labelWidth = min(max(18, widest), max(18, inner / 2))
        let valueX = x0 + 2 + labelWidth
        let valueWidth = max(4, inner - labelWidth)
        var cursor: (x: Int, y: Int)?
        for (i, field) in form.fields.enumerated() {
            let y = y0 + 1 + i
            guard y < y0 + h - 1 else { break }
            let focused = i == form.focus
            let label = (field.required ? "*" : " ") + field.label
            grid.put(TextWidth.pad(label, to: labelWidth), x: x0 + 2, y: y, maxWidth: labelWidth,
                     style: focused ? .overlayTitle : .overlay)
            // Keep the caret visible in a long value: show its tail.
            let before = String(field.value.prefix(field.caret))
            var shown = field.value
            var dropped = 0
            while TextWidth.of(String(before.dropFirst(dropped))) > valueWidth - 1, dropped < before.count {
                dropped += 1
            }
            shown = String(shown.dropFirst(dropped))
            if focused { grid.fill(x: valueX, y: y, count: valueWidth, style: .selection) }
            grid.put(shown, x: valueX, y: y, maxWidth: valueWidth, style: focused ? .selection : .overlay)
            if focused {
                cursor = (valueX + TextWidth.of(String(before.dropFirst(dropped))), y)
            }
        }
        var y = y0 + 1 + form.fields.count
        for hint in hints where y < y0 + h - 2 {
            grid.put(hint, x: x0 + 2, y: y, maxWidth: inner, style: .muted)
            y += 1
        }
        grid.put(formKeys(scope, keymap: keymap), x: x0 + 2, y: y0 + h - 2, maxWidth: inner, style: .muted)
        return cursor
    }

    /// Wraps to `width` cells, breaking between CJK characters or at spaces but never inside an
    /// ASCII word or date (2026-12-09 stays whole unless it alone is wider than a line).
    static func wrapWords(_ text: String, width: Int) -> [String] {
        let chars = Array(text)
        func isWord(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || "-./_%:*".contains(c)) }
        var lines: [String] = []
        var start = 0
        while start < chars.count {
            var end = start
            var used = 0
            while end < chars.count, used + TextWidth.of(chars[end]) <= width {
                used += TextWidth.of(chars[end])
                end += 1
            }
            if end == start { end = start + 1 }
            if end < chars.count {
                var cut = end
                while cut > start, isWord(chars[cut - 1]), isWord(chars[cut]) { cut -= 1 }
                if cut > start { end = cut }
                // 避头: closing punctuation never starts a line; take the character before it along.
                // The character taken along keeps its word (C3 stays whole) and its opening bracket.
                if Typography.closing.contains(chars[end]), end - 1 > start {
                    end -= 1
                    while end - 1 > start, isWord(chars[end - 1]), isWord(chars[end]) { end -= 1 }
                    if end - 1 > start, Typography.noEnd.contains(chars[end - 1]) { end -= 1 }
                }
            }
            var line = String(chars[start..<end])
            while line.last == " " { line.removeLast() }
            lines.append(line)
            start = end
            while start < chars.count, chars[start] == " " { start += 1 }
        }
        return lines.isEmpty ? [""] : lines
    }
}
