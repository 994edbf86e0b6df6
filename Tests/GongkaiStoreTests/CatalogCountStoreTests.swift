import Foundation
import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// 栏目计数表 — the maintained catalog counts stay equal to counting `documentCatalog` with the
/// closure of every column, over random sequences of filings, field changes, new and deleted
/// documents and moved columns, for the county and for single units.
@Suite("栏目计数 Maintained catalog counts")
struct CatalogCountStoreTests: DemoWorkspaceSuite {
    var today: @Sendable () -> CivilDate { { CivilDate(iso: "2026-11-16")! } }

    func agree(_ ws: Workspace, _ note: String) throws -> Int {
        try ws.writer.read { db in
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM catalogDirty") == 0, "\(note): settled")
            let cutoff = CivilDate(iso: "2026-10-15")!
            var seen = 0
            for unit in [nil, "edu", "chengguan", "county-office"] as [String?] {
                let scope = UnitScope(unitId: unit)
                let kept = try DocumentCounts.maintained(db, cutoff: cutoff, scope: scope)
                let full = try DocumentCounts.recomputed(db, cutoff: cutoff, scope: scope)
                #expect(kept == full, "\(note): unit \(unit ?? "all")")
                seen += full.subtree.values.map(\.documents).reduce(0, +)
            }
            return seen
        }
    }

    @Test func theCountsEqualARecountOverRandomChanges() throws {
        let ws = try Workspace.inMemory()
        let admin = as_(ws, "admin")
        _ = try admin.initialize(demo: true, created: true)
        var g = SeededGenerator(state: 20_2026)
        let nodes = try ws.writer.read { db in try String.fetchAll(db, sql: "SELECT id FROM catalogNode ORDER BY id") }
        var documents = try ws.writer.read { db in try String.fetchAll(db, sql: "SELECT id FROM document ORDER BY id") }
        let units = ["edu", "chengguan", "county-office", "finance"]
        var counted = 0, moves = 0
        for step in 0..<150 {
            let op = Int.random(in: 0..<8, using: &g)
            if op == 7 {
                // Move a column under another (the service refuses cycles and fixed columns).
                let node = nodes.randomElement(using: &g)!, parent = nodes.randomElement(using: &g)!
                do {
                    _ = try admin.moveCatalogNode(MoveCatalogNodeRequest(node: node, parent: parent))
                    moves += 1
                } catch {}
            } else {
                try ws.writer.write { db in
                    let doc = documents.randomElement(using: &g)!
                    switch op {
                    case 0, 1:
                        try db.execute(sql: "INSERT OR IGNORE INTO documentCatalog(documentId, nodeId) VALUES (?, ?)",
                                       arguments: [doc, nodes.randomElement(using: &g)!])
                    case 2:
                        try db.execute(sql: """
                            DELETE FROM documentCatalog WHERE rowid = (SELECT rowid FROM documentCatalog WHERE documentId = ? LIMIT 1)
                            """, arguments: [doc])
                    case 3:
                        let state = ["draft", "in-review", "approved", "published"].randomElement(using: &g)!
                        try db.execute(sql: """
                            UPDATE document SET state = ?, attribute = ?, published = ?, formed = ?, unitId = ? WHERE id = ?
                            """, arguments: [state, ["proactive", "on-request", nil].randomElement(using: &g)!,
                                             state == "published" ? "2026-10-0\(Int.random(in: 1...9, using: &g))" : nil,
                                             "2026-\(Int.random(in: 8...11, using: &g))-1\(Int.random(in: 0...9, using: &g))",
                                             units.randomElement(using: &g)!, doc])
                    case 4, 5:
                        let id = "D-T\(step)"
                        try db.execute(sql: """
                            INSERT INTO document (id, title, type, attribute, state, unitId, formed, body, createdAt, updatedAt)
                            VALUES (?, '测试文件', 'general', 'proactive', 'draft', ?, '2026-09-01', '', 'x', 'x')
                            """, arguments: [id, units.randomElement(using: &g)!])
                        try db.execute(sql: "INSERT INTO documentCatalog(documentId, nodeId) VALUES (?, ?)",
                                       arguments: [id, nodes.randomElement(using: &g)!])
                        documents.append(id)
                    default:
                        if let gone = documents.filter({ $0.hasPrefix("D-T") }).randomElement(using: &g) {
                            try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [gone])
                            documents.removeAll { $0 == gone }
                        }
                    }
                    try MaintainedState.settle(db, changes: nil)
                }
            }
            counted += try agree(ws, "step \(step)")
        }
        #expect(counted > 0)
        #expect(moves > 0)
    }

    @Test func theServiceDoorSettlesAFiling() throws {
        let ws = try Workspace.inMemory()
        let admin = as_(ws, "admin")
        _ = try admin.initialize(demo: true, created: true)
        let before = try admin.catalogTree().reduce(0) { $0 + $1.counts.documents }
        _ = try admin.addDocument(NewDocument(title: "县教育局关于课后服务的通知", type: .general,
                                              disclosure: DocumentDisclosure(attribute: .proactive),
                                              category: "政府信息公开指南", unit: "edu",
                                              formed: CivilDate(iso: "2026-11-16")!))
        let after = try admin.catalogTree().reduce(0) { $0 + $1.counts.documents }
        #expect(after == before + 1)
        _ = try agree(ws, "after addDocument")
    }
}
