/// 一次重放的登记检查 — a whole case history checked and evaluated in ONE replay (Docs/性能.md: an
/// import checks thousands of histories). Each event is judged as recording it after the ones
/// accepted before it would be: `DeadlineClock.validate` (with `today`), then the case-history rules
/// (`CaseHistoryGuard.check` with `settings`); a refused event is not applied. The clock of the
/// accepted events comes out of the same replay.
///
/// `DeadlineClock.validate`, `CaseHistoryGuard.check` and `DeadlineClock.evaluate` stay the
/// reference: `ClockAdmissionTests` compares this with them on random histories.
public struct ClockAdmission: Sendable {
    /// Why one event was refused.
    public enum Refusal: Error, Sendable, Equatable {
        case deadline(DeadlineError)
        case caseHistory(CaseHistoryRefusal)
    }

    /// The refused events: their index in the history given and why.
    public var refusals: [(index: Int, refusal: Refusal)]
    /// The events accepted, in the order given.
    public var accepted: [ApplicationEvent]
    /// `DeadlineClock.evaluate` of the events as of `today` (warnings included); nil when an
    /// event was refused.
    public var status: ClockStatus?
}

extension DeadlineClock {
    /// Checks `events` in order for an application received on `received`, as registering them
    /// one by one would, and evaluates the clock of the accepted ones in the same replay.
    public static func admit(received: CivilDate, events: [ApplicationEvent], calendar: WorkdayCalendar,
                             today: CivilDate, settings: ApplicationRuleSettings?) -> ClockAdmission {
        var replay = ClockReplay(received: received, calendar: calendar)
        var refusals: [(index: Int, refusal: ClockAdmission.Refusal)] = []
        var accepted: [ApplicationEvent] = []
        accepted.reserveCapacity(events.count)
        var dueAtReply: CivilDate?
        for (i, event) in events.enumerated() {
            do {
                try replay.check(event, today: today)
            } catch {
                refusals.append((i, .deadline(error)))
                continue
            }
            if let refusal = replay.guardRefusal(event, settings: settings) {
                refusals.append((i, .caseHistory(refusal)))
                continue
            }
            // Accepted events are in date order (validate refuses one before the previous), so
            // this is the order evaluate replays them in.
            if event.kind == .reply { dueAtReply = replay.count(asOf: event.date)?.due }
            replay.apply(event)
            accepted.append(event)
        }
        let status = refusals.isEmpty ? replay.status(today: today, dueAtReply: dueAtReply) : nil
        return ClockAdmission(refusals: refusals, accepted: accepted, status: status)
    }
}
