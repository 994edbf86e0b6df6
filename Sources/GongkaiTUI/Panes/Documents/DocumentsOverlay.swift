import GongkaiCore
import GongkaiStore

/// 文件窗格的叠加层 — draws the open editor (metadata form over the body), the search results and
/// the recovery and conflict boxes, and returns where the hardware cursor goes: at the caret,
/// so an input method's candidate window opens where the officer types. Pure: only the rows on
/// screen are touched (the body editor draws its visible rows only).
enum DocumentsOverlay {
    static let editorKeys = "C-s 保存  Esc 退出  Tab 下一项  C-f 查找  F4 外部编辑  C-z/C-y 撤销/重做"
    static let labelWidth = 14

    /// Rows above the body: title bar, fields, hint, separator.
    static func bodyRect(_ editor: DocumentEditorState, layout: Layout) -> Rect {
        let top = 1 + 1 + editor.form.fields.count + 2
        return Rect(x: 1, y: top, width: max(1, layout.width - 2), height: max(1, layout.statusRow - top))
    }

    static func draw(_ grid: inout CellGrid, state: AppState) -> (x: Int, y: Int)? {
        let layout = state.layout
        guard layout.mode != .tooSmall else { return nil }
        var cursor: (x: Int, y: Int)?
        if let search = state.documents.search { drawSearch(&grid, search: search, layout: layout) }
        if let editor = state.documents.editor {
            cursor = drawEditor(&grid, editor: editor, layout: layout, today: state.today)
            if let conflict = editor.conflict {
                drawConflict(&grid, conflict: conflict)
                cursor = nil
            }
        }
        if let recovery = state.documents.recovery {
            drawRecovery(&grid, entry: recovery)
            cursor = nil
        }
        return cursor
    }

    // MARK: Editor

