import Foundation
import GRDB
import GongkaiTestSupport
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// 件数 — the per-unit counts of documents and requests (`rowCount`, kept by triggers) stay the
/// counts recomputed from the tables over random changes: documents and requests added through
/// the service door, rows deleted and moved to another unit by hand (the triggers do not care who
/// writes), a batch of demo data; and what the panes and the status bar read from them is the
/// `COUNT(*)` of every role.
@Suite("件数 Row counts kept by triggers")
struct RowCountStoreTests: DemoWorkspaceSuite {
    func recount(_ ws: Workspace) throws -> (kept: [String], recomputed: [String]) {
        try ws.writer.read { db in
            let kept = try Row.fetchAll(db, sql: "SELECT tableName, unitId, n FROM rowCount WHERE n != 0 ORDER BY 1, 2")
                .map { "\($0[0] as String) \($0[1] as String) \($0[2] as Int)" }
            let recomputed = try Row.fetchAll(db, sql: """
                SELECT 'application', unitId, COUNT(*) FROM application GROUP BY unitId
                UNION ALL SELECT 'document', unitId, COUNT(*) FROM document GROUP BY unitId ORDER BY 1, 2
                """).map { "\($0[0] as String) \($0[1] as String) \($0[2] as Int)" }
            return (kept, recomputed)
        }
    }

    @Test func theCountsAreTheTablesCountsOverRandomChanges() throws {
        let ws = try workspace()
        let admin = as_(ws, "admin")
        let officers = ["admin", "liu.edu", "zhao.edu", "wang.cg"].map { as_(ws, $0) }
        var g = SeededGenerator(state: 20_1209)
        var kinds: Set<Int> = []
        for step in 0..<PropertyRun.steps(40, quick: 25) {
            let kind = Int.random(in: 0..<6, using: &g)
            do {
                switch kind {
                case 0:
                    _ = try admin.addDocument(NewDocument(title: "件数文件\(step)", type: .general, disclosure: DocumentDisclosure(attribute: .proactive),
                                                          unit: ["edu", "chengguan"].randomElement(using: &g)!,
                                                          formed: pinnedToday))
                case 1:
                    _ = try admin.addApplication(NewApplication(
                        received: pinnedToday, channel: .inPerson, applicantType: .naturalPerson, applicantName: "申请人\(step)",
                        content: "申请公开第\(step)号事项", unit: ["edu", "chengguan", nil].randomElement(using: &g)!))
                case 2:
                    // A request deleted by hand (with its events).
                    try ws.writer.write { db in
                        try db.execute(sql: "DELETE FROM application WHERE id = (SELECT id FROM application ORDER BY random() LIMIT 1)")
                    }
                case 3:
                    // A document moved to another unit by hand.
                    try ws.writer.write { db in
                        try db.execute(sql: """
                            UPDATE document SET unitId = (SELECT id FROM unit ORDER BY random() LIMIT 1)
                            WHERE id = (SELECT id FROM document ORDER BY random() LIMIT 1)
                            """)
                    }
                case 4:
                    try ws.writer.write { db in
                        try db.execute(sql: """
                            UPDATE application SET unitId = (SELECT id FROM unit ORDER BY random() LIMIT 1)
                            WHERE id = (SELECT id FROM application ORDER BY random() LIMIT 1)
                            """)
                    }
                default:
                    _ = try admin.generateDemo(DemoGenerationRequest(documents: 15, applications: 12, fromYear: 2025,
                                                                     toYear: 2026, seed: UInt64(step)))
                }
                kinds.insert(kind)
            } catch is ServiceError {
            } catch is AccessDenied {
            }
            let (kept, recomputed) = try recount(ws)
            #expect(kept == recomputed, "step \(step)")
            for officer in officers {
                let scope = try ws.writer.read { db in UnitScope(try officer.policy(db)) }
                let (documents, applications) = try ws.writer.read { db in
                    (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document WHERE \(scope.sql("unitId"))", arguments: scope.arguments)!,
                     try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM application WHERE \(scope.sql("unitId"))", arguments: scope.arguments)!)
                }
                #expect(try officer.documentCount() == documents, "step \(step), \(officer.actor.login)")
                #expect(try officer.listApplications(ApplicationQuery(limit: 0)).total == applications,
                        "step \(step), \(officer.actor.login)")
                let overview = try officer.overview()
                #expect(overview.documents == documents && overview.applications == applications)
            }
        }
        #expect(kinds == Set(0..<6), "every kind of change was made: \(kinds)")
    }
}
