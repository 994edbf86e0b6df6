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
}
