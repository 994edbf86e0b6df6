import Foundation
import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// 表二在数据库中汇总 — table 二's 规章 / 规范性文件 counts aggregated in SQL (`RegisterSource.counts(db:…)`)
/// equal Core's computation over the entries (`RegisterYearCounts` via `RegisterSource.entries`), over
/// random documents of every type and state, published in any year or not at all, in two units.
@Suite("表二 SQL 汇总 Table 2 aggregated in SQL")
struct RegisterSourceTests {
    @Test(arguments: [UInt64(21), 22, 23])
    func theAggregateEqualsTheEntryByEntryCounts(seed: UInt64) throws {
        let f = try ReportFixture()
        var g = SeededGenerator(state: seed)
        try f.ws.writer.write { db in
            for i in 0..<120 {
                let state = ["draft", "in-review", "approved", "published", "published"].randomElement(using: &g)!
                let year = Int.random(in: 2022...2027, using: &g)
                let day = "\(year)-\(String(format: "%02d", Int.random(in: 1...12, using: &g)))-\(String(format: "%02d", Int.random(in: 1...28, using: &g)))"
                let published = state == "published" || Bool.random(using: &g) ? day : nil
                try DocumentRow(id: "R\(i)", title: "文件\(i)", docNumber: nil,
                                type: ["regulation", "normative", "normative", "general", "policy"].randomElement(using: &g)!,
                                attribute: "proactive", withheldReason: nil, state: state,
                                unitId: Bool.random(using: &g) ? "edu" : "hexi", formed: day, published: published,
                                body: "", createdAt: "x", updatedAt: "x").insert(db)
            }
        }
        try f.ws.writer.read { db in
            for year in 2021...2028 {
                for unit in [nil, "edu", "hexi"] as [String?] {
                    let reference = RegisterSource.counts(try RegisterSource.entries(db, unitId: unit), year: year)
                    #expect(try RegisterSource.counts(db, unitId: unit, year: year) == reference, "\(year) \(unit ?? "county")")
                }
            }
            #expect(RegisterSource.counts(try RegisterSource.entries(db, unitId: nil), year: 2027).values.contains { $0.inForce > 0 })
        }
    }

    @Test func aCorruptPublicationDateIsRefusedNamingTheDocument() throws {
        let f = try ReportFixture()
        try f.ws.writer.write { db in
            try DocumentRow(id: "RX", title: "规范性文件", docNumber: nil, type: "normative", attribute: "proactive",
                            withheldReason: nil, state: "published", unitId: "edu", formed: "2025-01-02",
                            published: "2025/01/05", body: "", createdAt: "x", updatedAt: "x").insert(db)
        }
        do {
            _ = try f.service.annualReport(year: 2025, scope: .unit("edu"))
            Issue.record("a corrupt publication date was counted")
        } catch let e as CorruptRowError {
            #expect([e.table, e.id] == ["document", "RX"])
        }
    }
}
