import Foundation
import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// The 申请 list's page query walks an index in urgency order instead of sorting the table
/// (issue 10). Asserted on SQLite's query plan, never on time.
@Suite("列表索引 List indexes")
struct ListIndexTests {
    private func plan(_ db: Database, where clause: String, arguments: StatementArguments = []) throws -> String {
        try Row.fetchAll(db, sql: """
            EXPLAIN QUERY PLAN
            SELECT a.*, u.name AS unitName FROM application a JOIN unit u ON u.id = a.unitId
            WHERE \(clause) ORDER BY \(GongkaiService.urgencyOrder) LIMIT 40 OFFSET 200
            """, arguments: arguments).map { $0["detail"] as String }.joined(separator: "\n")
    }

    private func generated() throws -> GongkaiService {
        let ws = try Workspace.inMemory()
        let pinned = CivilDate(iso: "2026-11-27")!
        let s = GongkaiService(workspace: ws, actor: Actor(login: "li.ming", origin: "test"), today: { pinned })
        _ = try s.initialize(demo: false, created: true)
        _ = try s.generateDemo(DemoGenerationRequest(documents: 0, applications: 2000, fromYear: 2025, toYear: 2026, seed: 3))
        return s
    }

    @Test func countyWideListWalksTheUrgencyIndex() throws {
        let s = try generated()
        let text = try s.workspace.writer.read { db in try plan(db, where: "(1) AND 1") }
        #expect(text.contains("application_by_urgency_order"), "\(text)")
        #expect(!text.contains("TEMP B-TREE"), "\(text)")
    }

    @Test func oneUnitsListWalksTheUnitUrgencyIndex() throws {
        let s = try generated()
        let text = try s.workspace.writer.read { db in try plan(db, where: "(1) AND a.unitId = ?", arguments: ["edu"]) }
        #expect(text.contains("application_by_unit_urgency"), "\(text)")
        #expect(!text.contains("TEMP B-TREE"), "\(text)")
    }

    @Test func theListStillComesInUrgencyOrder() throws {
        let s = try generated()
        let page = try s.listApplications(ApplicationQuery(limit: 2000))
        let ranks = try s.workspace.writer.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT id, sortRank FROM application").map {
                ($0["id"] as String, $0["sortRank"] as Int)
            })
        }
        let listed = page.items.map { ranks[$0.id]! }
        #expect(listed == listed.sorted())
        #expect(page.total == 2000)
    }

    @Test func aWindowInTheSecondHalfIsReadFromTheEndOverTheSameIndex() throws {
        let s = try generated()
        let all = try s.listApplications(ApplicationQuery(limit: 2000)).items.map(\.id)
        for (offset, limit) in [(0, 40), (999, 40), (1001, 40), (1960, 40), (1990, 40), (1999, 5)] {
            let window = try s.applicationWindow(ApplicationQuery(offset: offset, limit: limit), total: 2000).map(\.id)
            #expect(window == Array(all[offset..<min(2000, offset + limit)]), "offset \(offset)")
        }
        let text = try s.workspace.writer.read { db in
            try Row.fetchAll(db, sql: """
                EXPLAIN QUERY PLAN SELECT a.* FROM application a JOIN unit u ON u.id = a.unitId
                WHERE (1) AND 1 ORDER BY \(GongkaiService.urgencyOrderReversed) LIMIT 40 OFFSET 0
                """).map { $0["detail"] as String }.joined(separator: "\n")
        }
        #expect(text.contains("application_by_urgency_order") && !text.contains("TEMP B-TREE"), "\(text)")
    }

    @Test func documentsReadFromTheEndGiveTheSameRows() throws {
        let ws = try Workspace.inMemory()
        let pinned = CivilDate(iso: "2026-11-27")!
        let s = GongkaiService(workspace: ws, actor: Actor(login: "li.ming", origin: "test"), today: { pinned })
        _ = try s.initialize(demo: false, created: true)
        _ = try s.generateDemo(DemoGenerationRequest(documents: 300, applications: 0, fromYear: 2025, toYear: 2026, seed: 3))
        let all = try s.documents(offset: 0, limit: 300).map(\.id)
        for offset in [0, 149, 151, 280, 299] {
            #expect(try s.documents(offset: offset, limit: 30, total: 300).map(\.id) == Array(all[offset..<min(300, offset + 30)]))
        }
    }

    @Test func theStatusBarCountsReadIndexes() throws {
        let s = try generated()
        let text = try s.workspace.writer.read { db in
            try ["SELECT COUNT(*) FROM application WHERE sortRank < 2 AND 1",
                 "SELECT COUNT(*) FROM document WHERE state = 'in-review' AND 1",
                 "SELECT id FROM document WHERE attribute = 'proactive' AND published IS NULL AND 1 ORDER BY formed, id",
                 "SELECT id FROM application WHERE sortRank < 2 AND refreshOn <= '2026-11-27'"]
                .map { sql in try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }.joined() }
        }
        #expect(text[0].contains("INDEX"), "\(text[0])")
        #expect(text[1].contains("document_by_state"), "\(text[1])")
        #expect(text[2].contains("document_unpublished_proactive"), "\(text[2])")
        #expect(text[3].contains("application_clock_refresh"), "\(text[3])")
    }

    /// The statistics view's monthly count of replies uses its date index (v7-statistics-indexes)
    /// instead of reading every application.
    @Test func statisticsCountsUseTheDateIndexes() throws {
        let s = try generated()
        let replies = try s.workspace.writer.read { db in
            try Row.fetchAll(db, sql: """
                EXPLAIN QUERY PLAN
                SELECT CAST(substr(replied, 6, 2) AS INTEGER) AS m, COUNT(*) AS n FROM application
                WHERE replied BETWEEN '2025-01-01' AND '2025-12-31' GROUP BY m
                """).map { $0["detail"] as String }.joined(separator: "\n")
        }
        #expect(replies.contains("application_by_replied"), "\(replies)")
    }

    /// The inbox's expiring 规章 and 规范性文件 are read through the partial index of documents with a
    /// validity period, never through the state index that would read every issued document's row.
    @Test func expiringDocumentsUseTheValidityIndex() throws {
        let s = try generated()
        for unit in [nil, "edu"] as [String?] {
            let plan = try s.workspace.writer.read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + GongkaiService.expiringSQL(UnitScope(unitId: unit)),
                                 arguments: unit.map { ["2026-12-06", $0] } ?? ["2026-12-06"])
                    .map { $0["detail"] as String }.joined(separator: "\n")
            }
            #expect(plan.contains("document_by_valid_until"), "\(plan)")
        }
    }
}
