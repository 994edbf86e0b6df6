import Foundation
import Testing
@testable import GongkaiCore

/// `DeadlineClock.admit` checks a whole history and evaluates its clock in one replay (import,
/// issue 20). The reference is registering the events one by one: `validate` then the case-history
/// guard against the events accepted so far, and `evaluate` of the accepted events.
@Suite struct ClockAdmissionTests {
    /// The seeded SplitMix64 of the Core property tests (a failure reproduces).
    typealias Generator = SplitMix64

    let cal = WorkdayCalendar.builtIn
    let today = d("2026-03-10")

    /// The reference: the per-event loop import ran before (one replay per event, then evaluate).
    func reference(received: CivilDate, events: [ApplicationEvent], settings: ApplicationRuleSettings?)
        -> (refusals: [(Int, ClockAdmission.Refusal)], accepted: [ApplicationEvent], status: ClockStatus) {
        var refusals: [(Int, ClockAdmission.Refusal)] = []
        var accepted: [ApplicationEvent] = []
        for (i, event) in events.enumerated() {
            do {
                try DeadlineClock.validate(received: received, existing: accepted, new: event, calendar: cal, today: today)
            } catch {
                refusals.append((i, .deadline(error)))
                continue
            }
            if let refusal = CaseHistoryGuard.check(received: received, existing: accepted, new: event,
                                                    calendar: cal, settings: settings) {
                refusals.append((i, .caseHistory(refusal)))
                continue
            }
            accepted.append(event)
        }
        return (refusals, accepted, DeadlineClock.evaluate(received: received, events: accepted, today: today, calendar: cal))
    }

    func randomHistory(_ g: inout Generator) -> (CivilDate, [ApplicationEvent]) {
        let received = d("2024-11-01").adding(days: Int.random(in: 0...500, using: &g))
        var day = received.adding(days: Int.random(in: -2...3, using: &g))
        var events: [ApplicationEvent] = []
        for _ in 0..<Int.random(in: 0...6, using: &g) {
            // Mostly forward in time; sometimes before the previous event (refused).
            day = day.adding(days: Int.random(in: -3...20, using: &g))
            let event: ApplicationEvent
            switch Int.random(in: 0..<12, using: &g) {
            case 0: event = .extend(day, days: Int.random(in: 0...25, using: &g), approver: "王主任")
            case 1: event = .clarifyRequest(day, correctionDue: day.adding(days: Int.random(in: 1...25, using: &g)))
            case 2: event = .clarifyReceived(day, note: Bool.random(using: &g) ? "已补正" : nil)
            case 3: event = .consultStart(day, party: ConsultParty.allCases.randomElement(using: &g)!)
            case 4: event = .consultEnd(day)
            case 5: event = .withdraw(day)
            case 6: event = .feeNotice(day, amount: Int.random(in: 0...300, using: &g), count: 1)
            case 7: event = .feePaid(day)
            default: event = .reply(day, outcome: ApplicationOutcome.allCases.randomElement(using: &g)!)
            }
            events.append(event)
        }
        return (received, events)
    }

    @Test("one replay finds the same refusals and the same clock as registering event by event")
    func equalsEventByEvent() {
        var g = Generator(seed: 2026_1207)
        var refused = 0, clean = 0, withEvents = 0
        for n in 0..<1200 {
            let (received, events) = randomHistory(&g)
            let settings: ApplicationRuleSettings? = n % 4 == 0 ? nil : .default
            let one = DeadlineClock.admit(received: received, events: events, calendar: cal, today: today, settings: settings)
            let ref = reference(received: received, events: events, settings: settings)
            #expect(one.refusals.map(\.index) == ref.refusals.map(\.0), "\(received) \(events)")
            #expect(one.refusals.map(\.refusal) == ref.refusals.map(\.1), "\(received) \(events)")
            #expect(one.accepted == ref.accepted)
            if one.refusals.isEmpty {
                clean += 1
                if !events.isEmpty { withEvents += 1 }
                #expect(one.status == ref.status, "\(received) \(events)")
            } else {
                refused += 1
                #expect(one.status == nil)
            }
        }
        // The histories exercise both sides.
        #expect(refused > 100)
        #expect(clean > 100)
        #expect(withEvents > 50)
    }
}
