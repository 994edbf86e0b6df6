import Foundation
import GRDB
import GongkaiCore

/// 目录维护 — adding, renaming, moving, reordering, retiring and deleting columns, filing standard catalog
/// items and documents. Each one runs through `change`, so it lands with its audit entry or not at all,
/// and the tree's own rules (`CatalogTree`) decide what is allowed.
extension GongkaiService {
    /// 新增栏目.
    @discardableResult
    public func addCatalogNode(_ request: AddCatalogNodeRequest) throws -> CatalogNodeSummary {
        try checkInput(request)
        let today = self.today()
        let areas = try Self.nationalAreas(request.nationalAreas)
        // The audit item is the parent (nil at the top level): the new column's id exists only inside the
        // change, and it is in the entry's `after`.
        let parentItem = try request.parent.map { try catalogNode($0).id }
        return try change(.catalogAdd, item: parentItem, require: { try $0.requireAdmin() }) { db in
            let old = try CatalogStore.loadTree(db)
            var tree = old
            let parentID = try request.parent.map { try CatalogStore.resolve($0, in: old).id }
            let owner = try request.ownerUnit.map { try Self.resolveUnitRow(db, $0).id }
            let id = try tree.add(request.name, under: parentID, on: today, at: request.position,
                                  ownerUnitID: owner, nationalAreas: areas)
            try CatalogStore.save(db, old: old, new: tree)
            let node = CatalogNodeSummary(tree[id]!)
            return (node, ChangeRecord(after: AuditLog.json(node)))
        }
    }

    /// 栏目属性 — sets the national areas (国办发〔2019〕54号) a column covers, its owner unit and its own
    /// staleness period; `catalog check` then judges coverage, owners and staleness with them.
    @discardableResult
    public func updateCatalogNode(_ request: UpdateCatalogNodeRequest) throws -> CatalogTreeNode {
        try checkInput(request)
        let areas = try request.nationalAreas.map(Self.nationalAreas)
        let id = try catalogNode(request.node).id
        try change(.catalogUpdate, item: id, require: { try $0.requireAdmin() }) { db in
            let old = try CatalogStore.loadTree(db)
            var tree = old
            if let areas { try tree.setNationalAreas(id, areas) }
            if request.clearOwner {
                try tree.setOwner(id, unitID: nil)
            } else if let owner = request.ownerUnit {
                try tree.setOwner(id, unitID: try Self.resolveUnitRow(db, owner).id)
            }
            if request.clearStalenessDays {
                try tree.setStalenessDays(id, nil)
            } else if let days = request.stalenessDays {
                try tree.setStalenessDays(id, days)
            }
            try CatalogStore.save(db, old: old, new: tree)
            return ((), ChangeRecord(before: AuditLog.json(old[id]!), after: AuditLog.json(tree[id]!)))
        }
        return try catalogTreeNode(id)
    }

    /// One column as the tree shows it (with its own children and counts).
    public func catalogTreeNode(_ reference: String) throws -> CatalogTreeNode {
        let today = self.today()
        return try readShared { db in
            let tree = try CatalogStore.loadTree(db)
            let node = try CatalogStore.resolve(reference, in: tree)
            let stats = try CatalogStats.load(db, tree: tree, today: today,
                                              stalenessDays: CatalogCheck.defaultStalenessDays)
            return stats.treeNode(node, in: tree, includeRetired: true)
        }
    }

    static func nationalAreas(_ texts: [String]) throws -> [NationalStandardArea] {
        try texts.flatMap { $0.split(whereSeparator: InputSeparators.list.contains) }.map { text in
            guard let area = NationalStandardArea(codeOrName: String(text)) else {
                throw CatalogServiceError.unknownArea(String(text))
            }
            return area
        }
    }

    /// 重命名栏目.
    @discardableResult
    public func renameCatalogNode(_ request: RenameCatalogNodeRequest) throws -> CatalogNodeSummary {
        try checkInput(request)
        return try changeNode(.catalogRename, request.node) { tree, id in try tree.rename(id, to: request.name) }
    }

    /// 移动栏目（连同下级）.
    @discardableResult
    public func moveCatalogNode(_ request: MoveCatalogNodeRequest) throws -> CatalogNodeSummary {
        try checkInput(request)
        return try changeNode(.catalogMove, request.node) { tree, id in
            let parentID = try request.parent.map { try CatalogStore.resolve($0, in: tree).id }
            try tree.move(id, under: parentID, at: request.position)
        }
    }

    /// 调整顺序 — to a position among the active siblings, or up/down by `delta` (the 目录 pane's K/J).
    @discardableResult
    public func reorderCatalogNode(_ request: ReorderCatalogNodeRequest) throws -> CatalogNodeSummary {
        try checkInput(request)
        return try changeNode(.catalogReorder, request.node) { tree, id in
            if let position = request.position {
                try tree.reorder(id, to: position)
            } else {
                try tree.shift(id, by: request.delta ?? 0)
            }
        }
    }

