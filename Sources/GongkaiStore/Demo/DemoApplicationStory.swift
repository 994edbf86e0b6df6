import GongkaiCore

/// 申请的办理经过 — the events of one generated application, in realistic proportions: most are
/// answered within the 20 working days, some after 补正, 征求意见 or 延期, a few are withdrawn,
/// and recent ones are still open. Every event is checked with `DeadlineClock.validate` before it
/// is kept, exactly as the service checks an officer's entry.
enum DemoApplicationStory {
    /// 答复类型 and their weights (per mille), roughly a county's annual report table 三.
    static let outcomes: [(ApplicationOutcome, Int)] = [
        (.granted, 430), (.partiallyGranted, 120), (.withheldStateSecret, 3), (.withheldProhibitedByLaw, 5),
        (.withheldSecurityStability, 4), (.withheldThirdParty, 25), (.withheldInternalAffairs, 20),
        (.withheldProcessInfo, 30), (.withheldEnforcementFile, 8), (.withheldInquiry, 10),
        (.unavailableNotHeld, 160), (.unavailableNeedsCreation, 30), (.unavailableStillUnclear, 15),
        (.notProcessedComplaint, 40), (.notProcessedDuplicate, 30), (.notProcessedPublication, 5),
        (.notProcessedExcessive, 10), (.notProcessedConfirmation, 10), (.otherNoCorrection, 15),
        (.otherFeeUnpaid, 2), (.otherOther, 28),
    ]

    static let approvers = ["李主任", "王主任", "张主任"]

    static func events(_ rng: inout DemoRandom, received: CivilDate, today: CivilDate,
                       calendar: WorkdayCalendar) -> [ApplicationEvent] {
        var events: [ApplicationEvent] = []
        /// Keeps `e` when it is not in the future and the clock accepts it; false stops the story.
        func add(_ e: ApplicationEvent) -> Bool {
            guard e.date <= today else { return false }
            do {
                try DeadlineClock.validate(received: received, existing: events, new: e, calendar: calendar, today: today)
            } catch { return false }
            events.append(e)
            return true
        }
        func workdays(_ from: CivilDate, _ n: Int) -> CivilDate { calendar.addWorkdays(from: from, days: n).due }

        let roll = rng.below(1000)
        var last = received
        var replyWithin = 3 + rng.below(15)
        if roll < 40 {
            // 撤回
            _ = add(.withdraw(workdays(received, 1 + rng.below(10))))
            return events
        } else if roll < 120 {
            // 补正: most applicants answer within the period; the rest are closed as 逾期不补正.
            let asked = workdays(received, 1 + rng.below(5))
            // At least the workspace's default minimum correction period (C9).
            let due = max(asked.adding(days: 15), workdays(asked, ApplicationRuleSettings.defaultMinCorrectionWorkdays))
            guard add(.clarifyRequest(asked, correctionDue: due)) else { return events }
            if rng.chance(80) {
                last = asked.adding(days: 1 + rng.below(14))
                guard add(.clarifyReceived(last)) else { return events }
            } else {
                _ = add(.reply(due.adding(days: 1 + rng.below(5)), outcome: .otherNoCorrection))
                return events
            }
        } else if roll < 180 {
            // 征求第三方意见
            let start = workdays(received, 3 + rng.below(8))
            guard add(.consultStart(start, party: rng.chance(80) ? .thirdParty : .agency)) else { return events }
            last = workdays(start, 3 + rng.below(10))
            guard add(.consultEnd(last)) else { return events }
            replyWithin = 2 + rng.below(6)
        } else if roll < 230 {
            // 延期 (条例第三十三条): approved near the end of the 20 days, answered within the extra 20.
            let asked = workdays(received, 15 + rng.below(4))
            guard add(.extend(asked, days: 20, approver: rng.pick(approvers))) else { return events }
            last = asked
            replyWithin = 3 + rng.below(15)
        }
        var outcome = rng.weighted(outcomes)
        if outcome == .otherNoCorrection || outcome == .unavailableStillUnclear,
           !events.contains(where: { $0.kind == .clarifyRequest }) {
            outcome = .granted
        }
        if outcome == .otherFeeUnpaid {
            // 逾期未缴费 needs a fee notice whose payment period ended (C8, C9): 100 pages, 700 元.
            let notice = workdays(last, 2)
            guard add(.feeNotice(notice, amount: 700, pages: 100)) else { return events }
            last = DeadlineClock.feePaymentDue(notice: notice, calendar: calendar).due
        }
        _ = add(.reply(workdays(last, replyWithin), outcome: outcome))
        return events
    }
}
