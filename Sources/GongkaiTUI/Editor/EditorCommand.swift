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

    /// The Chinese summary shown in the help overlay and Docs/.
    public var summary: String {
        switch self {
        case .moveLeft: return "左移一个字"
        case .moveRight: return "右移一个字"
        case .moveUp: return "上移一行（屏幕行）"
        case .moveDown: return "下移一行（屏幕行）"
        case .rowStart: return "到屏幕行首，再按到段首"
        case .rowEnd: return "到屏幕行尾，再按到段尾"
        case .lineStart: return "到本段（逻辑行）开头"
        case .lineEnd: return "到本段（逻辑行）末尾"
        case .wordLeft: return "左移一个词（连续汉字算一个词）"
        case .wordRight: return "右移一个词（连续汉字算一个词）"
        case .paragraphUp: return "上一个空行分隔的段落"
        case .paragraphDown: return "下一个空行分隔的段落"
        case .pageUp: return "向上翻页"
        case .pageDown: return "向下翻页"
        case .documentStart: return "到正文开头"
        case .documentEnd: return "到正文末尾"
        case .newline: return "换行（分段）"
        case .insertTab: return "插入制表符"
        case .deleteBackward: return "删除前一个字"
        case .deleteForward: return "删除后一个字"
        case .deleteWordBackward: return "删除前一个词"
        case .deleteWordForward: return "删除后一个词"
        case .cutOrDeleteWord: return "剪切选区；无选区时删除前一个词"
        case .killLine: return "删除到行尾（放入剪贴板，连按累积）"
        case .joinLines: return "把下一行接到本行"
        case .toggleMark: return "开始／取消选择"
        case .selectAll: return "全选"
        case .cut: return "剪切选区"
        case .copy: return "复制选区"
        case .paste: return "粘贴"
        case .undo: return "撤销"
        case .redo: return "重做"
        case .save: return "保存"
        case .leave: return "退出编辑"
        case .search: return "文内查找"
        case .searchNext: return "查找下一个"
        case .searchPrevious: return "查找上一个"
        case .editExternal: return "用外部编辑器（$VISUAL/$EDITOR）编辑正文"
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
