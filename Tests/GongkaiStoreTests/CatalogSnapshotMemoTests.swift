import Foundation
import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// 目录快照 — the catalog tree and counts the workspace keeps between reads (`CatalogSnapshotMemo`)
/// are always what reading them afresh gives: after random filings, document changes written
/// straight to the tables (no change counter moves: the commit alone must forget the snapshot),
/// column moves through the service door and days passing, for the county and for a unit.
@Suite("目录快照 Catalog snapshot kept between reads")
struct CatalogSnapshotMemoTests: DemoWorkspaceSuite {
    let clock = TestClock("2026-11-16")

    var today: @Sendable () -> CivilDate { let clock = self.clock; return { clock.today } }

    /// The 目录 pane's tree read afresh, without the kept snapshot.
    func fresh(_ ws: Workspace, unit: String?) throws -> [CatalogTreeNode] {
        let today = clock.today
        return try ws.writer.read { db in
            let tree = try CatalogStore.loadTree(db)
            let stats = try CatalogStats.load(db, tree: tree, today: today, stalenessDays: CatalogCheck.defaultStalenessDays,
                                              scope: UnitScope(unitId: unit))
            return tree.children(of: nil, includeRetired: false).map { stats.treeNode($0, in: tree, includeRetired: false) }
        }
    }

    @Test func theKeptSnapshotIsAlwaysAFreshReadOverRandomChanges() throws {
        let ws = try Workspace.inMemory()
        let admin = as_(ws, "admin"), unitOfficer = as_(ws, "liu.edu")
        _ = try admin.initialize(demo: true, created: true)
        var g = SeededGenerator(state: 20_1207)
        let nodes = try ws.writer.read { db in try String.fetchAll(db, sql: "SELECT id FROM catalogNode ORDER BY id") }
        let documents = try ws.writer.read { db in try String.fetchAll(db, sql: "SELECT id FROM document ORDER BY id") }
        var moves = 0, documentsSeen = 0
        for step in 0..<16 {
            switch Int.random(in: 0..<4, using: &g) {
            case 0:
                do {
                    _ = try admin.moveCatalogNode(MoveCatalogNodeRequest(node: nodes.randomElement(using: &g)!,
                                                                          parent: nodes.randomElement(using: &g)!))
                    moves += 1
                } catch {}
            case 1:
                clock.today = clock.today.adding(days: Int.random(in: 1...60, using: &g))
            default:
                try ws.writer.write { db in
                    let doc = documents.randomElement(using: &g)!
                    if Bool.random(using: &g) {
                        try db.execute(sql: "INSERT OR IGNORE INTO documentCatalog(documentId, nodeId) VALUES (?, ?)",
                                       arguments: [doc, nodes.randomElement(using: &g)!])
                    } else {
                        try db.execute(sql: "UPDATE document SET state = ?, unitId = ? WHERE id = ?",
                                       arguments: [["draft", "in-review", "published"].randomElement(using: &g)!,
                                                   ["edu", "chengguan"].randomElement(using: &g)!, doc])
                    }
                    try MaintainedState.settle(db, changes: nil)
                }
            }
            // Twice each: the second read is the kept one.
            for _ in 0..<2 {
                let county = try admin.catalogTree()
                #expect(county == (try fresh(ws, unit: nil)), "step \(step): county")
                #expect(try unitOfficer.catalogTree() == fresh(ws, unit: "edu"), "step \(step): unit")
                let today = clock.today
                try ws.writer.read { db in
                    let kept = try GongkaiService.staleColumns(db, today: today, stalenessDays: CatalogCheck.defaultStalenessDays,
                                                               snapshots: ws.catalogSnapshots)
                    #expect(kept == (try GongkaiService.staleColumns(db, today: today,
                                                                    stalenessDays: CatalogCheck.defaultStalenessDays)),
                            "step \(step): stale columns")
                }
                documentsSeen += county.reduce(0) { $0 + $1.counts.documents }
            }
        }
        #expect(moves > 0)
        #expect(documentsSeen > 0)
    }

    /// The status bar asks for the stale columns after every change: a commit that wrote nothing
    /// the snapshot reads (an application, straight to its table, so no counter moves either)
    /// keeps it; one that wrote a catalog column or a document forgets it, and the next read
    /// gives the new name and state.
    @Test func onlyAWriteToWhatTheSnapshotReadsForgetsIt() throws {
        let ws = try workspace()
        let admin = as_(ws, "admin")
        let memo = ws.catalogSnapshots
        _ = try admin.catalogTree()
        let first = memo.reads
        _ = try admin.catalogTree()
        #expect(memo.reads == first, "a second read with no commit between is the kept one")
        try ws.writer.write { db in
            try db.execute(sql: "UPDATE application SET content = content || '。' WHERE id = (SELECT MIN(id) FROM application)")
            #expect(db.changesCount == 1)
        }
        _ = try admin.catalogTree()
        #expect(memo.reads == first, "an application's commit keeps the snapshot")

        let node = try #require(try ws.writer.read { db in
            try String.fetchOne(db, sql: "SELECT id FROM catalogNode WHERE parentId IS NULL ORDER BY id LIMIT 1")
        })
        try ws.writer.write { db in
            try db.execute(sql: "UPDATE catalogNode SET name = '改过的栏目' WHERE id = ?", arguments: [node])
        }
        let renamed = try admin.catalogTree()
        #expect(memo.reads == first + 1, "a column's commit forgets the snapshot")
        #expect(renamed.contains { $0.id == node && $0.name == "改过的栏目" })
        #expect(renamed == (try fresh(ws, unit: nil)))

        try ws.writer.write { db in
            try db.execute(sql: "UPDATE document SET state = 'draft' WHERE id = (SELECT MIN(id) FROM document WHERE state = 'published')")
            #expect(db.changesCount == 1)
            try MaintainedState.settle(db, changes: nil)
        }
        #expect(try admin.catalogTree() == fresh(ws, unit: nil))
        #expect(memo.reads == first + 2, "a document's commit forgets the snapshot")
    }
}
