import GongkaiCore
import GongkaiStore

/// 文件窗格的叠加层 — draws the open editor (metadata form over the body), the search results and
/// the recovery and conflict boxes, and returns where the hardware cursor goes: at the caret,
/// so an input method's candidate window opens where the officer types. Pure: only the rows on
/// screen are touched (the body editor draws its visible rows only).
enum DocumentsOverlay {
    /// The editor's keys line, with the keys of the live keymap.
    static func editorKeys(_ keymap: Keymap) -> String {
        TUIText.Documents.editorKeys.text(KeyHints.keys(["save", "leave", "field-next", "search", "edit-external", "undo", "redo"],
                                                        in: [.editor], keymap: keymap, global: false))
    }
    static let labelWidth = 14

    /// Rows above the body: title bar, fields, hint, separator.
    static func bodyRect(_ editor: DocumentEditorState, layout: Layout) -> Rect {
        let top = 1 + 1 + editor.form.fields.count + 2
        return Rect(x: 1, y: top, width: max(1, layout.width - 2), height: max(1, layout.statusRow - top))
    }

    // MARK: Editor

    static func drawEditor(_ grid: inout CellGrid, editor: DocumentEditorState, layout: Layout,
                           today: CivilDate, keymap: Keymap = .standard) -> (x: Int, y: Int)? {
        let top = 1
        for y in top..<layout.statusRow { grid.fill(x: 0, y: y, count: grid.width, style: .normal) }
        grid.fill(x: 0, y: top, count: grid.width, style: .paneTitleFocused)
        var title = editor.opened.isUnsaved ? TUIText.Documents.newEditorTitle.text([editor.opened.unitName])
            : TUIText.Documents.editorTitle.text(["\(editor.id)", "\(editor.opened.state.displayName)", "\(editor.opened.version)"])
        if editor.isModified { title += TUIText.Documents.unsavedMark.text() }
        if editor.readOnly { title += TUIText.Documents.readOnlyMark.text() }
        let used = grid.put(title, x: 0, y: top, maxWidth: grid.width, style: .paneTitleFocused)
        if used + 2 < grid.width {
            let keys = HintFit.fitting(editorKeys(keymap), width: grid.width - used - 2)
            grid.put(keys, x: grid.width - TextWidth.of(keys) - 1, y: top, style: .paneTitleFocused)
        }
        var cursor: (x: Int, y: Int)?
        var y = top + 1
        let valueX = 2 + labelWidth, valueWidth = max(1, grid.width - valueX - 1)
        for field in editor.form.fields {
            let focused = editor.focus == .field(field)
            grid.put(focused ? ">" : " ", x: 0, y: y, style: focused ? .selection : .normal)
            grid.put(TextWidth.pad(field.label + TUIText.Common.colon.text(), to: labelWidth), x: 2, y: y, style: .columnHeader)
            let text = editor.form.text(of: field)
            if field.isChoice {
                let shown = focused ? "< \(text) >" : text
                grid.put(shown, x: valueX, y: y, maxWidth: valueWidth, style: focused ? .selection : .normal)
            } else {
                // Scroll a long value so the caret stays visible.
                let caret = min(editor.form.caret, text.count)
                let before = String(text.prefix(focused ? caret : 0))
                var shift = 0
                var visible = Substring(text)
                while focused, TextWidth.of(String(before.dropFirst(shift))) >= valueWidth, !visible.isEmpty {
                    shift += 1
                    visible = visible.dropFirst()
                }
                grid.put(String(visible), x: valueX, y: y, maxWidth: valueWidth, style: .normal)
                if focused, !editor.readOnly {
                    cursor = (valueX + min(valueWidth - 1, TextWidth.of(String(before.dropFirst(shift)))), y)
                }
            }
            y += 1
        }
        if let hint = editor.form.docNumberHint(currentYear: today.year) {
            grid.put(TUIText.Documents.numberHint.text() + hint.text, x: 2, y: y, maxWidth: grid.width - 3, style: hint.isError ? .error : .warning)
        } else if let due = editor.opened.publishDue, editor.opened.published == nil {
            let missing = editor.opened.publication?.missingYears ?? []
            let text = TUIText.Documents.publishBy.text([ProvisionalDate.text(due, provisional: !missing.isEmpty)])
                + (editor.opened.overdue ? TUIText.Documents.overdueSuffix.text() : "")
                + TUIText.Documents.missingYearsNote(missing)
            grid.put(text, x: 2, y: y, maxWidth: grid.width - 3, style: editor.opened.overdue ? .urgent : .muted)
        }
        y += 1
        let label = TUIText.Documents.bodyLabel.text()
        grid.put(String(repeating: "-", count: grid.width), x: 0, y: y, style: .muted)
        grid.put(label, x: 2, y: y, style: editor.focus == .body ? .paneTitleFocused : .columnHeader)
        let rect = bodyRect(editor, layout: layout)
        let caret = editor.body.render(into: &grid, x: rect.x, y: rect.y, width: rect.width, height: rect.height)
        if editor.focus == .body { cursor = caret }
        return cursor
    }