    /// 停用栏目 — kept with its items and documents for history, hidden from listings and the check.
    @discardableResult
    public func retireCatalogNode(_ request: CatalogNodeReference) throws -> CatalogNodeSummary {
        let today = self.today()
        return try changeNode(.catalogRetire, request.node) { tree, id in try tree.retire(id, on: today) }
    }

    /// 恢复栏目.
    @discardableResult
    public func restoreCatalogNode(_ request: CatalogNodeReference) throws -> CatalogNodeSummary {
        try changeNode(.catalogRestore, request.node) { tree, id in try tree.restore(id) }
    }

    /// 删除栏目 — only a mistaken column that never held anything; one holding items or documents is
    /// refused (retire it instead), and so is a statutory one.
    @discardableResult
    public func deleteCatalogNode(_ request: CatalogNodeReference) throws -> CatalogNodeSummary {
        let id = try catalogNode(request.node).id
        return try change(.catalogDelete, item: id, require: { try $0.requireAdmin() }) { db in
            let old = try CatalogStore.loadTree(db)
            let node = try CatalogStore.resolve(id, in: old)
            let documents = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documentCatalog WHERE nodeId = ?",
                                             arguments: [id]) ?? 0
            if documents > 0 { throw CatalogServiceError.holdsDocuments(path: node.path, count: documents) }
            let items = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM standardCatalogItem WHERE nodeId = ?",
                                         arguments: [id]) ?? 0
            var tree = old
            try tree.delete(id, itemCounts: [id: items])
            try CatalogStore.save(db, old: old, new: tree)
            let summary = CatalogNodeSummary(node)
            return (summary, ChangeRecord(before: AuditLog.json(summary)))
        }
    }

    /// 新增标准目录事项 — validated (`StandardCatalogItem.validate`) and filed under the column, which
    /// counts as updated today and can no longer be deleted.
    @discardableResult
    public func addStandardItem(_ request: AddStandardItemRequest) throws -> StoredStandardItem {
        try checkInput(request)
        let item = request.item
        let problems = item.validate()
        guard problems.isEmpty else { throw CatalogServiceError.invalidItem(problems.map(\.message)) }
        let today = self.today()
        let id = try catalogNode(request.node).id
        return try change(.catalogItemAdd, item: id, require: { try $0.requireAdmin() }) { db in
            let old = try CatalogStore.loadTree(db)
            let node = try CatalogStore.resolve(id, in: old)
            guard old.isActive(node.id) else { throw CatalogError.parentRetired(path: node.path) }
            var row = StandardCatalogItemRow(item: item, nodeId: node.id, on: today)
            try row.insert(db)
            var tree = old
            try tree.markUsed(node.id)
            try CatalogStore.save(db, old: old, new: tree, touched: [node.id], touchedOn: today)
            var filed = item
            filed.catalogNodeID = node.id
            let stored = StoredStandardItem(id: row.id ?? 0, nodeId: node.id, nodePath: node.path, item: filed,
                                            updatedOn: today)
            return (stored, ChangeRecord(after: AuditLog.json(stored)))
        }
    }

    /// 文件归入栏目 — files a document in a column (a document may sit in several).
    public func placeDocument(_ request: PlaceDocumentRequest) throws -> CatalogNodeSummary {
        try checkInput(request)
        let documentID = request.document
        let id = try catalogNode(request.node).id
        return try change(.catalogPlace, item: documentID, require: { try $0.requireAdmin() }) { db in
            let old = try CatalogStore.loadTree(db)
            let node = try CatalogStore.resolve(id, in: old)
            guard old.isActive(node.id) else { throw CatalogError.parentRetired(path: node.path) }
            guard try DocumentRow.fetchOne(db, key: documentID) != nil else {
                throw CatalogServiceError.unknownDocument(documentID)
            }
            try CatalogStore.place(db, documentID: documentID, nodeID: node.id)
            var tree = old
            try tree.markUsed(node.id)
            try CatalogStore.save(db, old: old, new: tree)
            let summary = CatalogNodeSummary(node)
            return (summary, ChangeRecord(after: AuditLog.json(["document": documentID, "node": node.id])))
        }
    }

    /// Loads the tree, applies one `CatalogTree` change to the referenced column and saves the result,
    /// with the column before and after in the audit entry.
    private func changeNode(_ action: AuditAction, _ reference: String,
                            _ apply: (inout CatalogTree, CatalogNodeID) throws -> Void) throws -> CatalogNodeSummary {
        let id = try catalogNode(reference).id
        return try change(action, item: id, require: { try $0.requireAdmin() }) { db in
            let old = try CatalogStore.loadTree(db)
            let before = CatalogNodeSummary(try CatalogStore.resolve(id, in: old))
            var tree = old
            try apply(&tree, id)
            try CatalogStore.save(db, old: old, new: tree)
            let after = CatalogNodeSummary(tree[id]!)
            return (after, ChangeRecord(before: AuditLog.json(before), after: AuditLog.json(after)))
        }
    }
}
