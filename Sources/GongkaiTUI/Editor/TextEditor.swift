/// 正文编辑器 — a whole editor as one value: buffer, soft wrap, viewport, keymap, paste guard
/// and search, handling inputs and reporting effects (the 文件 pane's body editor, and the
/// 解读 pane's interpretation bodies).
///
/// The caller's contract, per frame:
/// 1. `resize(width:height:)` when the pane's text area changes (a resize rewraps lazily).
/// 2. Every input while editing goes to `handle(_:clipboard:)`, first: the editor's own keymap
///    decides, and only keys it leaves alone come back as `.unhandled(key)` for the app's
///    global keymap. Pasted text never comes back as a key (see `PasteGuard`).
/// 3. When the input read times out, call `noteIdle()`: it ends the current undo step and
///    closes a paste whose end marker got lost.
/// 4. Draw with `render(into:…)` and park the hardware cursor at the cell it returns, so the
///    input method's candidate window opens at the caret.
/// `.save`, `.leave`, `.search` and `.editExternal` are requests: the editor does not do I/O.
public struct TextEditor: Equatable, Sendable {
    public private(set) var buffer: TextBuffer
    public private(set) var wrap: SoftWrap
    public private(set) var viewport: EditorViewport
    public var keymap: EditorKeymap
    public private(set) var pasteGuard = PasteGuard()
    /// The last search, kept for next/previous and for highlighting.
    public private(set) var search: TextSearch?
    /// The display column vertical motions aim for (kept across rows too short for it).
    public private(set) var goalColumn: Int?
    /// Consecutive Ctrl-K kills append to the clipboard (emacs, nano).
    private var lastWasKill = false

    public init(text: String = "", width: Int = 80, height: Int = 20, keymap: EditorKeymap = .standard) {
        buffer = TextBuffer(text)
        wrap = SoftWrap(width: width)
        viewport = EditorViewport(height: height)
        self.keymap = keymap
    }

    public var text: String { buffer.text }
    public var caret: TextPosition { buffer.caret }
    public var isModified: Bool { buffer.isModified }

    /// Records that the current text was stored (after the caller handled `.save`).
    public mutating func markSaved() { buffer.markSaved() }

    /// The pane's text area changed size.
    public mutating func resize(width: Int, height: Int) {
        wrap.setWidth(width)
        viewport.setHeight(height)
        viewport.scrollToCaret(buffer.caret, in: buffer, wrap: &wrap)
    }

    /// Replaces the text as one undo step (the body read back from `$EDITOR`, a recovered draft).
    public mutating func replaceAll(with text: String) {
        buffer.replaceAll(with: text)
        afterChange()
    }

    /// Places the caret (e.g. reopening a document where the officer left it).
    public mutating func moveCaret(to p: TextPosition) {
        goalColumn = nil
        buffer.moveCaret(to: p)
        afterMotion()
    }

    // MARK: Input

    public mutating func handle(_ input: EditorInput, clipboard: inout EditorClipboard) -> EditorEffect {
        switch pasteGuard.feed(input) {
        case .none:
            return .none
        case .insert(let text):
            lastWasKill = false
            goalColumn = nil
            return edit { $0.insert(TextEditor.withoutControls(text)) }
        case .key(let key):
            if let command = keymap.command(for: key) { return perform(command, clipboard: &clipboard) }
            if case .char(let c) = key { return type(String(c)) }
            return .unhandled(key)
        }
    }

    /// A key outside any paste (a backend without bracketed paste, or a test).
    public mutating func handle(_ key: Key, clipboard: inout EditorClipboard) -> EditorEffect {
        handle(.key(key), clipboard: &clipboard)
    }

    /// Typed text (a key, or an input method's committed phrase): coalesces into one undo step.
    public mutating func type(_ text: String) -> EditorEffect {
        let text = TextEditor.withoutControls(text)
        guard !text.isEmpty else { return .none }
        lastWasKill = false
        goalColumn = nil
        for c in text { buffer.insert(String(c), typing: true) }
        afterChange()
        return .changed
    }

