import Foundation
import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// 分档检索 — a 1–2 character term alone is ranked band by band (in the title and the 文号, the
/// title, the 文号, elsewhere), each band read newest first. Whichever way a band is read — walking
/// the date index or looking its rows up and sorting them — the page and the count are the
/// reference's: the document rows themselves, ranked by LIKE, for the county and for one unit.
@Suite("分档检索 Short terms ranked band by band")
struct SearchBandTests {
    @Test(arguments: [GongkaiService.BandPlan.walk, .lookUp])
    func eachBandReadEitherWayGivesTheReferenceOrder(_ plan: GongkaiService.BandPlan) throws {
        let ws = try Workspace.inMemory()
        let admin = GongkaiService(workspace: ws, actor: Actor(login: "admin", origin: "test"))
        _ = try admin.initialize(demo: true, created: true)
        var g = SeededGenerator(state: 2026_1208)
        let words = ["教育", "税收", "育", "Ab", "局", " ", "。", "公开"]
        func text(_ n: Int) -> String { (0..<n).map { _ in words.randomElement(using: &g)! }.joined() }
        try ws.writer.write { db in
            for i in 0..<160 {
                // Few dates, so that many rows tie on the date and the id decides.
                try db.execute(sql: """
                    INSERT INTO document (id, title, docNumber, type, state, unitId, formed, body, createdAt, updatedAt)
                    VALUES (?, ?, ?, 'general', 'draft', ?, ?, ?, 'x', 'x')
                    """, arguments: ["D-B\(i)", text(3), Bool.random(using: &g) ? text(2) : nil,
                                     Bool.random(using: &g) ? "edu" : "chengguan",
                                     "2026-0\(Int.random(in: 1...4, using: &g))-01", text(10)])
            }
            try MaintainedState.settle(db, changes: nil)
        }
        var compared = 0, banded = Set<Int>()
        for term in ["教育", "育", "ab", "税收", "局", "公开"] {
            for unit in [nil, "chengguan"] as [String?] {
                let expected = try ws.writer.read { db in try SearchBigramStoreTests.reference(db, term: term, unit: unit) }
                for limit in [1, 5, 40, 10_000] {
                    let result = try ws.writer.read { db in
                        try GongkaiService.rankedInBands(db, term: term, scope: UnitScope(unitId: unit), limit: limit, plan: plan)
                    }
                    let got = try #require(result)
                    #expect(got.hits.map(\.id) == Array(expected.prefix(limit)), "\(term) \(unit ?? "county") \(limit)")
                    #expect(got.total == expected.count, "\(term) \(unit ?? "county") \(limit)")
                    banded.formUnion(got.hits.map { Int(-$0.rank) })
                    compared += 1
                }
            }
        }
        #expect(compared == 48)
        #expect(banded == [16, 11, 6, 1])   // every band was read
    }

    /// The walk reads the date index, the look-up the band's rows by key: each plan is the one its
    /// statement asks for.
    @Test func theWalkUsesTheDateIndex() throws {
        let ws = try Workspace.inMemory()
        let plans = try ws.writer.read { db in
            try [("INDEXED BY documentBigramKey_newest", "walk"), ("NOT INDEXED", "lookUp")].map { clause, name in
                (name, try Row.fetchAll(db, sql: """
                    EXPLAIN QUERY PLAN SELECT o.documentId FROM documentBigramKey o \(clause)
                    WHERE o.key IN (SELECT rowid FROM documentBigram WHERE documentBigram MATCH 'u006559u0080b2') AND 1
                    ORDER BY o.formed DESC, o.documentId LIMIT 36
                    """).map { $0["detail"] as String })
            }
        }
        #expect(plans[0].1.contains { $0.contains("documentBigramKey_newest") })
        #expect(!plans[0].1.contains { $0.contains("TEMP B-TREE") })
        #expect(plans[1].1.contains { $0.contains("INTEGER PRIMARY KEY") })
    }
}
