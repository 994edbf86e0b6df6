import Foundation
import GRDB
import GongkaiCore

/// 目录读取 — the catalog tree with its counts and dates, the check, and the documents of a column.
extension GongkaiService {
    /// 目录树 — the catalog (or one unit's sub-catalog: `unit` is a unit id or name) as nested nodes with
    /// counts and last-updated dates; retired columns only when asked.
    public func catalogTree(unit: String? = nil, includeRetired: Bool = false,
                            stalenessDays: Int = CatalogCheck.defaultStalenessDays) throws -> [CatalogTreeNode] {
        let today = self.today()
        return try read(setUp: Self.requireCatalog) { db, access in
            // Counts, latest dates and staleness cover only what the officer may see (own unit's
            // documents, or all for the county office) with the column's own updates (standard
            // items, its last change): another unit's documents — a withheld draft of a township —
            // never show through a date. `catalog check` (admins) sees everything.
            let scope = access.scope
            let (tree, stats) = try workspace.catalogSnapshots.snapshot(db, today: today, stalenessDays: stalenessDays,
                                                                        scope: scope)
            var roots = tree.children(of: nil, includeRetired: includeRetired)
            if let unit {
                let unitRow = try Self.resolveUnitRow(db, unit)
                guard let id = try CatalogStore.unitNodeID(db, unitID: unitRow.id), let node = tree[id] else {
                    throw CatalogServiceError.unknownNode("部门乡镇信息公开/" + unitRow.name)
                }
                roots = [node]
            }
            return roots.map { stats.treeNode($0, in: tree, includeRetired: includeRetired) }
        }
    }

    /// 目录检查 — runs `CatalogCheck` on the stored catalog with the stored counts and dates.
    public func catalogCheck(today: CivilDate? = nil,
                             stalenessDays: Int = CatalogCheck.defaultStalenessDays) throws -> CatalogCheckReport {
        let day = today ?? self.today()
        guard stalenessDays > 0 else { throw CatalogError.invalidStalenessDays(stalenessDays) }
        return try read(setUp: Self.requireCatalog) { db, access in
            let tree = try CatalogStore.loadTree(db)
            // Only what the officer may see counts (as in `catalogTree`): a column is not fresh,
            // nor dated, by another unit's documents.
            let stats = try CatalogStats.load(db, tree: tree, today: day, stalenessDays: stalenessDays,
                                              scope: access.scope)
            let problems = stats.problems
            let errors = problems.filter { $0.severity == .error }.count
            return CatalogCheckReport(today: day, stalenessDays: stalenessDays, problems: problems,
                                      errors: errors, warnings: problems.count - errors)
        }
    }

    /// The column a reference (id, path or unique name) names.
    public func catalogNode(_ reference: String) throws -> CatalogNodeSummary {
        try readShared { db in CatalogNodeSummary(try CatalogStore.resolve(reference, in: CatalogStore.loadTree(db))) }
    }

    /// 栏目文件数 — documents filed in the column or anywhere below it (each counted once), of the units
    /// the officer may see.
    public func documentCount(inCatalog nodeID: CatalogNodeID) throws -> Int {
        try read { db, access in
            let scope = access.scope
            return try Int.fetchOne(db, sql: Self.subtreeSQL + """
                SELECT COUNT(*) FROM document d WHERE \(Self.inSubtree) AND \(scope.sql("d.unitId"))
                """, arguments: [nodeID] + scope.arguments) ?? 0
        }
    }

    /// 栏目文件 — one page of the documents in the column or below it, newest formed first.
    public func documents(inCatalog nodeID: CatalogNodeID, offset: Int, limit: Int) throws -> [DocumentSummary] {
        try read { db, access in
            let scope = access.scope
            let rows = try Row.fetchAll(db, sql: Self.subtreeSQL + """
                SELECT d.*, u.name AS unitName FROM document d JOIN unit u ON u.id = d.unitId
                WHERE \(Self.inSubtree) AND \(scope.sql("d.unitId"))
                ORDER BY d.formed DESC, d.id DESC LIMIT ? OFFSET ?
                """, arguments: [nodeID] + scope.arguments + [limit, offset])
            return try rows.map(Self.documentSummary)
        }
    }

    /// Where document `id` sits in `documents(inCatalog:…)` order, or nil when it is not listed there.
    public func documentPosition(id: String, inCatalog nodeID: CatalogNodeID) throws -> Int? {
        try read { db, access in
            let scope = access.scope
            guard let row = try Row.fetchOne(db, sql: Self.subtreeSQL + """
                SELECT formed FROM document d WHERE d.id = ? AND \(Self.inSubtree) AND \(scope.sql("d.unitId"))
                """, arguments: [nodeID, id] + scope.arguments) else { return nil }
            let formed: String = row["formed"]
            return try Int.fetchOne(db, sql: Self.subtreeSQL + """
                SELECT COUNT(*) FROM document d WHERE \(Self.inSubtree) AND \(scope.sql("d.unitId"))
                AND (d.formed > ? OR (d.formed = ? AND d.id > ?))
                """, arguments: [nodeID] + scope.arguments + [formed, formed, id])
        }
    }

    /// `d` is filed in the `subtree` CTE's columns.
    static let inSubtree = "d.id IN (SELECT dc.documentId FROM documentCatalog dc JOIN subtree s ON s.id = dc.nodeId)"

    /// 标准目录事项 — the items of a column (and, by default, of the columns below it); all when nil.
    public func listStandardItems(node reference: String? = nil,
                                  includeDescendants: Bool = true) throws -> [StoredStandardItem] {
        try readShared { db in
            let tree = try CatalogStore.loadTree(db)
            var ids: Set<CatalogNodeID>? = nil
            if let reference {
                let node = try CatalogStore.resolve(reference, in: tree)
                ids = [node.id]
                if includeDescendants { ids!.formUnion(tree.descendants(of: node.id).map(\.id)) }
            }
            let order = Dictionary(uniqueKeysWithValues: tree.nodes.enumerated().map { ($1.id, $0) })
            let rows = try StandardCatalogItemRow.fetchAll(db, sql: "SELECT * FROM standardCatalogItem ORDER BY id")
            return try rows.filter { ids?.contains($0.nodeId) ?? true }
                .sorted { (order[$0.nodeId] ?? .max, $0.serialNumber ?? .max, $0.id ?? 0)
                            < (order[$1.nodeId] ?? .max, $1.serialNumber ?? .max, $1.id ?? 0) }
                .map { row in
                    StoredStandardItem(id: row.id ?? 0, nodeId: row.nodeId, nodePath: tree[row.nodeId]?.path ?? row.nodeId,
                                       item: try row.item(), updatedOn: CivilDate(iso: row.updatedOn) ?? self.today())
                }
        }
    }

    /// The ids of a column and all columns below it, as a CTE named `subtree` (one bound argument).
    static let subtreeSQL = """
        WITH RECURSIVE subtree(id) AS (
          SELECT ? UNION SELECT c.id FROM catalogNode c JOIN subtree ON c.parentId = subtree.id)

        """

    /// A unit by code or exact name (`UnitResolver`).
    static func resolveUnitRow(_ db: Database, _ reference: String) throws -> UnitRow {
        try UnitResolver.resolve(db, reference)
    }
}

extension GongkaiService {
    /// A workspace with no catalog yet is refused with how to get one, whoever asks.
    static func requireCatalog(_ db: Database) throws {
        guard try !CatalogStore.isEmpty(db) else { throw CatalogServiceError.catalogNotSeeded }
    }
}