    /// The input read timed out: ends the undo step; closes a paste that never ended.
    public mutating func noteIdle() -> EditorEffect {
        buffer.breakUndoCoalescing()
        if case .insert(let text) = pasteGuard.timeout() {
            return edit { $0.insert(TextEditor.withoutControls(text)) }
        }
        return .none
    }

    /// Starts a search for `query` from the caret (a match at the caret counts).
    public mutating func find(_ query: String) -> EditorEffect {
        goalColumn = nil
        search = TextSearch(query)
        guard let s = search, let m = s.next(from: buffer.caret, in: buffer, strictlyAfter: false) else {
            return .notFound
        }
        buffer.moveCaret(to: m.range.lowerBound)
        afterMotion()
        return .moved
    }

    /// Stops highlighting the last search.
    public mutating func clearSearch() { search = nil }

    // MARK: Commands

    public mutating func perform(_ command: EditorCommand, clipboard: inout EditorClipboard) -> EditorEffect {
        let wasKill = lastWasKill
        lastWasKill = false
        let vertical: Set<EditorCommand> = [.moveUp, .moveDown, .pageUp, .pageDown]
        if !vertical.contains(command) { goalColumn = nil }
        // Motions read `buffer` directly: a local copy would still be alive when an edit mutates
        // it and force a copy of the line array on every keystroke.
        switch command {
        case .moveLeft: return move(TextMotion.left(from: buffer.caret, in: buffer))
        case .moveRight: return move(TextMotion.right(from: buffer.caret, in: buffer))
        case .lineStart: return move(TextMotion.lineStart(from: buffer.caret, in: buffer))
        case .lineEnd: return move(TextMotion.lineEnd(from: buffer.caret, in: buffer))
        case .wordLeft: return move(TextMotion.wordLeft(from: buffer.caret, in: buffer))
        case .wordRight: return move(TextMotion.wordRight(from: buffer.caret, in: buffer))
        case .paragraphUp: return move(TextMotion.paragraphUp(from: buffer.caret, in: buffer))
        case .paragraphDown: return move(TextMotion.paragraphDown(from: buffer.caret, in: buffer))
        case .documentStart: return move(TextMotion.documentStart(in: buffer))
        case .documentEnd: return move(TextMotion.documentEnd(in: buffer))
        case .rowStart: return move(TextMotion.rowStart(from: buffer.caret, in: buffer, wrap: &wrap))
        case .rowEnd: return move(TextMotion.rowEnd(from: buffer.caret, in: buffer, wrap: &wrap))
        case .moveUp: return vertically(-1, scrolling: false)
        case .moveDown: return vertically(1, scrolling: false)
        case .pageUp: return vertically(-max(1, viewport.height - 1), scrolling: true)
        case .pageDown: return vertically(max(1, viewport.height - 1), scrolling: true)

        case .newline: return edit { $0.insert("\n") }
        case .insertTab: return edit { $0.insert("\t") }
        case .deleteBackward: return edit { $0.deleteBackward() }
        case .deleteForward: return edit { $0.deleteForward() }
        case .deleteWordBackward: return edit { $0.deleteWordBackward() }
        case .deleteWordForward: return edit { $0.deleteWordForward() }
        case .joinLines: return edit { $0.joinLines() }
        case .killLine:
            var killed = ""
            let effect = edit { killed = $0.killToEndOfLine() }
            if !killed.isEmpty {
                clipboard.text = wasKill ? clipboard.text + killed : killed
                lastWasKill = true
            }
            return effect
        case .cut, .cutOrDeleteWord:
            if buffer.selection == nil {
                return command == .cut ? .none : edit { $0.deleteWordBackward() }
            }
            var taken: String?
            let effect = edit { taken = $0.cut() }
            if let taken { clipboard.text = taken }
            return effect
        case .copy:
            guard let t = buffer.copy() else { return .none }
            clipboard.text = t
            return .moved
        case .paste:
            guard !clipboard.isEmpty else { return .none }
            let text = clipboard.text
            return edit { $0.insert(text) }
        case .undo: return edit { $0.undo() }
        case .redo: return edit { $0.redo() }

        case .toggleMark:
            if buffer.anchor == nil { buffer.setMark() } else { buffer.clearMark() }
            return .moved
        case .selectAll:
            buffer.selectAll()
            afterMotion()
            return .moved

        case .save: return .save
        case .leave:
            buffer.clearMark()
            return .leave
        case .search: return .search
        case .searchNext, .searchPrevious:
            guard let s = search else { return .search }
            let m = command == .searchNext ? s.next(from: buffer.caret, in: buffer) : s.previous(from: buffer.caret, in: buffer)
            guard let m else { return .notFound }
            return move(m.range.lowerBound)
        case .editExternal: return .editExternal
        }
    }

