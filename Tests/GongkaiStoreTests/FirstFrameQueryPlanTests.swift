import Foundation
import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// 首屏查询 (issue 20): what the first frame reads on every start is an index SEARCH of the few
/// rows it needs, never a walk of a whole table (EXPLAIN QUERY PLAN).
@Suite("首屏查询 First-frame query plans")
struct FirstFrameQueryPlanTests: DemoWorkspaceSuite {
    func plan(_ db: Database, _ sql: String, _ arguments: StatementArguments) throws -> String {
        try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments)
            .map { $0["detail"] as String }.joined(separator: " | ")
    }

    @Test func theExpiredClocksAreReadFromTheirPartialIndex() throws {
        let ws = try Workspace.inMemory()
        let admin = as_(ws, "admin")
        _ = try admin.initialize(demo: true, created: true)
        _ = try admin.generateDemo(DemoGenerationRequest(documents: 0, applications: 300, fromYear: 2025, toYear: 2026, seed: 7))
        try ws.writer.read { db in
            let text = try plan(db, ApplicationFreshOrder.expiredSQL, ["2026-12-01"])
            #expect(text.contains("SEARCH application USING INDEX application_clock_refresh"), "\(text)")
            #expect(!text.contains("SCAN") && !text.contains("TEMP B-TREE"), "\(text)")
            // The rows are the expired open ones, in id order, as the list merges them.
            let today = CivilDate(iso: "2027-06-30")!
            let expired = try ApplicationFreshOrder.expired(db, calendar: GongkaiService.workdayCalendar(db), today: today).map(\.id)
            let reference = try String.fetchAll(db, sql: """
                SELECT id FROM application WHERE sortRank < 2 AND refreshOn <= ? ORDER BY id
                """, arguments: [today.iso])
            #expect(!reference.isEmpty, "open requests in a consultation whose key expires")
            #expect(expired == reference)
        }
    }

    @Test func theStatusBarsOverviewCountsNoTables() throws {
        let ws = try Workspace.inMemory()
        let admin = as_(ws, "admin")
        _ = try admin.initialize(demo: true, created: true)
        let full = try admin.overview(), status = try admin.overview(counts: false)
        #expect(full.documents > 0 && full.applications > 0 && !full.migrations.isEmpty)
        #expect(status.user == full.user && status.pending == full.pending && full.pending > 0)
        #expect(status.documents == 0 && status.applications == 0 && status.migrations.isEmpty)
    }
}
