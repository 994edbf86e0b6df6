import GongkaiCore

/// 编辑命令 — every editor action by name; keys bind to these names (see `EditorKeymap`),
/// and the app's `:` prompt can run the same names.
public enum EditorCommand: String, CaseIterable, Sendable {
    case moveLeft = "move-left"
    case moveRight = "move-right"
    case moveUp = "move-up"
    case moveDown = "move-down"
    /// Home: start of the screen row, pressed again: start of the logical line.
    case rowStart = "row-start"
    /// End: end of the screen row, pressed again: end of the logical line.
    case rowEnd = "row-end"
    case lineStart = "line-start"
    case lineEnd = "line-end"
    case wordLeft = "word-left"
    case wordRight = "word-right"
    case paragraphUp = "paragraph-up"
    case paragraphDown = "paragraph-down"
    case pageUp = "page-up"
    case pageDown = "page-down"
    case documentStart = "document-start"
    case documentEnd = "document-end"

    case newline = "newline"
    case insertTab = "insert-tab"
    case deleteBackward = "delete-backward"
    case deleteForward = "delete-forward"
    case deleteWordBackward = "delete-word-backward"
    case deleteWordForward = "delete-word-forward"
    /// Cut the selection; with nothing selected, delete the word before the caret (readline's
    /// C-w), so the key is never dead.
    case cutOrDeleteWord = "cut-or-delete-word"
    case killLine = "kill-line"
    case joinLines = "join-lines"

    case toggleMark = "toggle-mark"
    case selectAll = "select-all"
    case cut = "cut"
    case copy = "copy"
    case paste = "paste"
    case undo = "undo"
    case redo = "redo"

    case save = "save"
    case leave = "leave"
    case search = "search"
    case searchNext = "search-next"
    case searchPrevious = "search-prev"
    case editExternal = "edit-external"

    /// The summary shown in the help overlay and Docs/, in the interface language.
    public var summary: String { summaryPhrase.text() }

    /// The summary in both languages.
    public var summaryPhrase: Phrase {
        switch self {
        case .moveLeft: return TUIText.Editor.moveLeft
        case .moveRight: return TUIText.Editor.moveRight
        case .moveUp: return TUIText.Editor.moveUp
        case .moveDown: return TUIText.Editor.moveDown
        case .rowStart: return TUIText.Editor.rowStart
        case .rowEnd: return TUIText.Editor.rowEnd
        case .lineStart: return TUIText.Editor.lineStart
        case .lineEnd: return TUIText.Editor.lineEnd
        case .wordLeft: return TUIText.Editor.wordLeft
        case .wordRight: return TUIText.Editor.wordRight
        case .paragraphUp: return TUIText.Editor.paragraphUp
        case .paragraphDown: return TUIText.Editor.paragraphDown
        case .pageUp: return TUIText.Editor.pageUp
        case .pageDown: return TUIText.Editor.pageDown
        case .documentStart: return TUIText.Editor.documentStart
        case .documentEnd: return TUIText.Editor.documentEnd
        case .newline: return TUIText.Editor.newline
        case .insertTab: return TUIText.Editor.insertTab
        case .deleteBackward: return TUIText.Editor.deleteBackward
        case .deleteForward: return TUIText.Editor.deleteForward
        case .deleteWordBackward: return TUIText.Editor.deleteWordBackward
        case .deleteWordForward: return TUIText.Editor.deleteWordForward
        case .cutOrDeleteWord: return TUIText.Editor.cutOrDeleteWord
        case .killLine: return TUIText.Editor.killLine
        case .joinLines: return TUIText.Editor.joinLines
        case .toggleMark: return TUIText.Editor.toggleMark
        case .selectAll: return TUIText.Editor.selectAll
        case .cut: return TUIText.Editor.cut
        case .copy: return TUIText.Editor.copy
        case .paste: return TUIText.Editor.paste
        case .undo: return TUIText.Editor.undo
        case .redo: return TUIText.Editor.redo
        case .save: return TUIText.Editor.save
        case .leave: return TUIText.Editor.leave
        case .search: return TUIText.Editor.search
        case .searchNext: return TUIText.Editor.searchNext
        case .searchPrevious: return TUIText.Editor.searchPrevious
        case .editExternal: return TUIText.Editor.editExternal
        }
    }
}

/// 编辑结果 — what handling one input did, for the caller to act on (Bubble Tea style: the
/// editor changes only its own state; saving, prompting and leaving are the caller's).
public enum EditorEffect: Equatable, Sendable {
    /// Nothing happened (a paste still being collected, an edit that changed nothing).
    case none
    /// The text changed: redraw, and schedule the draft journal.
    case changed
    /// Only the caret, selection or view moved: redraw.
    case moved
    /// Save the text (Ctrl-S); call `markSaved()` once it is stored.
    case save
    /// Leave editing mode (Esc).
    case leave
    /// Open the search prompt; then call `find(_:)` with the query.
    case search
    /// A search (next/previous) found nothing; the caret did not move.
    case notFound
    /// Hand the text to $VISUAL/$EDITOR; then call `replaceAll(with:)` with what comes back.
    case editExternal
    /// A key the editor does not bind (F1, F10, C-l …): the caller's global keymap may use it.
    case unhandled(Key)
}
