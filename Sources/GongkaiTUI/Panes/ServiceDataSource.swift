import Foundation
import GongkaiCore
import GongkaiStore

/// The panes' rows, read through the service door (the same functions the CLI calls).
public final class ServiceDataSource: PaneDataSource {
    let service: GongkaiService
    /// 申请窗格的筛选 (state, unit, search), set by the pane's commands.
    public var applicationQuery = ApplicationQuery() { didSet { counted[.applications] = nil } }
    /// 表单草稿 in the officer's draft store (none for an in-memory workspace).
    public var formDraft: FormDraft
    /// The length of each list as last counted (at start, Ctrl-L and after every change): a
    /// scroll reads only its window, never recounts, and reads a window in the second half from
    /// the end.
    var counted: [PaneKind: Int] = [:]

    /// 正文草稿 — the open document editor's journal in the officer's draft store.
    public var documentJournal: DocumentDraftJournal
    /// 文书目录 — where the 申请 pane's `W` writes letters on the officer's side (`letters` in the
    /// working directory; an absolute path is taken as it is).
    public var letterDirectory: String

    /// Where drafts are kept: nil for `OfficerSide.files` (the officer's side; tests give their own).
    public let officerFiles: (any OfficerFiles)?

    public init(service: GongkaiService, files: (any OfficerFiles)? = nil) {
        self.service = service
        officerFiles = files
        let workspace = service.workspace.path, login = service.actor.login
        LegacyDrafts.migrate(workspace: workspace, login: login, files: files ?? OfficerSide.files)
        formDraft = FormDraft.forWorkspace(workspace, login: login, files: files)
        documentJournal = DocumentDraftJournal.forWorkspace(workspace, login: login, files: files)
        letterDirectory = Self.defaultLetterDirectory
    }

    public func columns(for pane: PaneKind) -> [PaneColumn] {
        switch pane {
        case .catalog: return CatalogPane.columns
        case .documents: return DocumentsPane.columns
        case .interpretations: return InterpretationsPane.columns
        case .applications: return ApplicationsPane.columns
        }
    }

    public func count(for pane: PaneKind) throws -> Int {
        let n = try recount(pane)
        counted[pane] = n
        return n
    }

    func recount(_ pane: PaneKind) throws -> Int {
        switch pane {
        case .catalog: return try service.catalogTree().count
        case .documents: return try service.documentCount(filter: .all)
        case .interpretations: return try service.interpretationCount()
        case .applications:
            var q = applicationQuery
            q.offset = 0
            q.limit = 0
            return try service.listApplications(q).total
        }
    }

    public func rows(for pane: PaneKind, offset: Int, limit: Int) throws -> [PaneRow] {
        switch pane {
        case .catalog:
            // The top categories, collapsed; the app model keeps the expandable tree (CatalogTreeState).
            var tree = CatalogTreeState()
            tree.load(try service.catalogTree())
            return CatalogTreeView.rows(tree, offset: offset, limit: limit)
        case .documents:
            if let total = counted[.documents] {
                return try service.documentWindow(offset: offset, limit: limit, total: total).map(DocumentsPane.row)
            }
            return try service.listDocuments(DocumentQuery(offset: offset, limit: limit)).items.map(DocumentsPane.row)
        case .interpretations:
            return try service.interpretationWindow(offset: offset, limit: limit).map(InterpretationsPane.row)
        case .applications:
            var q = applicationQuery
            q.offset = offset
            q.limit = limit
            if let total = counted[.applications] {
                return try service.applicationWindow(q, total: total).map(ApplicationsPane.row)
            }
            return try service.listApplications(q).items.map(ApplicationsPane.row)
        }
    }

    public func rows(for pane: PaneKind, beside id: String, side: PageSide, limit: Int) throws -> [PaneRow]? {
        switch pane {
        case .catalog: return nil
        case .documents: return try service.documents(beside: id, side: side, limit: limit)?.map(DocumentsPane.row)
        case .interpretations:
            return try service.interpretationWindow(beside: id, side: side, limit: limit)?.map(InterpretationsPane.row)
        case .applications:
            return try service.applications(beside: id, side: side, query: applicationQuery, limit: limit)?
                .map(ApplicationsPane.row)
        }
    }

    public func index(of id: String, in pane: PaneKind) throws -> Int? {
        switch pane {
        case .catalog: return try service.catalogTree().firstIndex { $0.id == id }
        case .documents: return try service.documentPosition(id: id, filter: .all)
        case .interpretations: return try service.interpretationPosition(doc: id)
        case .applications: return try service.applicationPosition(id: id, query: applicationQuery)
        }
    }

    public func emptyHint(for pane: PaneKind, newKey: String) -> String {
        switch pane {
        case .catalog: return TUIText.Empty.catalog.text()
        case .documents: return TUIText.Empty.documents.text([newKey])
        case .interpretations: return TUIText.Empty.interpretations.text()
        case .applications: return applicationQuery.isFiltered ? TUIText.Empty.applicationsFiltered.text()
                                                                : TUIText.Empty.applications.text([newKey])
        }
    }

    /// The status bar's figures (user and 待办) — no counts over whole tables.
    public func overview() throws -> WorkspaceOverview { try service.overview(counts: false) }
}
