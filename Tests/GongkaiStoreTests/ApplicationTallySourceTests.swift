import Foundation
import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// 表三在数据库中汇总 — the tallies aggregated by SQL (`ApplicationTallySource`) give the table that
/// Core's record-by-record computation gives over every application's fact (`ApplicationFactSource`),
/// over random ledgers: several replies and withdrawals per application in any order, replies without
/// an outcome, closings dated before receipt, every year boundary, one unit or the county.
@Suite("表三 SQL 汇总 Table 3 aggregated in SQL")
struct ApplicationTallySourceTests {
    static let outcomes = ApplicationOutcome.allCases

    /// Adds `count` applications with random receipt dates and types, then stores random reply,
    /// withdraw and extend events on them directly (the ledger the report must cope with, sound or not).
    func randomLedger(_ f: ReportFixture, seed: UInt64, count: Int) throws {
        var g = SeededGenerator(state: seed)
        let start = CivilDate(iso: "2023-01-01")!
        func day(_ d: CivilDate, plus n: Int) -> CivilDate { d.adding(days: n) }
        for _ in 0..<count {
            let received = day(start, plus: Int.random(in: 0...1_390, using: &g))
            let id = try f.add(received.iso, ApplicantType.allCases.randomElement(using: &g)!,
                               unit: Bool.random(using: &g) ? "edu" : "hexi")
            try f.ws.writer.write { db in
                var seq = (try Int.fetchOne(db, sql: "SELECT MAX(seq) FROM applicationEvent WHERE applicationId = ?",
                                            arguments: [id]) ?? 0) + 1
                for _ in 0..<Int.random(in: 0...3, using: &g) {
                    let kind = ["reply", "reply", "withdraw", "extend"].randomElement(using: &g)!
                    // Often on the same few days, so that a reply and a withdrawal fall on one day.
                    let date = day(received, plus: Bool.random(using: &g) ? [-5, 0, 10, 10, 30, 365].randomElement(using: &g)!
                                                                            : Int.random(in: -20...500, using: &g))
                    let outcome = kind == "reply" && Int.random(in: 0..<8, using: &g) > 0
                        ? Self.outcomes.randomElement(using: &g)!.rawValue : nil
                    try db.execute(sql: """
                        INSERT INTO applicationEvent (applicationId, seq, kind, date, outcome, createdAt, actor)
                        VALUES (?, ?, ?, ?, ?, '2026-01-01T00:00:00Z', 'test')
                        """, arguments: [id, seq, kind, date.iso, outcome])
                    seq += 1
                }
            }
        }
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func theAggregateEqualsTheRecordByRecordTable(seed: UInt64) throws {
        let f = try ReportFixture()
        try randomLedger(f, seed: seed, count: 60)
        try f.ws.writer.read { db in
            for year in 2022...2027 {
                for unit in [nil, "edu", "hexi"] as [String?] {
                    let facts = try ApplicationFactSource.facts(db, throughYear: year, unitId: unit)
                    let source = try ApplicationTallySource.tallies(db, year: year, unitId: unit)
                    let reference = ApplicationTable.computed(year: year, facts: facts, unitId: unit)
                    #expect(ApplicationTable.computed(year: year, tallies: source.tallies) == reference,
                            "\(year) \(unit ?? "county")")
                    #expect(source.tallies.reduce(0) { $0 + $1.count } == facts.count)
                    // Every application with a problem comes back alone, as the reference builds it.
                    #expect(Set(source.factsWithProblems) == Set(facts.filter { !$0.problems.isEmpty }),
                            "\(year) \(unit ?? "county")")
                    // Tens of rows, not one per application.
                    #expect(source.tallies.count - source.factsWithProblems.count <= 6 * 2 * 25 * 3)
                }
            }
        }
    }

    @Test func theReportUsesTheAggregateAndKeepsTheProblems() throws {
        let f = try ReportFixture()
        try randomLedger(f, seed: 7, count: 40)
        let r = try f.service.annualReport(year: 2025, scope: .county)
        let expected = try f.ws.writer.read { db in
            let facts = try ApplicationFactSource.facts(db, throughYear: 2025, unitId: nil)
            return (ApplicationTable.computed(year: 2025, facts: facts),
                    facts.filter { $0.received.year == 2025 || $0.isOpen(atEndOf: 2024) }.flatMap(\.problems))
        }
        #expect(r.report.applications == expected.0)
        #expect(!expected.1.isEmpty)
        #expect(Set(r.dataProblems) == Set(expected.1))
    }

    @Test func aCorruptOutcomeIsRefusedNamingTheApplication() throws {
        let f = try ReportFixture()
        let id = try f.add("2025-03-03", .naturalPerson, unit: "edu")
        try f.ws.writer.write { db in
            try db.execute(sql: """
                INSERT INTO applicationEvent (applicationId, seq, kind, date, outcome, createdAt, actor)
                VALUES (?, 99, 'reply', '2025-03-10', 'no-such-outcome', '2026-01-01T00:00:00Z', 'test')
                """, arguments: [id])
        }
        do {
            _ = try f.service.annualReport(year: 2025, scope: .unit("edu"))
            Issue.record("a corrupt outcome was counted")
        } catch let e as CorruptRowError {
            #expect([e.table, e.id, e.column] == ["applicationEvent", id, "outcome"])
        }
    }

    /// County-wide (through the covering index) a corrupt applicant type is refused naming the
    /// application that holds it, looked up after the aggregate found the code.
    @Test func aCorruptApplicantTypeIsRefusedNamingTheApplicationCountyWide() throws {
        let f = try ReportFixture()
        _ = try f.add("2025-02-03", .naturalPerson, unit: "edu")
        let id = try f.add("2025-03-03", .naturalPerson, unit: "hexi")
        try f.ws.writer.write { db in
            try db.execute(sql: "UPDATE application SET applicantType = 'no-such-type' WHERE id = ?", arguments: [id])
        }
        do {
            _ = try f.service.annualReport(year: 2025, scope: .county)
            Issue.record("a corrupt applicant type was counted")
        } catch let e as CorruptRowError {
            #expect([e.table, e.id, e.column] == ["application", id, "applicantType"])
        }
    }
}
