import GongkaiCore
import GongkaiStore

/// What the 文件 pane needs beyond its rows: one document, saving, search, and the draft journal
/// — all through the service door, so the TUI keeps the CLI's rules.
public protocol DocumentsDataSource: AnyObject {
    var today: CivilDate { get }
    func documentDetail(id: String) throws -> DocumentDetail
    func saveDocument(_ edit: DocumentEdit) throws -> DocumentUpdateResult
    /// 登记文件 — the first save of a new document (the call `gongkai doc add` makes).
    func addDocument(_ request: NewDocument) throws -> DocumentSaved
    /// What the new-document form offers (units the officer may add for, the catalog's columns).
    func newDocumentChoices() throws -> NewDocumentChoices
    /// The officer's own unit (the new-document form's default).
    func officerUnit() throws -> String
    /// The first hits of a search (the service's limit) and how many match in all.
    func searchDocuments(_ query: String) throws -> DocumentSearchResult
    var documentJournal: DocumentDraftJournal { get }
}

extension ServiceDataSource: DocumentsDataSource {
    public func documentDetail(id: String) throws -> DocumentDetail { try service.document(id: id) }

    public func saveDocument(_ edit: DocumentEdit) throws -> DocumentUpdateResult { try service.updateDocument(edit) }

    public func addDocument(_ request: NewDocument) throws -> DocumentSaved { try service.addDocument(request) }

    public func newDocumentChoices() throws -> NewDocumentChoices {
        // A workspace from before the catalog has no columns: the document is then filed nowhere.
        let tree = (try? service.catalogTree()) ?? []
        return NewDocumentChoices(units: try actingUnits(), columns: NewDocumentChoices.columns(of: tree))
    }

    public func officerUnit() throws -> String { try service.currentOfficer().officer.unitId }

    public func searchDocuments(_ query: String) throws -> DocumentSearchResult { try service.searchDocumentsCounted(query) }
}
