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
        return try writer.read { db in
            let tree = try CatalogStore.loadTree(db)
            guard tree.count > 0 else { throw CatalogServiceError.catalogNotSeeded }
            let stats = try CatalogStats.load(db, tree: tree, today: today, stalenessDays: stalenessDays)
            var roots = tree.children(of: nil, includeRetired: includeRetired)
            if let unit {
                let unitRow = try Self.resolveUnit(db, unit)
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
        return try writer.read { db in
            let tree = try CatalogStore.loadTree(db)
            guard tree.count > 0 else { throw CatalogServiceError.catalogNotSeeded }
            let stats = try CatalogStats.load(db, tree: tree, today: day, stalenessDays: stalenessDays)
            let problems = stats.problems
            let errors = problems.filter { $0.severity == .error }.count
            return CatalogCheckReport(today: day, stalenessDays: stalenessDays, problems: problems,
                                      errors: errors, warnings: problems.count - errors)
        }
    }

    /// The column a reference (id, path or unique name) names.
    public func catalogNode(_ reference: String) throws -> CatalogNodeSummary {
        try writer.read { db in CatalogNodeSummary(try CatalogStore.resolve(reference, in: CatalogStore.loadTree(db))) }
    }

    /// 栏目文件数 — documents filed in the column or anywhere below it (each counted once).
    public func documentCount(inCatalog nodeID: CatalogNodeID) throws -> Int {
        try writer.read { db in
            try Int.fetchOne(db, sql: Self.subtreeSQL + """
                SELECT COUNT(DISTINCT dc.documentId) FROM documentCatalog dc JOIN subtree s ON s.id = dc.nodeId
                """, arguments: [nodeID]) ?? 0
        }
    }

    /// 栏目文件 — one page of the documents in the column or below it, newest formed first.
    public func documents(inCatalog nodeID: CatalogNodeID, offset: Int, limit: Int) throws -> [DocumentSummary] {
        try writer.read { db in
            let rows = try Row.fetchAll(db, sql: Self.subtreeSQL + """
                SELECT d.*, u.name AS unitName FROM document d JOIN unit u ON u.id = d.unitId
                WHERE d.id IN (SELECT dc.documentId FROM documentCatalog dc JOIN subtree s ON s.id = dc.nodeId)
                ORDER BY d.formed DESC, d.id DESC LIMIT ? OFFSET ?
                """, arguments: [nodeID, limit, offset])
            return try rows.map(Self.documentSummary)
        }
    }

    /// 标准目录事项 — the items of a column (and, by default, of the columns below it); all when nil.
    public func listStandardItems(node reference: String? = nil,
                                  includeDescendants: Bool = true) throws -> [StoredStandardItem] {
        try writer.read { db in
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

    static func resolveUnit(_ db: Database, _ reference: String) throws -> UnitRow {
        let ref = reference.trimmingCharacters(in: .whitespaces)
        if let row = try UnitRow.fetchOne(db, key: ref) { return row }
        if let row = try UnitRow.filter(Column("name") == ref).fetchOne(db) { return row }
        throw CatalogServiceError.unknownUnit(ref)
    }
}

/// 栏目统计数据 — counts and dates per column, read with one grouped query per table (never per column),
/// and what `CatalogCheck` finds with them.
struct CatalogStats {
    var own: [CatalogNodeID: CatalogNodeCounts] = [:]
    var ownUpdated: [CatalogNodeID: CivilDate] = [:]
    /// Counts of each column with everything below it (retired columns included: their documents exist).
    var subtree: [CatalogNodeID: CatalogNodeCounts] = [:]
    var staleIDs: Set<CatalogNodeID> = []
    var problems: [CatalogProblem] = []

    /// 逾期 — a proactive document not yet published is overdue once the 20th working day after it was
    /// formed (条例第二十六条, convention C1) lies before today; the latest such formed date is the cutoff.
    /// Every column paired with itself and each of its ancestors, as a CTE named `ancestry`.
    static let closureSQL = """
        WITH RECURSIVE ancestry(nodeId, ancestorId) AS (
          SELECT id, id FROM catalogNode
          UNION ALL
          SELECT a.nodeId, c.parentId FROM ancestry a JOIN catalogNode c ON c.id = a.ancestorId
          WHERE c.parentId IS NOT NULL)

        """

    static func overdueCutoff(today: CivilDate, calendar: WorkdayCalendar = .builtIn) -> CivilDate {
        var day = today
        while calendar.addWorkdays(from: day, days: 20).due >= today { day = day.adding(days: -1) }
        return day
    }

    static func load(_ db: Database, tree: CatalogTree, today: CivilDate, stalenessDays: Int) throws -> CatalogStats {
        var stats = CatalogStats()
        func later(_ id: String, _ iso: String?) {
            guard let iso, let date = CivilDate(iso: iso) else { return }
            if let current = stats.ownUpdated[id], current >= date { return }
            stats.ownUpdated[id] = date
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, lastUpdated FROM catalogNode WHERE lastUpdated IS NOT NULL") {
            later(row["id"], row["lastUpdated"])
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT nodeId, COUNT(*) AS n, MAX(updatedOn) AS last FROM standardCatalogItem GROUP BY nodeId
            """) {
            let id: String = row["nodeId"]
            stats.own[id, default: CatalogNodeCounts()].items = row["n"]
            later(id, row["last"])
        }
        let cutoff = overdueCutoff(today: today)
        for row in try Row.fetchAll(db, sql: """
            SELECT dc.nodeId AS nodeId, COUNT(*) AS n,
                   SUM(d.state = 'in-review') AS pending,
                   SUM(d.attribute = 'proactive' AND d.state != 'published' AND d.formed <= ?) AS overdue,
                   MAX(COALESCE(d.published, d.formed)) AS last
            FROM documentCatalog dc JOIN document d ON d.id = dc.documentId GROUP BY dc.nodeId
            """, arguments: [cutoff.iso]) {
            let id: String = row["nodeId"]
            stats.own[id, default: CatalogNodeCounts()].documents = row["n"]
            stats.own[id, default: CatalogNodeCounts()].pending = row["pending"]
            stats.own[id, default: CatalogNodeCounts()].overdue = row["overdue"]
            later(id, row["last"])
        }
        // Subtree counts: every column with each of its ancestors (a closure), so a document filed in two
        // columns of one branch counts once there, exactly as the 文件 pane's filter shows it.
        for row in try Row.fetchAll(db, sql: Self.closureSQL + """
            SELECT a.ancestorId AS nodeId, COUNT(DISTINCT d.id) AS n,
                   COUNT(DISTINCT CASE WHEN d.state = 'in-review' THEN d.id END) AS pending,
                   COUNT(DISTINCT CASE WHEN d.attribute = 'proactive' AND d.state != 'published'
                                        AND d.formed <= ? THEN d.id END) AS overdue
            FROM documentCatalog dc JOIN ancestry a ON a.nodeId = dc.nodeId JOIN document d ON d.id = dc.documentId
            GROUP BY a.ancestorId
            """, arguments: [cutoff.iso]) {
            let id: String = row["nodeId"]
            stats.subtree[id, default: CatalogNodeCounts()].documents = row["n"]
            stats.subtree[id, default: CatalogNodeCounts()].pending = row["pending"]
            stats.subtree[id, default: CatalogNodeCounts()].overdue = row["overdue"]
        }
        for row in try Row.fetchAll(db, sql: Self.closureSQL + """
            SELECT a.ancestorId AS nodeId, COUNT(*) AS n FROM standardCatalogItem i
            JOIN ancestry a ON a.nodeId = i.nodeId GROUP BY a.ancestorId
            """) {
            stats.subtree[row["nodeId"], default: CatalogNodeCounts()].items = row["n"]
        }
        let held = stats.own.mapValues { $0.items + $0.documents }
        stats.problems = CatalogCheck.check(tree, itemsPerNode: held, lastUpdated: stats.ownUpdated,
                                            today: today, stalenessDays: stalenessDays)
        let staleByPath = Set(stats.problems.filter { $0.kind == .staleColumn }.map(\.path))
        stats.staleIDs = Set(tree.listing().filter { staleByPath.contains($0.path) }.map(\.id))
        return stats
    }

    /// The nested node with subtree counts and the latest date below it.
    func treeNode(_ node: CatalogNode, in tree: CatalogTree, includeRetired: Bool) -> CatalogTreeNode {
        let children = tree.children(of: node.id, includeRetired: includeRetired)
            .map { treeNode($0, in: tree, includeRetired: includeRetired) }
        let ownCounts = own[node.id] ?? CatalogNodeCounts()
        let counts = subtree[node.id] ?? CatalogNodeCounts()
        let dates = [ownUpdated[node.id]].compactMap { $0 } + children.compactMap(\.lastUpdated)
        return CatalogTreeNode(id: node.id, name: node.name, path: node.path, parentId: node.parentID,
                               order: node.order, origin: node.origin.code, ownerUnitId: node.ownerUnitID,
                               nationalAreas: node.nationalAreas.map(\.code), retiredOn: node.retiredOn,
                               counts: counts, ownCounts: ownCounts, lastUpdated: dates.max(),
                               stale: staleIDs.contains(node.id), children: children)
    }
}