    // MARK: Helpers

    /// Typed and pasted text keeps tabs and newlines but no other C0/C1 control or DEL: they
    /// have no place in a published document, and a pasted escape sequence must not be stored
    /// only to be sanitised on every draw. (Text read back whole, e.g. from $EDITOR, is kept
    /// as it is and made safe when drawn.)
    static func withoutControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnwantedControl) else { return text }
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars where !isUnwantedControl(u) { out.append(u) }
        return String(out)
    }

    static func isUnwantedControl(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }

    private mutating func move(_ p: TextPosition) -> EditorEffect {
        buffer.moveCaret(to: p)
        afterMotion()
        return .moved
    }

    private mutating func vertically(_ rows: Int, scrolling: Bool) -> EditorEffect {
        let column = goalColumn ?? wrap.column(of: buffer.caret, in: buffer)
        let target = TextMotion.rows(rows, from: buffer.caret, column: column, in: buffer, wrap: &wrap)
        if scrolling { viewport.scroll(by: rows, in: buffer, wrap: &wrap) }
        buffer.moveCaret(to: target)
        goalColumn = column
        viewport.scrollToCaret(buffer.caret, in: buffer, wrap: &wrap)
        return .moved
    }

    private mutating func edit(_ body: (inout TextBuffer) -> Void) -> EditorEffect {
        let revision = buffer.revision, caret = buffer.caret, anchor = buffer.anchor
        body(&buffer)
        afterChange()
        if buffer.revision != revision { return .changed }
        return buffer.caret != caret || buffer.anchor != anchor ? .moved : .none
    }

    private mutating func afterMotion() {
        viewport.scrollToCaret(buffer.caret, in: buffer, wrap: &wrap)
    }

    private mutating func afterChange() {
        viewport.scrollToCaret(buffer.caret, in: buffer, wrap: &wrap)
    }

    // MARK: Drawing

    /// The visual rows on screen (wrapping and caching only those lines).
    public mutating func visibleRows() -> [VisualRow] {
        viewport.visibleRows(in: buffer, wrap: &wrap)
    }

    /// Draws the text area at (x, y) and returns where the hardware cursor goes (the caret).
    /// Search matches on screen are highlighted. Pure: call `resize` first when the area changed.
    public func render(into grid: inout CellGrid, x: Int, y: Int, width: Int, height: Int,
                       styles: EditorStyles = EditorStyles()) -> (x: Int, y: Int)? {
        var highlight: [Range<TextPosition>] = []
        if let search {
            let top = viewport.top
            let line = min(max(0, top.line), buffer.lineCount - 1)
            let starts = wrap.peekRows(line, in: buffer, need: .row(top.row)).starts
            let start = TextPosition(line: line, index: starts[min(max(0, top.row), starts.count - 1)])
            highlight = search.ranges(in: buffer, from: start, cells: width * height, lines: height)
        }
        return viewport.render(buffer, caret: buffer.caret, selection: buffer.selection, wrap: wrap,
                               into: &grid, x: x, y: y, width: width, height: height,
                               styles: styles, highlight: highlight)
    }
}
