import Foundation
import GRDB
import GongkaiCore

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
    /// formed (条例第二十六条, convention C1; the rule of `PublicationClock`) lies before today; the latest
    /// such formed date is the cutoff, so one grouped query can count them.
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
        while calendar.addWorkdays(from: day, days: PublicationClock.workdays).due >= today { day = day.adding(days: -1) }
        return day
    }

    /// `scope` limits the document counts to the units an officer may see (nil: every unit).
    static func load(_ db: Database, tree: CatalogTree, today: CivilDate, stalenessDays: Int,
                     scope: UnitScope? = nil) throws -> CatalogStats {
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
        // The workspace's calendar: the built-in years plus any arrangement an admin imported.
        let cutoff = overdueCutoff(today: today, calendar: try GongkaiService.workdayCalendar(db))
        let documents = try DocumentCounts.maintained(db, cutoff: cutoff, scope: scope)
        for (id, counts) in documents.own {
            stats.own[id, default: CatalogNodeCounts()].documents = counts.documents
            stats.own[id, default: CatalogNodeCounts()].pending = counts.pending
            stats.own[id, default: CatalogNodeCounts()].overdue = counts.overdue
        }
        for (id, counts) in documents.subtree {
            stats.subtree[id, default: CatalogNodeCounts()].documents = counts.documents
            stats.subtree[id, default: CatalogNodeCounts()].pending = counts.pending
            stats.subtree[id, default: CatalogNodeCounts()].overdue = counts.overdue
        }
        for (id, date) in documents.ownLast { later(id, date) }
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
