import Foundation
import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

@Suite("全文索引重建 Search reindex")
struct SearchReindexTests {
    /// Breaks the index the way a restore or a hand edit can: one document's row gone, one stale
    /// row pointing at nothing.
    func breakIndex(_ service: GongkaiService) throws {
        try service.workspace.writer.write { db in
            try db.execute(sql: "DROP TRIGGER documentSearch_delete")
            let victim = try String.fetchOne(db, sql: "SELECT id FROM document ORDER BY id LIMIT 1")!
            try db.execute(sql: """
                DELETE FROM documentSearch WHERE rowid = (SELECT key FROM documentSearchKey WHERE documentId = ?)
                """, arguments: [victim])
            try db.execute(sql: "INSERT INTO documentSearch(rowid, title, docNumber, body) VALUES (999999, '幽灵文件', '', '')")
        }
    }

    @Test func checkReportsTheBrokenIndexAndReindexRepairsIt() throws {
        let service = try demoService()
        let healthy = try service.workspace.check()
        #expect(healthy.findings.first { $0.check == "search-index" }?.ok == true)

        let firstTitle = try service.workspace.writer.read { db in
            try String.fetchOne(db, sql: "SELECT title FROM document ORDER BY id LIMIT 1")!
        }
        try breakIndex(service)
        let broken = try service.workspace.check()
        #expect(broken.findings.first { $0.check == "search-index" }?.ok == false)
        #expect(!broken.ok)

        var calls: [(Int, Int)] = []
        let result = try service.reindexSearch(batchSize: 3) { calls.append(($0, $1)) }
        #expect(result.documents == 10)
        #expect(result.staleRowsRemoved == 1)
        #expect(result.missingRowsAdded == 1)
        // Progress from 0 to the total in batches of 3.
        #expect(calls.first.map { $0.0 } == 0)
        #expect(calls.last.map { $0.0 } == 10)
        #expect(calls.map(\.0) == [0, 3, 6, 9, 10])

        #expect(try service.workspace.check().findings.first { $0.check == "search-index" }?.ok == true)
        // The repaired document is found again by a 4-character term of its title.
        let term = String(firstTitle.prefix(4))
        let count = try service.workspace.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documentSearch WHERE documentSearch MATCH ?",
                             arguments: ["\"\(term)\""])
        }
        #expect((count ?? 0) >= 1)
        let audit = try service.workspace.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM auditLog WHERE action = 'search.reindex'")
        }
        #expect(audit == 1)
    }

    @Test func onlyAnAdminMayReindex() throws {
        let admin = try demoService()
        let clerk = GongkaiService(workspace: admin.workspace, actor: Actor(login: "wang.cg", origin: "test"),
                                   today: { pinnedToday })
        expectRefused(.adminOnly) { try clerk.reindexSearch() }
    }
}
