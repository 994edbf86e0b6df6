import GongkaiCore
import GongkaiStore

/// 文件窗格状态 — the open editor, the search results and the recovery offer, as plain values so
/// the view stays a pure function of the state.
public struct DocumentsPaneState: Equatable, Sendable {
    public var editor: DocumentEditorState?
    /// `/` 检索结果 while shown.
    public var search: DocumentSearchView?
    /// 草稿恢复 — a journaled draft found at start, waiting for r (recover) or d (discard).
    public var recovery: DocumentDraftJournal.Entry?
    /// 新建文件表单 while open (`a`, `:new`).
    public var newDraft: NewDocumentForm?
    /// The version of the open document another session's change was last reported for.
    public var externalVersionNoticed: Int?

    public init() {}
}

/// 检索结果视图 — hits with their snippets; the terms are highlighted when drawn.
public struct DocumentSearchView: Equatable, Sendable {
    public var query: String
    public var hits: [DocumentSearchHit]
    /// Every match, of which `hits` lists the first (the search's limit).
    public var total: Int
    public var selected = 0
    public var scroll = 0

    public init(query: String, hits: [DocumentSearchHit], total: Int? = nil) {
        self.query = query
        self.hits = hits
        self.total = max(total ?? hits.count, hits.count)
    }

    public init(query: String, result: DocumentSearchResult) {
        self.init(query: query, hits: result.hits, total: result.total)
    }

    /// 共 N 件（，显示前 M 件）.
    var countText: String { TUIText.Documents.searchCountText(total: total, listed: hits.count) }
}

/// 文件编辑状态 — one document open in the editor: the metadata form, the body editor, where the
/// keys go, and the save's outcome (a conflict waits here until the officer chooses).
public struct DocumentEditorState: Equatable, Sendable {
    public enum Focus: Equatable, Sendable {
        case field(DocumentMetadataForm.Field)
        case body
    }

    /// What the one-line prompt at the bottom is for.
    public enum Prompt: Equatable, Sendable {
        /// 文内查找 (C-f).
        case find
        /// 退出编辑 with unsaved changes: s save, d discard, other keys go back.
        case confirmLeave
    }

    public var id: String
    /// The document as it was opened (or last saved): its version is the save's `expectedVersion`.
    public var opened: DocumentDetail
    public var form: DocumentMetadataForm
    public var body: TextEditor
    public var focus: Focus = .body
    /// Metadata or body changed since opened or saved.
    public var isModified = false
    /// Changes not yet written to the journal.
    public var journalPending = false
    public var prompt: Prompt?
    public var promptText = ""
    public var promptCaret = 0
    /// 修改冲突 — another officer saved first; shown until the officer chooses.
    public var conflict: DocumentConflict?
    /// Bracketed paste into a metadata field (the body editor has its own).
    public var fieldPaste = PasteGuard()
    /// Only drafts are edited; other states open read-only.
    public var readOnly: Bool

    public init(_ detail: DocumentDetail, width: Int = 80, height: Int = 20) {
        id = detail.id
        opened = detail
        form = DocumentMetadataForm(DocumentEdit(detail))
        body = TextEditor(text: detail.body, width: width, height: height)
        readOnly = detail.state != .draft
    }

    /// The edit a save sends now.
    public func currentEdit() throws -> DocumentEdit {
        try form.edit(id: id, version: opened.version, body: body.text)
    }
}