    static func drawEditor(_ grid: inout CellGrid, editor: DocumentEditorState, layout: Layout,
                           today: CivilDate) -> (x: Int, y: Int)? {
        let top = 1
        for y in top..<layout.statusRow { grid.fill(x: 0, y: y, count: grid.width, style: .normal) }
        grid.fill(x: 0, y: top, count: grid.width, style: .paneTitleFocused)
        var title = " 编辑文件 \(editor.id)  \(editor.opened.state.chineseName)  版本 \(editor.opened.version)"
        if editor.isModified { title += "  *未保存" }
        if editor.readOnly { title += "  只读（仅草稿可修改）" }
        let used = grid.put(title, x: 0, y: top, maxWidth: grid.width, style: .paneTitleFocused)
        if used + 2 < grid.width {
            let keys = TextWidth.truncate(editorKeys, to: grid.width - used - 2)
            grid.put(keys, x: grid.width - TextWidth.of(keys) - 1, y: top, style: .paneTitleFocused)
        }
        var cursor: (x: Int, y: Int)?
        var y = top + 1
        let valueX = 2 + labelWidth, valueWidth = max(1, grid.width - valueX - 1)
        for field in editor.form.fields {
            let focused = editor.focus == .field(field)
            grid.put(focused ? ">" : " ", x: 0, y: y, style: focused ? .selection : .normal)
            grid.put(TextWidth.pad(field.label + "：", to: labelWidth), x: 2, y: y, style: .columnHeader)
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
            grid.put("文号提示：" + hint.text, x: 2, y: y, maxWidth: grid.width - 3, style: hint.isError ? .error : .warning)
        } else if let due = editor.opened.publishDue, editor.opened.published == nil {
            let text = "主动公开：应于 \(due.iso) 前公开（成文后 20 个工作日，条例第二十六条）" + (editor.opened.overdue ? "，已逾期" : "")
            grid.put(text, x: 2, y: y, maxWidth: grid.width - 3, style: editor.opened.overdue ? .urgent : .muted)
        }
        y += 1
        let label = " 正文 "
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
            let label = "文内查找："
            let x = grid.put(label, x: 0, y: row, style: .message)
            grid.put(editor.promptText, x: x, y: row, maxWidth: grid.width - x)
            let before = String(editor.promptText.prefix(editor.promptCaret))
            return (min(grid.width - 1, x + TextWidth.of(before)), row)
        case .confirmLeave:
            grid.put("有未保存的修改：s 保存并退出  d 放弃修改并退出  其他键继续编辑", x: 0, y: row, style: .warning)
            return nil
        }
    }

    // MARK: Boxes

    static func drawConflict(_ grid: inout CellGrid, conflict: DocumentConflict) {
        let names = ["title": "标题", "docNumber": "文号", "type": "类型", "attribute": "公开属性", "formed": "成文日期",
                     "body": "正文", "channels": "公开渠道", "tags": "标签", "validUntil": "有效期", "state": "状态"]
        let theirs = conflict.theirs
        var lines = [
            "\(conflict.changedBy ?? "另一位工作人员") 在你打开之后修改了此文件" + (conflict.changedAt.map { "（\($0.prefix(19))）" } ?? "")
                + "，现为版本 \(theirs.version)。",
            "你的修改没有保存，对方的修改也没有被覆盖。",
            "不同之处：" + conflict.fields.map { names[$0] ?? $0 }.joined(separator: "、"),
            "",
        ]
        // Each body from a little before the first place they differ, so the change is in view.
        let mine = Array(conflict.yours.body), other = Array(theirs.body)
        var common = 0
        while common < min(mine.count, other.count), mine[common] == other[common] { common += 1 }
        let from = max(0, common - 12)
        let width = max(20, min(grid.width - 2, 96) - 6)
        func excerpt(_ label: String, title: String, body: [Character], state: DocumentState) {
            lines.append("【\(label)】\(title)（\(state.chineseName)）")
            let text = (from > 0 ? "~" : "") + String(body[min(from, body.count)...]).replacingOccurrences(of: "\n", with: " / ")
            let wrapped = AppView.wrap(text, width: width)
            for l in wrapped.prefix(3) { lines.append("  " + l) }
            if wrapped.count > 3 { lines.append("  …") }
        }
        excerpt("你的", title: conflict.yours.title, body: mine, state: .draft)
        lines.append("")
        excerpt("对方的", title: theirs.title, body: other, state: theirs.state)
        lines.append("")
        lines.append("k 保留我的（确认覆盖对方的修改）  t 采用对方的（放弃我的修改）  Esc 返回编辑")
        AppView.drawBox(&grid, title: " 修改冲突：你的 / 对方的 ", lines: lines, scroll: 0, footer: "k / t / Esc")
    }

    static func drawRecovery(_ grid: inout CellGrid, entry: DocumentDraftJournal.Entry) {
        let body = entry.edit.body.split(separator: "\n", omittingEmptySubsequences: false).prefix(3).map { "  " + $0 }
        let lines = ["上次编辑文件 \(entry.edit.id)「\(entry.edit.title)」时有未保存的修改",
                     "（草稿记录于 \(entry.savedAt.prefix(19))，可能因连接中断或程序被终止）：", ""]
            + body + ["", "r 恢复并继续编辑（保存时仍会检查他人修改）  d 丢弃草稿  Esc 稍后再说"]
        AppView.drawBox(&grid, title: " 恢复未保存的草稿 ", lines: lines, scroll: 0, footer: "r / d / Esc")
    }

    // MARK: Search

    static func drawSearch(_ grid: inout CellGrid, search: DocumentSearchView, layout: Layout) {
        let top = 1
        for y in top..<layout.statusRow { grid.fill(x: 0, y: y, count: grid.width, style: .normal) }
        grid.fill(x: 0, y: top, count: grid.width, style: .paneTitleFocused)
        grid.put(" 文件检索「\(search.query)」 共 \(search.hits.count) 件  Enter 打开  j/k 移动  Esc 返回",
                 x: 0, y: top, maxWidth: grid.width, style: .paneTitleFocused)
        if search.hits.isEmpty {
            grid.put("没有找到。一两个字的词（如“税”“教育”）也可以检索；多个词用空格分开，须全部出现。",
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
