/// 办理记录规则校验 — refuses the events the law leaves no choice about (条例第三十条 一次性告知、补正期限、
/// 逾期不补正; 第三十六条 补正后仍不明确; 国办函〔2020〕109号 逾期未缴费; CONVENTIONS C8, C9).
///
/// A pure function of the stored receipt date and events, the new event, the calendar and the
/// workspace's `ApplicationRuleSettings`; the service runs it at its one door after
/// `DeadlineClock.validate`, so the CLI, the TUI and import are refused alike. Where the law leaves
/// judgement to the officer (a late 补正 notice) the clock records and flags instead.
public enum CaseHistoryGuard {
    /// The refusal for `new` after `existing` (in stored order), or nil when the rules allow it.
    /// With `settings` nil the minimum correction period is not checked (reading stored history).
    public static func check(received: CivilDate, existing: [ApplicationEvent], new: ApplicationEvent,
                             calendar: WorkdayCalendar, settings: ApplicationRuleSettings?) -> CaseHistoryRefusal? {
        var replay = ClockReplay(received: received, calendar: calendar)
        for event in existing { replay.apply(event) }
        return replay.guardRefusal(new, settings: settings)
    }
}

extension ClockReplay {
    /// The C9 rules against the history replayed so far.
    func guardRefusal(_ e: ApplicationEvent, settings: ApplicationRuleSettings?) -> CaseHistoryRefusal? {
        typealias G = CoreText.Guards
        func refuse(_ rule: CaseHistoryRule, _ phrase: Phrase, _ args: [String] = []) -> CaseHistoryRefusal {
            CaseHistoryRefusal(rule: rule, detail: phrase.with(args))
        }
        switch e.kind {
        case .clarifyRequest:
            if let first = firstClarify { return refuse(.oneCorrectionNotice, G.secondNotice, ["\(first.date)"]) }
            if let p = openPause(on: e.date) {
                return refuse(.noCorrectionWhileConsulting, G.whileConsulting, ["\(p.start)", "\(p.deadline)"])
            }
            if let settings, let due = e.correctionDue {
                let n = calendar.workdaysBetween(after: e.date, through: due)
                if n < settings.minCorrectionWorkdays {
                    return refuse(.correctionPeriodMinimum, G.periodTooShort,
                                  ["\(due)", "\(e.date)", "\(n)", "\(settings.minCorrectionWorkdays)"])
                }
            }
        case .clarifyReceived:
            if let p = pendingClarify, let due = p.correctionDue, e.date > due,
               (e.note ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                return refuse(.lateCorrectionNeedsNote, G.lateCorrection, ["\(e.date)", "\(due)", InputHint.note.text()])
            }
        case .reply:
            switch e.outcome {
            case .otherNoCorrection:
                guard let p = pendingClarify else {
                    if let got = correctionReceivedOn {
                        return refuse(.noCorrectionAfterPeriod, G.correctionAlreadyReceived, ["\(got)"])
                    }
                    return refuse(.noCorrectionAfterPeriod, G.noNotice)
                }
                if let due = p.correctionDue, e.date <= due {
                    return refuse(.noCorrectionAfterPeriod, G.correctionPeriodRunning, ["\(due)", "\(e.date)"])
                }
            case .unavailableStillUnclear:
                if correctionReceivedOn == nil { return refuse(.stillUnclearAfterCorrection, G.noCorrectionReceived) }
            case .otherFeeUnpaid:
                guard let f = pendingFee else { return refuse(.feeUnpaidAfterPeriod, G.noFeeNotice) }
                if e.date <= f.paymentDue {
                    return refuse(.feeUnpaidAfterPeriod, G.feePeriodRunning, ["\(f.paymentDue)", "\(e.date)"])
                }
            default:
                break
            }
        case .consultStart, .consultEnd, .extend, .withdraw, .feeNotice, .feePaid:
            break
        }
        return nil
    }
}
