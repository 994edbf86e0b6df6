import Foundation
import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// 短词索引 — 1- and 2-character searches through the character-pair index find exactly what a
/// LIKE scan of every title, 文号 and body finds, after random additions, edits and deletions.
@Suite("短词索引 Character-pair search index")
struct SearchBigramStoreTests {
    @Test func shortTermsFindWhatALikeScanFinds() throws {
        let ws = try Workspace.inMemory()
        let admin = GongkaiService(workspace: ws, actor: Actor(login: "admin", origin: "test"))
        _ = try admin.initialize(demo: true, created: true)
        var g = SeededGenerator(state: 2026_12)
        let alphabet = Array("教育税收社会救助Ab 。\n")
        func text(_ n: Int) -> String { String((0..<n).map { _ in alphabet.randomElement(using: &g)! }) }
        var ids: [String] = []
        var compared = 0, hits = 0
        for step in 0..<60 {
            try ws.writer.write { db in
                switch Int.random(in: 0..<4, using: &g) {
                case 0, 1:
                    let id = "D-S\(step)"
                    try db.execute(sql: """
                        INSERT INTO document (id, title, docNumber, type, state, unitId, formed, body, createdAt, updatedAt)
                        VALUES (?, ?, ?, 'general', 'draft', 'edu', '2026-09-01', ?, 'x', 'x')
                        """, arguments: [id, text(6), Bool.random(using: &g) ? text(3) : nil, text(40)])
                    ids.append(id)
                case 2:
                    if let id = ids.randomElement(using: &g) {
                        try db.execute(sql: "UPDATE document SET body = ?, title = ? WHERE id = ?", arguments: [text(30), text(5), id])
                        try db.execute(sql: "UPDATE document SET docNumber = ? WHERE id = ?", arguments: [text(2), id])
                    }
                default:
                    if let id = ids.randomElement(using: &g) {
                        try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [id])
                        ids.removeAll { $0 == id }
                    }
                }
                try MaintainedState.settle(db, changes: nil)
            }
            for _ in 0..<4 {
                let term = String((0..<Int.random(in: 1...2, using: &g)).map { _ in "教育税收社会救助Ab".randomElement(using: &g)! })
                let found = Set(try admin.searchDocuments(term, limit: 10_000).map(\.id))
                let pattern = DocumentSearchTerm(term).likePattern
                let scanned = Set(try ws.writer.read { db in
                    try String.fetchAll(db, sql: """
                        SELECT id FROM document WHERE title LIKE ? ESCAPE '\\' OR coalesce(docNumber, '') LIKE ? ESCAPE '\\'
                        OR body LIKE ? ESCAPE '\\'
                        """, arguments: [pattern, pattern, pattern])
                })
                #expect(found == scanned, "step \(step): \(term)")
                compared += 1
                hits += scanned.count
            }
        }
        #expect(compared == 240 && hits > 100)
    }

    @Test func theQueryReadsTheIndexNotEveryBody() throws {
        let ws = try Workspace.inMemory()
        let admin = GongkaiService(workspace: ws, actor: Actor(login: "admin", origin: "test"))
        _ = try admin.initialize(demo: true, created: true)
        let plan = try ws.writer.read { db in
            try Row.fetchAll(db, sql: """
                EXPLAIN QUERY PLAN SELECT d.id FROM documentBigram b JOIN documentBigramKey k ON k.key = b.rowid
                JOIN document d ON d.id = k.documentId WHERE documentBigram MATCH 'u006559u0080b2'
                """).map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("VIRTUAL TABLE INDEX") })
        #expect(!plan.contains { $0.hasPrefix("SCAN d") || $0 == "SCAN document" })
    }
}
