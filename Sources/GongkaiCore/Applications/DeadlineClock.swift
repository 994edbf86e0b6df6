/// 依申请公开答复期限 — the reply clock of 条例第三十条至第三十四条 under CONVENTIONS C1–C4 and C7.
///
/// Both entry points are pure functions of the stored receipt date and events plus the calendar,
/// so entering a missing year's arrangement later recomputes every open item (C5, C7).
public enum DeadlineClock {
    /// 答复期限 20 个工作日 (条例第三十三条; C1).
    public static let replyDays = 20
    /// 补正告知 within 7 working days of receipt (条例第三十条; C3).
    public static let clarifyNoticeDays = 7
    /// 征求意见 answer within 15 working days (条例第三十二条、第三十四条; C2).
    public static let consultDays = 15
    /// 延期 at most 20 working days in total (条例第三十三条; C4).
    public static let maxExtensionDays = 20

    /// 答复期限状态 — the clock as of `today` for an application received on `received` with
    /// `events` (any order; same-day events keep their stored order).
    ///
    /// Stored events that `validate` would refuse are reported as warnings; those that would
    /// lengthen the clock illegally (an extension past the limits or after the due date, a
    /// correction with no request, anything before receipt or after the reply) are not applied,
    /// so a data error never hides an overdue item.
    public static func evaluate(received: CivilDate, events: [ApplicationEvent], today: CivilDate,
                                calendar: WorkdayCalendar) -> ClockStatus {
        var replay = ClockReplay(received: received, calendar: calendar)
        var dueAtReply: CivilDate?
        let ordered = events.enumerated()
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element)
        for event in ordered {
            do {
                try replay.check(event, today: nil)
            } catch {
                replay.warn(.invalidEvent, event.date, error.message)
                if Self.isNotApplied(error) { continue }
            }
            if event.date > today {
                replay.warn(.eventInFuture, event.date,
                            C.Applications.warnEventInFuture.text([event.kind.displayName, "\(event.date)", "\(today)"]))
            }
            if event.kind == .reply { dueAtReply = replay.count(asOf: event.date)?.due }
            replay.apply(event)
        }
        return replay.status(today: today, dueAtReply: dueAtReply)
    }

    /// 登记前校验 — throws when `new` may not be recorded after `existing` (in stored order) for an
    /// application received on `received`. Pass `today` to also refuse events dated in the future.
    public static func validate(received: CivilDate, existing: [ApplicationEvent], new: ApplicationEvent,
                                calendar: WorkdayCalendar, today: CivilDate? = nil) throws(DeadlineError) {
        var replay = ClockReplay(received: received, calendar: calendar)
        for event in existing { replay.apply(event) }
        try replay.check(new, today: today)
    }

    /// Errors whose event evaluate skips: applying them would extend or restart the clock.
    private static func isNotApplied(_ error: DeadlineError) -> Bool {
        switch error {
        case .eventBeforeReceipt, .eventAfterClose, .consultEndWithoutConsultation,
             .clarifyReceivedWithoutRequest, .extensionDaysOutOfRange, .extensionTotalExceeded,
             .extensionAfterDue, .extensionWhileAwaitingCorrection:
            return true
        case .missingParameter(let kind, _):
            return kind == .extend
        case .eventBeforePrevious, .eventInFuture, .correctionDueBeforeNotice, .clarifyAlreadyPending,
             .consultationAlreadyOpen, .replyWhileConsulting:
            return false
        }
    }
}

/// Replays events in order, keeping what the clock needs; shared by evaluate and validate so the
/// two can never disagree about the current due date.
struct ClockReplay {
    struct Pause {
        var start: CivilDate
        var party: ConsultParty?
        var deadline: CivilDate
        var answered: CivilDate?
    }

    let received: CivilDate
    let calendar: WorkdayCalendar
    let clarifyNoticeDue: WorkdayCount
    var clockStart: CivilDate
    var pendingClarify: ApplicationEvent?
    var clarifyRequests = 0
    var pauses: [Pause] = []
    var extensions: [ExtensionRecord] = []
    var closing: ApplicationEvent?
    var lastDate: CivilDate?
    var warnings: [ClockWarning] = []
    var missing: Set<Int> = []

    init(received: CivilDate, calendar: WorkdayCalendar) {
        self.received = received
        self.calendar = calendar
        self.clockStart = received
        self.clarifyNoticeDue = calendar.addWorkdays(from: received, days: DeadlineClock.clarifyNoticeDays)
        missing.formUnion(clarifyNoticeDue.missingYears)
    }

    var extensionTotal: Int { extensions.reduce(0) { $0 + $1.days } }

    /// The latest consultation whose answer is not recorded.
    var unanswered: Pause? {
        guard let last = pauses.last, last.answered == nil else { return nil }
        return last
    }

