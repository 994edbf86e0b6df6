import Foundation
import Testing
@testable import GongkaiCore

/// Table 三 from tallies equals table 三 from the facts they count, for random facts (replies with and
/// without outcomes, withdrawals before and after the reply, closings before receipt) and every year
/// around them; grouped tallies (counts added) give the same table as one tally per fact.
@Suite("表三 申请计数 ApplicationTally")
struct ApplicationTallyTests {
    typealias G = SyncStandingTests.Generator

    func randomFacts(seed: UInt64, count: Int) -> [ApplicationFact] {
        var g = G(seed: seed)
        let start = CivilDate(year: 2023, month: 1, day: 1)!
        return (0..<count).map { i in
            let received = start.adding(days: Int.random(in: 0...1_000, using: &g))
            func later() -> CivilDate? {
                Bool.random(using: &g) ? received.adding(days: Int.random(in: -10...400, using: &g)) : nil
            }
            let replied = later()
            let outcome = Int.random(in: 0..<6, using: &g) > 0 ? ApplicationOutcome.allCases.randomElement(using: &g) : nil
            return ApplicationFact(id: "A\(i)", applicantType: ApplicantType.allCases.randomElement(using: &g)!,
                                   received: received, replied: replied, outcome: outcome, withdrawn: later(),
                                   unitId: "u")
        }
    }

    @Test(arguments: [UInt64(11), 12, 13, 14])
    func talliesCountAsTheFacts(seed: UInt64) {
        let facts = randomFacts(seed: seed, count: 400)
        for year in 2022...2026 {
            let single = facts.compactMap { ApplicationTally($0, year: year) }
            var grouped: [ApplicationTally: Int] = [:]
            for var t in single { t.count = 0; grouped[t, default: 0] += 1 }
            let merged = grouped.map { t, n in var t = t; t.count = n; return t }
            let reference = ApplicationTable.computed(year: year, facts: facts)
            #expect(ApplicationTable.computed(year: year, tallies: single) == reference, "\(year)")
            #expect(ApplicationTable.computed(year: year, tallies: merged) == reference, "\(year)")
            #expect(merged.count < single.count || single.isEmpty)
        }
    }

    @Test func aFactReceivedAfterTheYearIsNotTallied() {
        let f = ApplicationFact(id: "A", applicantType: .naturalPerson, received: CivilDate(year: 2026, month: 1, day: 2)!,
                                unitId: "u")
        #expect(ApplicationTally(f, year: 2025) == nil)
        #expect(ApplicationTally(f, year: 2026)?.received == .during)
        #expect(ApplicationTally(f, year: 2027)?.received == .before)
    }
}
