import Foundation
import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// A service over an empty workspace with a pinned today (the generator's open applications
/// depend on it).
private func emptyService(today: String = "2026-11-27", login: String = "li.ming") throws -> GongkaiService {
    let ws = try Workspace.inMemory()
    let pinned = CivilDate(iso: today)!
    let service = GongkaiService(workspace: ws, actor: Actor(login: login, origin: "test"), today: { pinned })
    _ = try service.initialize(demo: false, created: true)
    return service
}

private func count(_ s: GongkaiService, _ sql: String) throws -> Int {
    try s.workspace.writer.read { db in try Int.fetchOne(db, sql: sql) ?? 0 }
}

/// Everything a generation wrote, row by row, for comparing two runs.
private func dump(_ s: GongkaiService) throws -> [String] {
    try s.workspace.writer.read { db in
        try String.fetchAll(db, sql: """
            SELECT id || '|' || title || '|' || IFNULL(docNumber, '') || '|' || state || '|' || unitId || '|' || formed
                   || '|' || length(body) FROM document
            UNION ALL SELECT id || '|' || applicantName || '|' || content || '|' || received || '|' || phase || '|'
                   || IFNULL(sortDue, '') FROM application
            UNION ALL SELECT applicationId || '|' || seq || '|' || kind || '|' || date || '|' || IFNULL(outcome, '')
                   FROM applicationEvent
            UNION ALL SELECT documentId || '|' || nodeId FROM documentCatalog
            ORDER BY 1
            """)
    }
}

@Suite("演示数据生成 Demo generator")
struct DemoGeneratorTests {
    static let request = DemoGenerationRequest(documents: 300, applications: 1500, fromYear: 2023, toYear: 2026, seed: 7)

    @Test func writesTheRequestedCountsWithOneAuditEntry() throws {
        let s = try emptyService()
        var reported: [DemoGenerationProgress] = []
        let r = try s.generateDemo(Self.request) { reported.append($0) }
        #expect(r.documents == 300 && r.applications == 1500)
        #expect(try count(s, "SELECT COUNT(*) FROM document") == 300)
        #expect(try count(s, "SELECT COUNT(*) FROM application") == 1500)
        #expect(try count(s, "SELECT COUNT(*) FROM applicationEvent") == r.events)
        #expect(try count(s, "SELECT COUNT(*) FROM documentCatalog") == r.catalogPlacements)
        #expect(r.catalogPlacements == 300)
        #expect(try count(s, "SELECT COUNT(*) FROM auditLog WHERE action = 'demo.generate'") == 1)
        #expect(try count(s, "SELECT COUNT(*) FROM auditLog WHERE action IN ('document.add','application.add')") == 0)
        #expect(reported.last == DemoGenerationProgress(phase: .applications, done: 1500, total: 1500))
        // Inside the requested years, never after today.
        #expect(try count(s, "SELECT COUNT(*) FROM application WHERE received < '2023-01-01' OR received > '2026-11-27'") == 0)
        #expect(try count(s, "SELECT COUNT(*) FROM applicationEvent WHERE date > '2026-11-27'") == 0)
        // Realistic mix: most replied, some withdrawn, some of each pausing event, some still open.
        #expect(try count(s, "SELECT COUNT(*) FROM application WHERE phase = 'replied'") > 1200)
        for kind in ["withdraw", "clarify-request", "consult-start", "extend"] {
            #expect(try count(s, "SELECT COUNT(*) FROM applicationEvent WHERE kind = '\(kind)'") > 10, "\(kind)")
        }
        #expect(try count(s, "SELECT COUNT(*) FROM application WHERE sortRank < 2") > 0)
        #expect(try count(s, "SELECT COUNT(*) FROM document WHERE docNumber LIKE '%〔20__〕%号'") > 50)
    }

    @Test func sameSeedSameWorkspaceOtherSeedOtherWorkspace() throws {
        let a = try emptyService(), b = try emptyService(), c = try emptyService()
        _ = try a.generateDemo(Self.request)
        _ = try b.generateDemo(Self.request)
        var other = Self.request
        other.seed = 8
        _ = try c.generateDemo(other)
        #expect(try dump(a) == dump(b))
        #expect(try dump(a) != dump(c))
    }

    @Test func generatedWorkspacePassesTheCheck() throws {
        let s = try emptyService()
        _ = try s.generateDemo(Self.request)
        let report = try s.workspace.check()
        #expect(report.ok, "\(report.findings.filter { !$0.ok })")
        // A second run continues the serials instead of colliding.
        _ = try s.generateDemo(DemoGenerationRequest(documents: 10, applications: 20, fromYear: 2026, toYear: 2026, seed: 7))
        #expect(try count(s, "SELECT COUNT(*) FROM application") == 1520)
        #expect(try s.workspace.check().ok)
    }

    @Test func storedSortColumnsAgreeWithTheDeadlineClock() throws {
        let s = try emptyService()
        _ = try s.generateDemo(Self.request)
        let today = s.today()
        try s.workspace.writer.read { db in
            let calendar = try GongkaiService.workdayCalendar(db)
            let ids = try String.fetchAll(db, sql: "SELECT id FROM application ORDER BY id")
            for id in stride(from: 0, to: ids.count, by: 7).map({ ids[$0] }) {
                let row = try Row.fetchOne(db, sql: "SELECT * FROM application WHERE id = ?", arguments: [id])!
                let received = CivilDate(iso: row["received"])!
                let events = try ApplicationClockCache.events(db, id: id).map(\.event)
                let expected = ApplicationClockCache.columns(received: received, events: events,
                                                             calendar: calendar, today: today)
                let clock = DeadlineClock.evaluate(received: received, events: events, today: today, calendar: calendar)
                #expect(clock.warnings.isEmpty, "\(id): \(clock.warnings)")
                #expect(row["phase"] == expected.phase.rawValue, "\(id)")
                #expect(row["sortRank"] == expected.sortRank, "\(id)")
                #expect(row["sortDue"] == expected.sortDue?.iso, "\(id)")
                #expect(row["replied"] == clock.replyDate?.iso, "\(id)")
                #expect(row["outcome"] == clock.outcome?.rawValue, "\(id)")
                #expect(row["withdrawn"] == clock.withdrawnDate?.iso, "\(id)")
            }
        }
    }

    @Test func onlyAnAdminMayGenerate() throws {
        let s = try emptyService()
        _ = try s.initialize(demo: true, created: false)
        let clerk = GongkaiService(workspace: s.workspace, actor: Actor(login: "wang.cg", origin: "test"), today: s.today)
        expectRefused(.adminOnly) { try clerk.generateDemo(Self.request) }
        #expect(try count(s, "SELECT COUNT(*) FROM application WHERE id GLOB 'A????-G*'") == 0)
    }
}
