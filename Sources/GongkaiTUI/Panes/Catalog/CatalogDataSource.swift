import GongkaiCore
import GongkaiStore

/// 目录数据来源 — what the 目录 pane reads and changes, through the service door (the same functions as
/// `gongkai catalog …`), and the 文件 pane's rows while it is filtered by a column.
public protocol CatalogDataSource: AnyObject {
    func catalogTree(includeRetired: Bool) throws -> [CatalogTreeNode]
    func documentCount(inCatalog nodeID: String) throws -> Int
    func documentRows(inCatalog nodeID: String, offset: Int, limit: Int) throws -> [PaneRow]
    /// Where a document sits in the filtered list (nil: not there).
    func documentIndex(of id: String, inCatalog nodeID: String) throws -> Int?
    /// The `limit` rows of the filtered list just after or before document `id`, read from its
    /// sort key (nil: not there, read by position).
    func documentRows(inCatalog nodeID: String, beside id: String, side: PageSide, limit: Int) throws -> [PaneRow]?
    /// Why the officer may not change the catalog (nil: an admin may). The service checks again on
    /// every change; this only spares typing a form that would be refused.
    func catalogEditRefusal() -> String?
    func addCatalogNode(name: String, under parentID: String?) throws -> CatalogNodeSummary
    func renameCatalogNode(_ id: String, to name: String) throws -> CatalogNodeSummary
    /// `parent` is a path, id or unique name; nil moves the column to the top level.
    func moveCatalogNode(_ id: String, under parent: String?) throws -> CatalogNodeSummary
    func shiftCatalogNode(_ id: String, by delta: Int) throws -> CatalogNodeSummary
    func retireCatalogNode(_ id: String) throws -> CatalogNodeSummary
    func restoreCatalogNode(_ id: String) throws -> CatalogNodeSummary
}

extension ServiceDataSource: CatalogDataSource {
    public func catalogTree(includeRetired: Bool) throws -> [CatalogTreeNode] {
        try service.catalogTree(includeRetired: includeRetired)
    }

    public func documentCount(inCatalog nodeID: String) throws -> Int {
        try service.documentCount(inCatalog: nodeID)
    }

    public func documentRows(inCatalog nodeID: String, offset: Int, limit: Int) throws -> [PaneRow] {
        try service.listDocuments(DocumentQuery(catalogNode: nodeID, offset: offset, limit: limit)).items
            .map(DocumentsPane.row)
    }

    public func documentRows(inCatalog nodeID: String, beside id: String, side: PageSide, limit: Int) throws -> [PaneRow]? {
        try service.documents(beside: id, side: side, limit: limit, catalogNode: nodeID)?.map(DocumentsPane.row)
    }

    public func documentIndex(of id: String, inCatalog nodeID: String) throws -> Int? {
        try service.documentPosition(id: id, inCatalog: nodeID)
    }

    public func catalogEditRefusal() -> String? {
        do {
            try service.currentOfficer().requireAdmin()
            return nil
        } catch {
            return "\(error)"
        }
    }

    public func addCatalogNode(name: String, under parentID: String?) throws -> CatalogNodeSummary {
        try service.addCatalogNode(AddCatalogNodeRequest(parent: parentID, name: name))
    }

    public func renameCatalogNode(_ id: String, to name: String) throws -> CatalogNodeSummary {
        try service.renameCatalogNode(RenameCatalogNodeRequest(node: id, name: name))
    }

    public func moveCatalogNode(_ id: String, under parent: String?) throws -> CatalogNodeSummary {
        try service.moveCatalogNode(MoveCatalogNodeRequest(node: id, parent: parent))
    }

    public func shiftCatalogNode(_ id: String, by delta: Int) throws -> CatalogNodeSummary {
        try service.reorderCatalogNode(ReorderCatalogNodeRequest(node: id, delta: delta))
    }

    public func retireCatalogNode(_ id: String) throws -> CatalogNodeSummary {
        try service.retireCatalogNode(CatalogNodeReference(node: id))
    }

    public func restoreCatalogNode(_ id: String) throws -> CatalogNodeSummary {
        try service.restoreCatalogNode(CatalogNodeReference(node: id))
    }
}