    /// A consultation still open on `date`: unanswered and before its deadline. On the deadline
    /// day itself the pause's end is already fixed (an answer that day ends it that day too), so
    /// the due date is known.
    func openPause(on date: CivilDate) -> Pause? {
        guard let p = unanswered, date < p.deadline else { return nil }
        return p
    }

    /// E of C2: the answer day or the deadline, whichever is earlier; nil while open on `date`.
    func pauseEnd(_ p: Pause, asOf date: CivilDate) -> CivilDate? {
        if let answered = p.answered { return min(answered, p.deadline) }
        return date < p.deadline ? nil : p.deadline
    }

    /// Working days in every (S, E] — up to `date` for a pause still open.
    func pausedWorkdays(asOf date: CivilDate) -> Set<CivilDate> {
        var set = Set<CivilDate>()
        for p in pauses {
            set.formUnion(calendar.workdays(after: p.start, through: pauseEnd(p, asOf: date) ?? min(date, p.deadline)))
        }
        return set
    }

    /// The 20 (+ extension) working-day count as of `date`, or nil while stopped (补正) or paused.
    func count(asOf date: CivilDate) -> WorkdayCount? {
        guard pendingClarify == nil, openPause(on: date) == nil else { return nil }
        return calendar.addWorkdays(from: clockStart, days: DeadlineClock.replyDays + extensionTotal,
                                    pausedWorkdays: pausedWorkdays(asOf: date))
    }

    mutating func warn(_ kind: ClockWarningKind, _ date: CivilDate?, _ message: String) {
        warnings.append(ClockWarning(kind: kind, date: date, message: message))
    }

    func check(_ e: ApplicationEvent, today: CivilDate?) throws(DeadlineError) {
        if e.date < received { throw .eventBeforeReceipt(date: e.date, received: received) }
        if let last = lastDate, e.date < last { throw .eventBeforePrevious(date: e.date, previous: last) }
        if let c = closing { throw .eventAfterClose(kind: e.kind, closedBy: c.kind, on: c.date) }
        if let today, e.date > today { throw .eventInFuture(date: e.date, today: today) }
        switch e.kind {
        case .clarifyRequest:
            guard let due = e.correctionDue else { throw .missingParameter(kind: e.kind, parameter: "correctionDue") }
            if due < e.date { throw .correctionDueBeforeNotice(correctionDue: due, notice: e.date) }
            if let pending = pendingClarify { throw .clarifyAlreadyPending(since: pending.date) }
        case .clarifyReceived:
            if pendingClarify == nil { throw .clarifyReceivedWithoutRequest }
        case .consultStart:
            if e.party == nil { throw .missingParameter(kind: e.kind, parameter: "party") }
            if let p = openPause(on: e.date) { throw .consultationAlreadyOpen(since: p.start, deadline: p.deadline) }
        case .consultEnd:
            if unanswered == nil { throw .consultEndWithoutConsultation }
        case .extend:
            guard let days = e.days else { throw .missingParameter(kind: e.kind, parameter: "days") }
            let approver = (e.approver ?? "").trimmingCharacters(in: .whitespaces)
            if approver.isEmpty { throw .missingParameter(kind: e.kind, parameter: "approver") }
            if !(1...DeadlineClock.maxExtensionDays).contains(days) { throw .extensionDaysOutOfRange(days: days) }
            if pendingClarify != nil { throw .extensionWhileAwaitingCorrection }
            if extensionTotal + days > DeadlineClock.maxExtensionDays {
                throw .extensionTotalExceeded(already: extensionTotal, requested: days)
            }
            if let due = count(asOf: e.date)?.due, e.date > due { throw .extensionAfterDue(date: e.date, due: due) }
        case .reply:
            if e.outcome == nil { throw .missingParameter(kind: e.kind, parameter: "outcome") }
            if let p = openPause(on: e.date) { throw .replyWhileConsulting(since: p.start, deadline: p.deadline) }
        case .withdraw:
            break
        }
    }