    /// The bottom line while the editor asks something; returns the caret.
    static func drawPrompt(_ grid: inout CellGrid, state: AppState, row: Int) -> (x: Int, y: Int)? {
        guard let editor = state.documents.editor, let prompt = editor.prompt else { return nil }
        grid.fill(x: 0, y: row, count: grid.width, style: .normal)
        switch prompt {
        case .find:
            let label = TUIText.Documents.findLabel.text()
            let x = grid.put(label, x: 0, y: row, style: .message)
            grid.put(editor.promptText, x: x, y: row, maxWidth: grid.width - x)
            let before = String(editor.promptText.prefix(editor.promptCaret))
            return (min(grid.width - 1, x + TextWidth.of(before)), row)
        case .confirmLeave:
            grid.put(TUIText.Documents.confirmLeave.text(), x: 0, y: row, style: .warning)
            return nil
        }
    }

    // MARK: Boxes

    static func drawConflict(_ grid: inout CellGrid, conflict: DocumentConflict, keymap: Keymap) {
        let names = ["title": TUIText.Fields.title.text(), "docNumber": TUIText.Fields.docNumber.text(), "type": TUIText.Fields.type.text(), "attribute": TUIText.Fields.attribute.text(), "formed": TUIText.Fields.formed.text(),
                     "body": TUIText.Fields.body.text(), "channels": TUIText.Fields.channels.text(), "tags": TUIText.Fields.tags.text(), "validUntil": TUIText.Fields.valid.text(), "state": TUIText.Fields.state.text()]
        let theirs = conflict.theirs
        var lines = [
            TUIText.Documents.changedAfterOpen.text([conflict.changedBy ?? TUIText.Documents.anotherOfficer.text()]) + (conflict.changedAt.map { TUIText.Common.parenthesized.text(["\($0.prefix(19))"]) } ?? "")
                + TUIText.Documents.nowVersion.text(["\(theirs.version)"]),
            TUIText.Documents.neitherOverwritten.text(),
            TUIText.Documents.differences.text() + conflict.fields.map { names[$0] ?? $0 }.joined(separator: TUIText.Common.listSeparator.text()),
            "",
        ]
        // Each body from a little before the first place they differ, so the change is in view.
        let mine = Array(conflict.yours.body), other = Array(theirs.body)
        var common = 0
        while common < min(mine.count, other.count), mine[common] == other[common] { common += 1 }
        let from = max(0, common - 12)
        let width = max(20, min(grid.width - 2, 96) - 6)
        func excerpt(_ label: String, title: String, body: [Character], state: DocumentState) {
            lines.append(TUIText.Documents.excerptHeading.text(["\(label)", "\(title)", "\(state.displayName)"]))
            let text = (from > 0 ? "~" : "") + String(body[min(from, body.count)...]).replacingOccurrences(of: "\n", with: " / ")
            let wrapped = AppView.wrap(text, width: width)
            for l in wrapped.prefix(3) { lines.append("  " + l) }
            if wrapped.count > 3 { lines.append("  …") }
        }
        excerpt(TUIText.Documents.yours.text(), title: conflict.yours.title, body: mine, state: .draft)
        lines.append("")
        excerpt(TUIText.Documents.theirs.text(), title: theirs.title, body: other, state: theirs.state)
        lines.append("")
        let keys = KeyHints.keys(["keep-mine", "take-theirs", "close"], in: [.conflict], keymap: keymap, global: false)
        lines.append(TUIText.Documents.conflictKeys.text(keys))
        AppView.drawBox(&grid, title: TUIText.Documents.conflictTitle.text(), lines: lines, scroll: 0, footer: keys.joined(separator: " / "),
                        keymap: keymap, scope: .conflict)
    }

