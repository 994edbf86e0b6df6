import Foundation
import Testing
@testable import GongkaiCore

/// The maintained standing answers the inbox question exactly as a full evaluation does, on every
/// day, for random documents, interpretations, overrides and lags (a property over a seeded
/// generator, so a failure reproduces).
@Suite struct SyncStandingTests {
    typealias Generator = SplitMix64

    let cal = WorkdayCalendar.builtIn
    let start = CivilDate(year: 2025, month: 12, day: 20)!

    func day(_ g: inout Generator, within: Int = 40) -> CivilDate { start.adding(days: Int.random(in: 0..<within, using: &g)) }
    func maybe(_ g: inout Generator, _ p: Double = 0.6) -> Bool { Double.random(in: 0..<1, using: &g) < p }

    @Test func standingAgreesWithTheFullCheckOnEveryDay() {
        var g = Generator(seed: 20261206)
        var checkedOpen = 0, checkedClosed = 0, checkedLate = 0
        for _ in 0..<400 {
            let submitted = maybe(&g) ? day(&g) : nil
            let approved = submitted != nil && maybe(&g) ? submitted!.adding(days: Int.random(in: 0..<6, using: &g)) : nil
            let published = approved != nil && maybe(&g) ? approved!.adding(days: Int.random(in: 0..<6, using: &g)) : nil
            let doc = SyncDocument(id: "D1", required: maybe(&g, 0.9), submitted: submitted, approved: approved, published: published)
            var interps: [Interpretation] = []
            for n in 0..<Int.random(in: 0...2, using: &g) {
                let created = day(&g)
                let iApproved = maybe(&g) ? created.adding(days: Int.random(in: 0..<5, using: &g)) : nil
                let iPublished = iApproved != nil && maybe(&g, 0.5) ? iApproved!.adding(days: Int.random(in: 0..<8, using: &g)) : nil
                interps.append(Interpretation(id: "I\(n)", documentId: maybe(&g, 0.9) ? "D1" : "D2",
                                              unit: InterpretingUnit(draftingUnit: "jyj"), forms: [.text],
                                              state: iPublished != nil ? .published : iApproved != nil ? .approved : .draft,
                                              created: created, approved: iApproved, published: iPublished))
            }
            let overrides = SyncOverrides(approveReason: maybe(&g, 0.15) ? "特批" : nil,
                                          publishReason: maybe(&g, 0.15) ? "特批" : nil)
            let settings = InterpretationSettings(allowedLagWorkdays: [0, 0, 1, 3].randomElement(using: &g)!)
            let standing = SyncStanding.of(document: doc, interpretations: interps, settings: settings,
                                           calendar: cal, overrides: overrides)
            for offset in stride(from: 0, through: 70, by: 3) {
                let today = start.adding(days: offset)
                let full = SyncCheck.evaluate(document: doc, interpretations: interps, settings: settings,
                                              calendar: cal, today: today, overrides: overrides)
                let open = full.problems.contains { !$0.overridden && $0.code != .interpretationMissing }
                #expect(standing.isOpen(on: today) == open, "doc \(doc) interps \(interps) overrides \(overrides) on \(today)")
                let late = full.problems.contains { !$0.overridden && $0.code == .notPublishedTogether }
                #expect(standing.isLate(on: today) == late, "late: doc \(doc) interps \(interps) overrides \(overrides) on \(today)")
                if late { checkedLate += 1 }
                if open { checkedOpen += 1 } else { checkedClosed += 1 }
            }
        }
        // The generator reaches both answers often, so the property is not vacuous.
        #expect(checkedOpen > 500)
        #expect(checkedClosed > 500)
        #expect(checkedLate > 100)
    }

    @Test func aPublishedDocumentWithoutInterpretationBecomesLateAfterTheLag() {
        // Published Friday 2025-03-07; with a lag of 1 working day the deadline is Monday 03-10.
        let doc = SyncDocument(id: "D1", required: true, submitted: CivilDate(iso: "2025-03-03"),
                               approved: CivilDate(iso: "2025-03-05"), published: CivilDate(iso: "2025-03-07"))
        let early = Interpretation(id: "I1", documentId: "D1", unit: InterpretingUnit(draftingUnit: "jyj"), forms: [.text],
                                   state: .approved, created: CivilDate(iso: "2025-03-01")!, approved: CivilDate(iso: "2025-03-04"))
        let s = SyncStanding.of(document: doc, interpretations: [early], settings: InterpretationSettings(allowedLagWorkdays: 1), calendar: cal)
        #expect(s.openProblems == 0)
        #expect(s.lateAfter == CivilDate(iso: "2025-03-10"))
        #expect(!s.isOpen(on: CivilDate(iso: "2025-03-10")!))
        #expect(s.isOpen(on: CivilDate(iso: "2025-03-11")!))
    }
}