    mutating func apply(_ e: ApplicationEvent) {
        lastDate = max(lastDate ?? e.date, e.date)
        switch e.kind {
        case .clarifyRequest:
            if clarifyRequests == 0, e.date > clarifyNoticeDue.due {
                warn(.clarifyNoticeLate, e.date,
                     C.Applications.warnClarifyLate.text(["\(e.date)", "\(DeadlineClock.clarifyNoticeDays)", "\(clarifyNoticeDue.due)"]))
            } else if clarifyRequests > 0 {
                warn(.repeatedClarifyRequest, e.date,
                     C.Applications.warnRepeatedClarify.text())
            }
            clarifyRequests += 1
            pendingClarify = e
        case .clarifyReceived:
            // C3: a fresh 20-day period from C; earlier pauses and extensions no longer count.
            pendingClarify = nil
            clockStart = e.date
            pauses = []
            extensions = []
        case .consultStart:
            if let due = count(asOf: e.date)?.due, e.date > due {
                warn(.consultAfterDue, e.date,
                     C.Applications.warnConsultAfterDue.text(["\(due)"]))
            }
            let deadline = calendar.addWorkdays(from: e.date, days: DeadlineClock.consultDays)
            missing.formUnion(deadline.missingYears)
            pauses.append(Pause(start: e.date, party: e.party, deadline: deadline.due))
        case .consultEnd:
            guard let i = pauses.indices.last, pauses[i].answered == nil else { return }
            pauses[i].answered = e.date
            if e.date > pauses[i].deadline {
                warn(.consultAnswerLate, e.date,
                     C.Applications.warnConsultAnswerLate.text(["\(e.date)", "\(pauses[i].deadline)", pauses[i].party?.silenceRule ?? ""]))
            }
        case .extend:
            extensions.append(ExtensionRecord(date: e.date, days: e.days ?? 0, approver: e.approver ?? ""))
        case .reply, .withdraw:
            closing = e
        }
    }

    /// The final status as of `today`; a closed item is frozen as of its closing day.
    func status(today: CivilDate, dueAtReply: CivilDate?) -> ClockStatus {
        let asOf = closing.map(\.date) ?? today
        let counted = count(asOf: asOf)
        var missing = self.missing
        var warnings = self.warnings
        if let counted { missing.formUnion(counted.missingYears) }

        let open = closing == nil ? openPause(on: today) : nil
        let state: ApplicationState
        if let c = closing {
            state = c.kind == .withdraw ? .withdrawn : .replied
        } else if pendingClarify != nil {
            state = .awaitingCorrection
        } else if open != nil {
            state = .consulting
        } else if let due = counted?.due, today > due {
            state = .overdue
        } else if extensionTotal > 0 {
            state = .extended
        } else {
            state = .processing
        }

        var left: Int?
        if !state.isClosed, let due = counted?.due {
            missing.formUnion(calendar.missingYears(from: today, to: due))
            let n = calendar.workdaysBetween(after: today, through: due, pausedWorkdays: pausedWorkdays(asOf: today))
            // Past the due date the item is late even on a weekend right after it, so never 0.
            left = state == .overdue ? min(n, -1) : n
        }

        if state == .awaitingCorrection, let p = pendingClarify, let due = p.correctionDue, today > due {
            warnings.append(ClockWarning(kind: .correctionOverdue, date: due,
                message: C.Applications.warnCorrectionOverdue.text(["\(due)"])))
        }

        let derivation = DeadlineDerivation(
            start: clockStart,
            baseDays: DeadlineClock.replyDays,
            extensionDays: extensionTotal,
            countedDays: DeadlineClock.replyDays + extensionTotal,
            due: counted?.due,
            skipped: counted?.skipped ?? [],
            makeUpWorkdays: counted.map { c in
                calendar.workdays(after: c.from, through: c.due).filter { calendar.dayKind($0) == .makeUpWorkday }
            } ?? [],
            pausedRanges: pauses.map { p in
                let end = pauseEnd(p, asOf: asOf)
                let endedBy: PauseEnd = end == nil ? .open
                    : (p.answered.map { $0 <= p.deadline } ?? false) ? .answered : .deadline
                let through = end ?? min(asOf, p.deadline)
                return PausedRange(start: p.start, end: end, deadline: p.deadline, party: p.party,
                                   endedBy: endedBy,
                                   pausedWorkdays: calendar.workdays(after: p.start, through: through).count)
            },
            extensions: extensions)

        let reply = closing?.kind == .reply ? closing : nil
        let sortedMissing = missing.sorted()
        return ClockStatus(
            state: state,
            received: received,
            today: today,
            clockStart: clockStart,
            due: counted?.due,
            workdaysLeft: left,
            clarifyNoticeDue: clarifyNoticeDue.due,
            correctionDue: state == .awaitingCorrection ? pendingClarify?.correctionDue : nil,
            consultDeadline: open?.deadline,
            consultParty: open?.party,
            extensionDays: extensionTotal,
            derivation: derivation,
            provisional: !sortedMissing.isEmpty,
            missingYears: sortedMissing,
            warnings: warnings,
            replyDate: reply?.date,
            outcome: reply?.outcome,
            repliedLate: reply.map { r in dueAtReply.map { r.date > $0 } ?? false } ?? false,
            withdrawnDate: closing?.kind == .withdraw ? closing?.date : nil)
    }
}
