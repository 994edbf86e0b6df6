import Foundation
import GRDB
import GongkaiCore

/// 目录快照 — the catalog tree with its counts (`CatalogStore.loadTree` + `CatalogStats.load`),
/// kept once per workspace so the workstation's start (and each reload) reads them once: the
/// 目录 pane (`catalogTree`) and the inbox's stale columns (`staleColumns`, in `reviewCount`,
/// asked after every change for the status bar) ask for the same snapshot. It is valid while
/// nothing it reads was committed through this workspace's writer (a commit that wrote a table of
/// the catalog, documents or workspace areas forgets it; an application, a register entry or a
/// report does not) and those areas' change counters (another process's service writes raise
/// them) are those it was read with, for the same day, staleness period and scope of units;
/// otherwise it is read again.
final class CatalogSnapshotMemo: @unchecked Sendable {
    struct Key: Equatable {
        var counters: ChangeCounters
        var today: CivilDate
        var stalenessDays: Int
        var unitId: String?
    }

    /// What the tree and its counts are read from: the catalog's tables, the documents counted in
    /// it, and the units, settings and calendar (`ChangeArea.tableAreas`).
    static let areas: Set<ChangeArea> = [.catalog, .documents, .workspace]

    private let memo = CommitMemo<Key, (tree: CatalogTree, stats: CatalogStats)>(areas: areas)

    /// How many snapshots were read from the tables (not kept).
    var reads: Int { memo.computed }

    /// Watches `writer`'s commits (call once, outside any database access).
    func attach(to writer: any DatabaseWriter) { memo.attach(to: writer) }

    /// The tree and its counts as of `db`'s transaction: the kept ones if still valid.
    func snapshot(_ db: Database, today: CivilDate, stalenessDays: Int,
                  scope: UnitScope?) throws -> (tree: CatalogTree, stats: CatalogStats) {
        let key = Key(counters: try ChangeCounterStore.read(db).only(Self.areas), today: today, stalenessDays: stalenessDays,
                      unitId: scope?.unitId)
        return try memo.value(for: key) {
            let tree = try CatalogStore.loadTree(db)
            return (tree, try CatalogStats.load(db, tree: tree, today: today, stalenessDays: stalenessDays, scope: scope))
        }
    }
}
