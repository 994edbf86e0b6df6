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

    /// The order too: after random additions, edits (of the text, the 文号, the 成文日期, the unit)
    /// and deletions, every search returns exactly the reference's documents in the reference's
    /// order — for 1–2 character terms a LIKE scan ranked by title and 文号 hits, then date; for
    /// 4-character terms bm25 ordered with the document rows' dates — for the county and for a
    /// township's clerk; and the index key table holds each document's date and unit.
    @Test func searchesRankAndScopeLikeTheDocumentRows() throws {
        let ws = try Workspace.inMemory()
        let admin = GongkaiService(workspace: ws, actor: Actor(login: "admin", origin: "test"))
        _ = try admin.initialize(demo: true, created: true)
        let clerk = GongkaiService(workspace: ws, actor: Actor(login: "wang.cg", origin: "test"))
        var g = SeededGenerator(state: 2026_1207)
        let words = ["教育", "税收", "义务教育", "社会救助", "Ab", "aB", "育", " ", "。", "\n", "局"]
        func text(_ n: Int) -> String { (0..<n).map { _ in words.randomElement(using: &g)! }.joined() }
        func day() -> String { "2026-0\(Int.random(in: 1...9, using: &g))-1\(Int.random(in: 0...9, using: &g))" }
        var ids: [String] = []
        var compared = 0, ordered = 0
        for step in 0..<50 {
            try ws.writer.write { db in
                switch Int.random(in: 0..<6, using: &g) {
                case 0, 1, 2:
                    let id = "D-S\(step)"
                    try db.execute(sql: """
                        INSERT INTO document (id, title, docNumber, type, state, unitId, formed, body, createdAt, updatedAt)
                        VALUES (?, ?, ?, 'general', 'draft', ?, ?, ?, 'x', 'x')
                        """, arguments: [id, text(3), Bool.random(using: &g) ? text(2) : nil,
                                         Bool.random(using: &g) ? "edu" : "chengguan", day(), text(12)])
                    ids.append(id)
                case 3:
                    if let id = ids.randomElement(using: &g) {
                        try db.execute(sql: "UPDATE document SET title = ?, formed = ? WHERE id = ?", arguments: [text(2), day(), id])
                        try db.execute(sql: "UPDATE document SET unitId = ? WHERE id = ?",
                                       arguments: [Bool.random(using: &g) ? "edu" : "chengguan", id])
                    }
                case 4:
                    if let id = ids.randomElement(using: &g) {
                        try db.execute(sql: "UPDATE document SET docNumber = ?, formed = ? WHERE id = ?",
                                       arguments: [Bool.random(using: &g) ? text(1) : nil, day(), id])
                    }
                default:
                    if let id = ids.randomElement(using: &g) {
                        try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [id])
                        ids.removeAll { $0 == id }
                    }
                }
                try MaintainedState.settle(db, changes: nil)
            }
            let (keys, rows) = try ws.writer.read { db in
                (try Row.fetchAll(db, sql: "SELECT documentId, formed, unitId FROM documentBigramKey ORDER BY documentId"),
                 try Row.fetchAll(db, sql: "SELECT id, formed, unitId FROM document ORDER BY id"))
            }
            #expect(keys.map { [$0[0], $0[1], $0[2]] as [String] } == rows.map { [$0[0], $0[1], $0[2]] as [String] }, "step \(step)")
            for term in ["教育", "育", "ab", "税收", "局", "义务教育", "社会救助"] {
                for (service, unit) in [(admin, nil), (clerk, "chengguan")] as [(GongkaiService, String?)] {
                    let found = try service.searchDocuments(term, limit: 10_000).map(\.id)
                    let expected = try ws.writer.read { db in try Self.reference(db, term: term, unit: unit) }
                    #expect(found == expected, "step \(step): \(term) \(unit ?? "county")")
                    // A page is the first rows of the whole order (ties at its end decided by date),
                    // and its count is the whole order's length, whatever the page.
                    for limit in [0, 1, 3] {
                        let page = try service.searchDocumentsCounted(term, limit: limit)
                        #expect(page.hits.map(\.id) == Array(expected.prefix(limit)),
                                "step \(step): \(term) \(unit ?? "county") limit \(limit)")
                        #expect(page.total == expected.count, "step \(step): \(term) \(unit ?? "county") limit \(limit)")
                    }
                    compared += 1
                    if found.count > 1 { ordered += 1 }
                }
            }
        }
        #expect(compared == 700 && ordered > 200)
        // A query mixing a short and a long term (the short one checked against the rows): its
        // count is the number of documents the whole list holds.
        for query in ["教育 社会救助", "义务教育 局", "税收 Ab"] {
            for service in [admin, clerk] {
                let all = try service.searchDocuments(query, limit: 10_000)
                let page = try service.searchDocumentsCounted(query, limit: 2)
                #expect(page.total == all.count && page.hits == Array(all.prefix(2)), "\(query)")
            }
        }
    }

    /// The reference: the document rows themselves (LIKE over each field for short terms, the
    /// trigram index's bm25 with the documents' own date and unit for longer ones).
    static func reference(_ db: Database, term: String, unit: String?) throws -> [String] {
        let pattern = DocumentSearchTerm(term).likePattern
        let scope = unit == nil ? "1" : "d.unitId = ?"
        if term.count > 2 {
            return try String.fetchAll(db, sql: """
                SELECT d.id FROM documentSearch JOIN documentSearchKey k ON k.key = documentSearch.rowid
                JOIN document d ON d.id = k.documentId
                WHERE documentSearch MATCH ? AND \(scope)
                ORDER BY bm25(documentSearch, 10.0, 5.0, 1.0), d.formed DESC, d.id
                """, arguments: StatementArguments(["\"\(term)\""] + (unit.map { [$0] } ?? [])))
        }
        return try String.fetchAll(db, sql: """
            SELECT d.id FROM document d
            WHERE (d.title LIKE ?1 ESCAPE '\\' OR coalesce(d.docNumber, '') LIKE ?1 ESCAPE '\\' OR d.body LIKE ?1 ESCAPE '\\')
              AND \(unit == nil ? "1" : "d.unitId = ?2")
            ORDER BY (CASE WHEN d.title LIKE ?1 ESCAPE '\\' THEN 10 ELSE 0 END
                      + CASE WHEN coalesce(d.docNumber, '') LIKE ?1 ESCAPE '\\' THEN 5 ELSE 0 END) DESC, d.formed DESC, d.id
            """, arguments: StatementArguments([pattern] + (unit.map { [$0] } ?? [])))
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

    /// Short terms rank by where they occur (title, then 文号) and then by date, never by reading
    /// every candidate's body: the ranking statement names no body, and the only statement that
    /// reads bodies reads the rows returned (their snippets).
    @Test func shortTermsRankWithoutReadingBodies() throws {
        let ws = try Workspace.inMemory()
        let admin = GongkaiService(workspace: ws, actor: Actor(login: "admin", origin: "test"))
        _ = try admin.initialize(demo: true, created: true)
        try ws.writer.write { db in
            for (id, title, formed, body) in [("D-T", "鹦鹉收费公示", "2026-01-05", "正文"),
                                               ("D-MANY", "通知", "2026-02-01", String(repeating: "鹦鹉", count: 10)),
                                               ("D-NEW", "公告", "2026-03-01", "关于鹦鹉的说明"),
                                               ("D-NONE", "公告", "2026-04-01", "教 育")] {
                try db.execute(sql: """
                    INSERT INTO document (id, title, type, state, unitId, formed, body, createdAt, updatedAt)
                    VALUES (?, ?, 'general', 'draft', 'edu', ?, ?, 'x', 'x')
                    """, arguments: [id, title, formed, body])
            }
            try MaintainedState.settle(db, changes: nil)
        }
        final class Statements: @unchecked Sendable { var sql: [String] = [] }
        let seen = Statements()
        try ws.writer.writeWithoutTransaction { db in db.trace { seen.sql.append($0.expandedDescription) } }
        let result = try admin.searchDocumentsCounted("鹦鹉", limit: 2)
        try ws.writer.writeWithoutTransaction { db in db.trace(options: [], nil) }
        let hits = result.hits
        #expect(hits.map(\.id) == ["D-T", "D-NEW"])
        // All three are counted — by the ranking statements (the bands' counts and reads), which
        // read no body.
        #expect(result.total == 3)
        #expect(hits[1].snippet.contains("鹦鹉"))
        let ranking = seen.sql.filter { $0.contains("documentBigram MATCH") }
        #expect(!ranking.isEmpty && ranking.allSatisfy { !$0.contains("body") }, "\(ranking)")
        let bodies = seen.sql.filter { $0.contains("body") && !$0.contains("documentBigram MATCH") }
        #expect(bodies.count == 1)
        #expect(bodies.first.map { $0.contains("IN ('D-T','D-NEW')") || $0.contains("IN ('D-NEW','D-T')") } == true)
    }
}
