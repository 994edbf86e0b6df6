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
    /// 缴费期限 — 20 working days from the day after the applicant receives the fee notice; the notice
    /// counts as received on its own date (国办函〔2020〕109号; C8, project convention).
    public static let feePaymentDays = 20

    /// 缴费期限 of a fee notice dated `notice` (C8): the 20th working day after it.
    public static func feePaymentDue(notice: CivilDate, calendar: WorkdayCalendar) -> WorkdayCount {
        calendar.addWorkdays(from: notice, days: feePaymentDays)
    }

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
            if event.override == nil, let refusal = replay.guardRefusal(event, settings: nil), refusal.rule != .oneCorrectionNotice {
                replay.warn(.ruleBroken, event.date, CoreText.Guards.warnGuard.text([refusal.text(in: UILanguage.current)]))
            }
            if event.date > today {
                replay.warn(.eventInFuture, event.date,
                            CoreText.Applications.warnEventInFuture.text([event.kind.displayName, "\(event.date)", "\(today)"]))
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
             .extensionAfterDue, .extensionWhileAwaitingCorrection, .feePaidWithoutNotice, .feeAlreadyPending:
            return true
        case .missingParameter(let kind, _):
            return kind == .extend
        case .eventBeforePrevious, .eventInFuture, .correctionDueBeforeNotice, .clarifyAlreadyPending,
             .consultationAlreadyOpen, .replyWhileConsulting, .feeBasisNotOne, .feeNothingToCharge,
             .feeAmountInvalid:
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

    /// 收费通知至缴费 — one fee notice: working days in [notice, paid] are not counted (C8).
    struct FeePause {
        var notice: CivilDate
        var paymentDue: CivilDate
        var paid: CivilDate?
        var amount: Int?
        /// False when the notice came after the due date had passed (it moves nothing then).
        var stopsClock: Bool
    }

    let received: CivilDate
    let calendar: WorkdayCalendar
    let clarifyNoticeDue: WorkdayCount
    var clockStart: CivilDate
    var pendingClarify: ApplicationEvent?
    /// Whether the pending 补正 notice stopped the clock: only the first notice, sent before the
    /// due date passed, does (C9).
    var clarifyStopsClock = false
    /// The first 补正 notice (一次性告知, C9).
    var firstClarify: ApplicationEvent?
    /// 补正告知超期 — the first notice came later than 7 working days after receipt (C9).
    var clarifyLate = false
    /// The day the correction arrived, once it has.
    var correctionReceivedOn: CivilDate?
    var feePauses: [FeePause] = []
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

    /// The fee notice waiting for payment, if any (C8).
    var pendingFee: FeePause? {
        guard let last = feePauses.last, last.paid == nil else { return nil }
        return last
    }

    /// Whether the clock is stopped by a fee notice on `date` (C8).
    var feeStopsClock: Bool { pendingFee?.stopsClock ?? false }

    /// Working days in every [notice, paid] — up to `date` for a notice still unpaid (C8).
    func feePausedWorkdays(asOf date: CivilDate) -> Set<CivilDate> {
        var set = Set<CivilDate>()
        for f in feePauses where f.stopsClock {
            set.formUnion(calendar.workdays(after: f.notice.adding(days: -1), through: f.paid ?? date))
        }
        return set
    }

    /// The 20 (+ extension) working-day count as of `date`, or nil while stopped (补正, fee) or paused.
    func count(asOf date: CivilDate) -> WorkdayCount? {
        guard !(pendingClarify != nil && clarifyStopsClock), openPause(on: date) == nil, !feeStopsClock else { return nil }
        return calendar.addWorkdays(from: clockStart, days: DeadlineClock.replyDays + extensionTotal,
                                    pausedWorkdays: pausedWorkdays(asOf: date),
                                    feePausedWorkdays: feePausedWorkdays(asOf: date))
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
            if pendingClarify != nil && clarifyStopsClock { throw .extensionWhileAwaitingCorrection }
            if extensionTotal + days > DeadlineClock.maxExtensionDays {
                throw .extensionTotalExceeded(already: extensionTotal, requested: days)
            }
            if let due = count(asOf: e.date)?.due, e.date > due { throw .extensionAfterDue(date: e.date, due: due) }
        case .reply:
            if e.outcome == nil { throw .missingParameter(kind: e.kind, parameter: "outcome") }
            // 第三十六条第（一）项: an already-public reply tells where and how to get it (C11).
            if e.outcome == .grantedAlreadyPublic, (e.note ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw .missingParameter(kind: e.kind, parameter: "whereToGet")
            }
            if let p = openPause(on: e.date) { throw .replyWhileConsulting(since: p.start, deadline: p.deadline) }
        case .withdraw:
            break
        case .feeNotice:
            if let f = pendingFee { throw .feeAlreadyPending(since: f.notice) }
            try Self.checkFee(e)
        case .feePaid:
            if pendingFee == nil { throw .feePaidWithoutNotice }
        }
    }

    /// 收费通知 amount rules (国办函〔2020〕109号; C8): count or pages, exactly one; something to charge;
    /// by pages the schedule's amount exactly, by count at most the schedule's amount for that many
    /// 件 (the month's earlier 件 may have been charged on their own notices).
    static func checkFee(_ e: ApplicationEvent) throws(DeadlineError) {
        let basis: InformationFee.Basis
        let quantity: Int
        switch (e.feeCount, e.pages) {
        case (let n?, nil): basis = .perRequest; quantity = n
        case (nil, let n?): basis = .perPage; quantity = n
        default: throw .feeBasisNotOne
        }
        let charge = InformationFee.charge(basis, quantity: quantity)
        if charge.total <= 0 { throw .feeNothingToCharge(basis: basis, quantity: quantity) }
        guard let amount = e.amount else { throw .missingParameter(kind: e.kind, parameter: "amount") }
        switch basis {
        case .perPage:
            if amount != charge.total { throw .feeAmountInvalid(amount: amount, expected: charge.total, basis: basis) }
        case .perRequest:
            if !(1...charge.total).contains(amount) { throw .feeAmountInvalid(amount: amount, expected: charge.total, basis: basis) }
        }
    }

    mutating func apply(_ e: ApplicationEvent) {
        lastDate = max(lastDate ?? e.date, e.date)
        switch e.kind {
        case .clarifyRequest:
            // C9: only the first notice stops the clock, and only while the due date has not passed.
            var stops = clarifyRequests == 0
            if clarifyRequests == 0, e.date > clarifyNoticeDue.due {
                clarifyLate = true
                warn(.clarifyNoticeLate, e.date,
                     CoreText.Applications.warnClarifyLate.text(["\(e.date)", "\(DeadlineClock.clarifyNoticeDays)", "\(clarifyNoticeDue.due)"]))
            } else if clarifyRequests > 0 {
                warn(.repeatedClarifyRequest, e.date,
                     CoreText.Applications.warnRepeatedClarify.text())
            }
            if stops, let due = count(asOf: e.date)?.due, e.date > due {
                stops = false
                warn(.clarifyAfterDue, e.date, CoreText.Guards.warnClarifyAfterDue.text(["\(e.date)", "\(due)"]))
            }
            if firstClarify == nil { firstClarify = e }
            clarifyRequests += 1
            pendingClarify = e
            clarifyStopsClock = stops
        case .clarifyReceived:
            correctionReceivedOn = e.date
            let restart = clarifyStopsClock
            pendingClarify = nil
            clarifyStopsClock = false
            // C3: a fresh 20-day period from C; earlier pauses and extensions no longer count.
            if restart {
                clockStart = e.date
                pauses = []
                extensions = []
                feePauses = []
            }
        case .feeNotice:
            let payment = DeadlineClock.feePaymentDue(notice: e.date, calendar: calendar)
            missing.formUnion(payment.missingYears)
            var stops = true
            if let due = count(asOf: e.date)?.due, e.date > due {
                stops = false
                warn(.feeAfterDue, e.date, CoreText.Guards.warnFeeAfterDue.text(["\(e.date)", "\(due)"]))
            }
            feePauses.append(FeePause(notice: e.date, paymentDue: payment.due, amount: e.amount, stopsClock: stops))
        case .feePaid:
            guard let i = feePauses.indices.last, feePauses[i].paid == nil else { return }
            feePauses[i].paid = e.date
        case .consultStart:
            if let due = count(asOf: e.date)?.due, e.date > due {
                warn(.consultAfterDue, e.date,
                     CoreText.Applications.warnConsultAfterDue.text(["\(due)"]))
            }
            let deadline = calendar.addWorkdays(from: e.date, days: DeadlineClock.consultDays)
            missing.formUnion(deadline.missingYears)
            pauses.append(Pause(start: e.date, party: e.party, deadline: deadline.due))
        case .consultEnd:
            guard let i = pauses.indices.last, pauses[i].answered == nil else { return }
            pauses[i].answered = e.date
            if e.date > pauses[i].deadline {
                warn(.consultAnswerLate, e.date,
                     CoreText.Applications.warnConsultAnswerLate.text(["\(e.date)", "\(pauses[i].deadline)", pauses[i].party?.silenceRule ?? ""]))
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
        } else if pendingClarify != nil && clarifyStopsClock {
            state = .awaitingCorrection
        } else if open != nil {
            state = .consulting
        } else if feeStopsClock {
            state = .awaitingFee
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
            let n = calendar.workdaysBetween(after: today, through: due,
                                             pausedWorkdays: pausedWorkdays(asOf: today).union(feePausedWorkdays(asOf: today)))
            // Past the due date the item is late even on a weekend right after it, so never 0.
            left = state == .overdue ? min(n, -1) : n
        }

        if closing == nil, let p = pendingClarify, let due = p.correctionDue, today > due {
            warnings.append(ClockWarning(kind: .correctionOverdue, date: due,
                message: CoreText.Applications.warnCorrectionOverdue.text(["\(due)"])))
        }
        if closing == nil, let f = pendingFee, today > f.paymentDue {
            warnings.append(ClockWarning(kind: .feePaymentOverdue, date: f.paymentDue,
                message: CoreText.Guards.warnFeeOverdue.text(["\(f.paymentDue)"])))
        }

        let derivation = DeadlineDerivation(
            start: clockStart,
            baseDays: DeadlineClock.replyDays,
            extensionDays: extensionTotal,
            countedDays: DeadlineClock.replyDays + extensionTotal,
            due: counted?.due,
            skipped: counted?.skipped ?? [],
            makeUpWorkdays: counted.map { c in calendar.makeUpWorkdays(after: c.from, through: c.due) } ?? [],
            pausedRanges: pauses.map { p in
                let end = pauseEnd(p, asOf: asOf)
                let endedBy: PauseEnd = end == nil ? .open
                    : (p.answered.map { $0 <= p.deadline } ?? false) ? .answered : .deadline
                let through = end ?? min(asOf, p.deadline)
                return PausedRange(start: p.start, end: end, deadline: p.deadline, party: p.party,
                                   endedBy: endedBy,
                                   pausedWorkdays: calendar.workdays(after: p.start, through: through).count)
            },
            extensions: extensions,
            feePauses: feePauses.map { f in
                FeePauseRange(notice: f.notice, paymentDue: f.paymentDue, paid: f.paid, amount: f.amount,
                              countsInClock: f.stopsClock,
                              pausedWorkdays: f.stopsClock
                                ? calendar.workdays(after: f.notice.adding(days: -1), through: f.paid ?? asOf).count : 0)
            })

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
            correctionDue: closing == nil ? pendingClarify?.correctionDue : nil,
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
            withdrawnDate: closing?.kind == .withdraw ? closing?.date : nil,
            clarifyNoticeLate: clarifyLate,
            feePaymentDue: closing == nil ? pendingFee?.paymentDue : nil)
    }
}
