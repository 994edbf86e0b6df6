import GongkaiCore
import GongkaiStore

/// What the 文件 pane needs beyond its rows: one document, saving, search, and the draft journal
/// — all through the service door, so the TUI keeps the CLI's rules.
public protocol DocumentsDataSource: AnyObject {
    var today: CivilDate { get }
    func documentDetail(id: String) throws -> DocumentDetail
    func saveDocument(_ edit: DocumentEdit) throws -> DocumentUpdateResult
    func searchDocuments(_ query: String) throws -> [DocumentSearchHit]
    var documentJournal: DocumentDraftJournal { get }
}

extension ServiceDataSource: DocumentsDataSource {
    public func documentDetail(id: String) throws -> DocumentDetail { try service.document(id: id) }

    public func saveDocument(_ edit: DocumentEdit) throws -> DocumentUpdateResult { try service.updateDocument(edit) }

    public func searchDocuments(_ query: String) throws -> [DocumentSearchHit] { try service.searchDocuments(query) }
}
