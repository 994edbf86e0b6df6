import Foundation
import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// 键集分页 — the rows read from an anchor row are exactly the rows next to it in the list read by
/// position, at every position, both ways, with ties on the sort key, filters and a unit's scope;
/// and every range is a walk of an index (EXPLAIN QUERY PLAN: no table scan, no sort).
@Suite("键集分页 Keyset paging")
struct KeysetPagingTests: DemoWorkspaceSuite {
    let clock = TestClock("2026-11-20")

    var today: @Sendable () -> CivilDate { let clock = self.clock; return { clock.today } }

    /// A demo workspace with requests in every rank (open, paused, replied, withdrawn), several on
    /// the same days, and documents sharing their dates.
    func workspace() throws -> Workspace {
        let ws = try Workspace.inMemory()
        let admin = as_(ws, "admin")
        _ = try admin.initialize(demo: true, created: true)
        var g = SeededGenerator(state: 20_2612)
        for i in 0..<40 {
            let received = clock.today.adding(days: -8 - Int.random(in: 0...60, using: &g) / 3 * 3)
            let unit = ["edu", "chengguan"].randomElement(using: &g)!
            let a = try admin.addApplication(NewApplication(
                received: received, channel: .online, applicantType: .business, applicantName: "单位\(i)",
                content: "申请公开第\(i)项", unit: unit))
            switch Int.random(in: 0..<5, using: &g) {
            case 0: _ = try admin.recordEvent(applicationId: a.id, .reply(received.adding(days: [3, 6].randomElement(using: &g)!), outcome: .granted))
            case 1: _ = try admin.recordEvent(applicationId: a.id, .withdraw(received.adding(days: 1)))
            case 2: _ = try admin.recordEvent(applicationId: a.id, .clarifyRequest(received.adding(days: 2),
                                                                                   correctionDue: received.adding(days: 30)))
            default: break
            }
            _ = try admin.addDocument(NewDocument(
                title: "同日文件\(i)", type: [.normative, .general].randomElement(using: &g)!,
                disclosure: DocumentDisclosure(attribute: .proactive), unit: unit,
                formed: clock.today.adding(days: -(i % 4))))
        }
        return ws
    }

    /// Checks `beside` against the list read in full, for every anchor, both sides, a few sizes.
    func expectNeighbours(_ list: [String], _ beside: (String, PageSide, Int) throws -> [String]?,
                          _ what: String) throws {
        #expect(list.count > 5, "\(what): a list long enough")
        for (i, id) in list.enumerated() {
            for n in [1, 3, 25] {
                #expect(try beside(id, .after, n) == Array(list[(i + 1)...].prefix(n)), "\(what): \(n) after \(id) (#\(i))")
                #expect(try beside(id, .before, n) == Array(list[..<i].suffix(n)), "\(what): \(n) before \(id) (#\(i))")
            }
        }
        #expect(try beside("X-none", .after, 3) == nil)
    }

    @Test func documentsBesideARowAreItsNeighboursInTheList() throws {
        let ws = try workspace()
        for login in ["admin", "wang.cg"] {
            let s = as_(ws, login)
            let list = try s.listDocuments(DocumentQuery(offset: 0, limit: 10_000)).items
            try expectNeighbours(list.map(\.id), { try s.documents(beside: $0, side: $1, limit: $2)?.map(\.id) },
                                 "documents as \(login)")
            let window = try s.documentWindow(offset: 5, limit: 7, total: list.count)
            #expect(window == Array(list[5..<12]))
            #expect(try s.documentWindow(offset: list.count - 4, limit: 7, total: list.count) == Array(list.suffix(4)))
        }
    }

    @Test func interpretationRowsBesideARowAreItsNeighbours() throws {
        let ws = try workspace()
        let s = as_(ws, "admin")
        let list = try s.interpretationOverview()
        try expectNeighbours(list.map(\.doc), { try s.interpretationWindow(beside: $0, side: $1, limit: $2)?.map(\.doc) },
                             "解读")
        if let row = list.dropFirst(3).first {
            #expect(try s.interpretationWindow(beside: list[2].doc, side: .after, limit: 1) == [row])
        }
    }

    @Test func requestsBesideARowAreItsNeighboursInEveryRankFilterAndScope() throws {
        let ws = try workspace()
        let admin = as_(ws, "admin")
        let all = try admin.listApplications(ApplicationQuery(limit: 10_000)).items
        #expect(Set(all.map(\.state)).isSuperset(of: [.processing, .replied, .withdrawn, .awaitingCorrection]))
        let queries = [ApplicationQuery(limit: 10_000), ApplicationQuery(state: .replied, limit: 10_000),
                       ApplicationQuery(unit: "edu", limit: 10_000)]
        for (login, query) in [("admin", queries[0]), ("admin", queries[1]), ("admin", queries[2]), ("wang.cg", queries[0])] {
            let s = as_(ws, login)
            let list = try s.listApplications(query).items
            try expectNeighbours(list.map(\.id), { try s.applications(beside: $0, side: $1, query: query, limit: $2)?.map(\.id) },
                                 "requests as \(login), \(query)")
        }
        let page = try admin.applications(beside: all[4].id, side: .after, query: ApplicationQuery(), limit: 2)
        #expect(page == Array(all[5..<7]))
    }

    /// Every range the keyset reads walks an index: a SEARCH with the index, no SCAN of the
    /// table, no temporary B-tree for the order (requests), none for the whole order (documents).
    @Test func everyRangeIsAnIndexSearchWithoutSorting() throws {
        let ws = try workspace()
        let admin = as_(ws, "admin")
        let all = try admin.listApplications(ApplicationQuery(limit: 10_000)).items
        try ws.writer.read { db in
            for item in all {
                let key = try #require(try Row.fetchOne(db, sql: "SELECT sortRank, sortDue, received, id FROM application WHERE id = ?",
                                                        arguments: [item.id]))
                for side in [PageSide.after, .before] {
                    for whereSQL in ["1", "a.unitId = 'edu'"] {
                        for segment in ApplicationKeyset.segments(from: key, side: side) {
                            var args = segment.arguments
                            args += [5]
                            let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + ApplicationKeyset.sql(whereSQL: whereSQL, segment),
                                                        arguments: args).map { $0["detail"] as String }
                            let text = plan.joined(separator: " | ")
                            #expect(plan.contains { $0.hasPrefix("SEARCH a USING INDEX application_by") }, "\(segment.condition): \(text)")
                            #expect(!text.contains("TEMP B-TREE") && !text.contains("SCAN a"), "\(segment.condition): \(text)")
                        }
                    }
                }
            }
            for sql in [GongkaiService.documentKeysetSQL(scope: "1", side: .after),
                        GongkaiService.documentKeysetSQL(scope: "d.unitId = 'edu'", side: .before),
                        GongkaiService.interpretationKeysetSQL(scope: "1", side: .after),
                        GongkaiService.interpretationKeysetSQL(scope: "unitId = 'edu'", side: .before)] {
                let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: ["2026-11-01", "D1", 5])
                    .map { $0["detail"] as String }.joined(separator: " | ")
                #expect(plan.contains("SEARCH") && plan.contains("INDEX"), "\(sql): \(plan)")
                // A unit's documents: its index ends with the date, so the few documents of one day
                // are put in id order (a sort of the right part only, never of the whole list).
                #expect(!plan.contains("TEMP B-TREE FOR ORDER BY") && !plan.contains("SCAN"), "\(sql): \(plan)")
            }
        }
    }
}