    static func drawRecovery(_ grid: inout CellGrid, entry: DocumentDraftJournal.Entry, keymap: Keymap) {
        let keys = KeyHints.keys(["draft-restore", "draft-discard", "draft-keep"], in: [.recovery], keymap: keymap, global: false)
        let body = entry.edit.body.split(separator: "\n", omittingEmptySubsequences: false).prefix(3).map { "  " + $0 }
        let lines = [TUIText.Documents.recoverIntro.text([DocumentEditorController.shownID(entry.edit.id), "\(entry.edit.title)"]),
                     TUIText.Documents.recoverWhen.text(["\(entry.savedAt.prefix(19))"]), ""]
            + body + ["", TUIText.Documents.recoverKeys.text(keys)]
        AppView.drawBox(&grid, title: TUIText.Documents.recoverTitle.text(), lines: lines, scroll: 0, footer: keys.joined(separator: " / "),
                        keymap: keymap, scope: .recovery)
    }

    // MARK: Search

    static func drawSearch(_ grid: inout CellGrid, search: DocumentSearchView, layout: Layout) {
        let top = 1
        for y in top..<layout.statusRow { grid.fill(x: 0, y: y, count: grid.width, style: .normal) }
        grid.fill(x: 0, y: top, count: grid.width, style: .paneTitleFocused)
        grid.put(TUIText.Documents.searchTitle.text(["\(search.query)", search.countText]),
                 x: 0, y: top, maxWidth: grid.width, style: .paneTitleFocused)
        if search.hits.isEmpty {
            grid.put(TUIText.Documents.searchNone.text(),
                     x: 1, y: top + 1, maxWidth: grid.width - 2, style: .muted)
            return
        }
        let rows = max(1, (layout.statusRow - top - 1) / 2)
        let terms = [search.query]
        for (i, hit) in search.hits.enumerated().dropFirst(search.scroll).prefix(rows) {
            let y = top + 1 + (i - search.scroll) * 2
            let selected = i == search.selected
            let base: StyleRole = selected ? .selection : .normal
            if selected { grid.fill(x: 0, y: y, count: grid.width, style: base) }
            grid.put(selected ? ">" : " ", x: 0, y: y, style: base)
            var x = 1 + grid.put(hit.id + "  ", x: 1, y: y, style: base)
            if let n = hit.docNumber { x += grid.put(n + "  ", x: x, y: y, maxWidth: grid.width - x, style: base) }
            putHighlighted(&grid, hit.title, terms: terms, x: x, y: y, maxWidth: grid.width - x, base: base)
            putHighlighted(&grid, hit.snippet, terms: terms, x: 4, y: y + 1, maxWidth: grid.width - 5, base: .muted)
        }
    }

    /// Draws `text` with the terms' hits in the match style (DocumentSearchTerm.highlightRanges:
    /// whole graphemes, case-insensitive).
    static func putHighlighted(_ grid: inout CellGrid, _ text: String, terms: [String], x: Int, y: Int,
                               maxWidth: Int, base: StyleRole) {
        let ranges = DocumentSearchTerm.highlightRanges(in: text, terms: terms)
        var cx = x
        var index = text.startIndex
        let limit = x + max(0, maxWidth)
        for r in ranges {
            if index < r.lowerBound {
                cx += grid.put(String(text[index..<r.lowerBound]), x: cx, y: y, maxWidth: max(0, limit - cx), style: base)
            }
            cx += grid.put(String(text[r]), x: cx, y: y, maxWidth: max(0, limit - cx), style: .warning)
            index = r.upperBound
            if cx >= limit { return }
        }
        if index < text.endIndex {
            grid.put(String(text[index...]), x: cx, y: y, maxWidth: max(0, limit - cx), style: base)
        }
    }
}
