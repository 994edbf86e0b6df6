import GongkaiCore

/// 审阅器的绘制 — the reader covers the inbox (rows between the tab bar and the status bar): a
/// title row (position in the inbox, kind, number, title), the item soft-wrapped, and a keys row.
/// Pure; every text passes `TerminalSanitizer` before it is measured and wrapped.
enum ReaderView {
    static let top = 1

    /// Rows the item's text gets at the current size (between the title row and the keys row).
    static func bodyHeight(_ state: AppState) -> Int { max(1, state.layout.statusRow - top - 2) }

    /// Columns the text is wrapped to (one column of margin on each side).
    static func textWidth(_ width: Int) -> Int { max(10, width - 2) }

    /// The reader's lines wrapped to `width` cells, each with its style. Text from outside is
    /// sanitised first, so a control character is measured as the placeholder the grid draws.
    static func wrapped(_ reader: ReaderState, width: Int) -> [(text: String, style: StyleRole)] {
        var out: [(String, StyleRole)] = []
        for line in reader.lines {
            let text = TerminalSanitizer.sanitize(line.text).replacingOccurrences(of: "\t", with: "    ")
            let style: StyleRole
            switch line.kind {
            case .heading: style = .columnHeader
            case .warning: style = .warning
            case .plain, .body, .items: style = .normal
            }
            if line.kind == .items {
                for (i, part) in packed(text, width: width - 2).enumerated() { out.append((i == 0 ? part : "  " + part, style)) }
            } else if line.kind == .body {
                for part in ApplicationsOverlay.wrapWords(text, width: width) { out.append((part, style)) }
            } else {
                // Continuation lines of a field are indented under it.
                for (i, part) in ApplicationsOverlay.wrapWords(text, width: width - 2).enumerated() {
                    out.append((i == 0 ? part : "  " + part, style))
                }
            }
        }
        return out
    }

    /// A checklist's entries (separated by two spaces) packed onto lines of `width` cells, each
    /// entry whole; an entry wider than a line is wrapped by itself.
    static func packed(_ text: String, width: Int) -> [String] {
        var lines: [String] = [], current = ""
        for entry in text.components(separatedBy: "  ") where !entry.isEmpty {
            let joined = current.isEmpty ? entry : current + "  " + entry
            if TextWidth.of(joined) <= width {
                current = joined
                continue
            }
            if !current.isEmpty { lines.append(current) }
            let pieces = ApplicationsOverlay.wrapWords(entry, width: width)
            lines += pieces.dropLast()
            current = pieces.last ?? ""
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// The furthest the text scrolls at this size.
    static func maxScroll(_ reader: ReaderState, state: AppState) -> Int {
        max(0, wrapped(reader, width: textWidth(state.width)).count - bodyHeight(state))
    }

    static func draw(_ grid: inout CellGrid, state: AppState) {
        guard let inbox = state.inbox, let reader = inbox.reader, state.layout.mode != .tooSmall else { return }
        let bottom = state.layout.statusRow, width = grid.width
        for y in top..<bottom { grid.fill(x: 0, y: y, count: width, style: .normal) }
        grid.fill(x: 0, y: top, count: width, style: .paneTitleFocused)
        let position = "\(inbox.selected + 1)/\(inbox.count)"
        let item = reader.item
        // A title too long for the row is cut with the lists' "~" mark, never silently.
        grid.put(TextWidth.truncate(TUIText.Reader.title.text([position, ReaderContent.what(item), item.id, item.title]), to: width),
                 x: 0, y: top, maxWidth: width, style: .paneTitleFocused)
        let lines = wrapped(reader, width: textWidth(width))
        let height = bodyHeight(state)
        let start = max(0, min(reader.scroll, lines.count - height))
        for (i, line) in lines.dropFirst(start).prefix(height).enumerated() {
            grid.put(line.text, x: 1, y: top + 1 + i, maxWidth: textWidth(width), style: line.style)
        }
        let keys = item.isDecidable ? TUIText.Reader.keysDecidable.text() : TUIText.Reader.keysOther.text()
        let footer = bottom - 1
        let range = lines.isEmpty ? "" : "(\(start + 1)-\(min(lines.count, start + height))/\(lines.count))"
        let rangeWidth = TextWidth.of(range)
        grid.put(keys, x: 1, y: footer, maxWidth: max(1, width - rangeWidth - 3), style: .muted)
        grid.put(range, x: width - rangeWidth - 1, y: footer, style: .muted)
    }
}
