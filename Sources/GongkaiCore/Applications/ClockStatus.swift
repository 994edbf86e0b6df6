/// 答复期限状态 — everything the UI shows about one application's reply clock, recomputed from the
/// stored receipt date and events by `DeadlineClock.evaluate` (条例第三十条至第三十四条; C1–C4, C7).
public struct ClockStatus: Hashable, Sendable, Codable {
    public var state: ApplicationState
    /// 收到申请之日 (条例第三十一条).
    public var received: CivilDate
    /// The day the status was computed for.
    public var today: CivilDate
    /// 计算起点 — the receipt date, or the day the correction arrived (C3).
    public var clockStart: CivilDate
    /// 答复期限 — nil while the clock is stopped for 补正 or paused by an open consultation.
    public var due: CivilDate?
    /// Working days in (today, due]; negative once overdue; nil when due is nil or the item is closed.
    public var workdaysLeft: Int?
    /// 补正告知期限 — receipt + 7 working days (条例第三十条; C3).
    public var clarifyNoticeDue: CivilDate
    /// 补正期限 given to the applicant, while awaiting correction.
    public var correctionDue: CivilDate?
    /// 征求意见期限 — S + 15 working days while a consultation is open (条例第三十二条、第三十四条; C2).
    public var consultDeadline: CivilDate?
    /// Who is being consulted while a consultation is open.
    public var consultParty: ConsultParty?
    /// 延期合计 — working days of approved extensions since the clock start (C4).
    public var extensionDays: Int
    /// 计算过程 (C7).
    public var derivation: DeadlineDerivation
    /// True when a computed date touches a year with no arrangement entered (C5).
    public var provisional: Bool
    /// The years with no arrangement that the computed dates touch (C5).
    public var missingYears: [Int]
    public var warnings: [ClockWarning]
    /// 答复日期 and 答复类型 once replied.
    public var replyDate: CivilDate?
    public var outcome: ApplicationOutcome?
    /// 逾期答复 — replied after the due date.
    public var repliedLate: Bool
    /// 撤回日期.
    public var withdrawnDate: CivilDate?
    /// 补正告知超期 — the 补正 notice came later than 7 working days after receipt (条例第三十条; C9).
    public var clarifyNoticeLate: Bool = false
    /// 缴费期限 while a fee notice waits for payment (国办函〔2020〕109号; C8).
    public var feePaymentDue: CivilDate? = nil
}

/// 期限计算过程 — how the due date was derived: start, days counted, every day skipped and why,
/// the 调休 days counted, the consultation pauses and extensions (C7).
public struct DeadlineDerivation: Hashable, Sendable, Codable {
    /// The day counting starts after (not itself counted, C1).
    public var start: CivilDate
    /// 20 working days (条例第三十三条).
    public var baseDays: Int
    /// Approved extensions (C4).
    public var extensionDays: Int
    /// baseDays + extensionDays.
    public var countedDays: Int
    /// nil while the clock is stopped or paused.
    public var due: CivilDate?
    /// Days in (start, due] not counted: holidays, weekends and paused working days.
    public var skipped: [SkippedDay]
    /// 调休上班 weekend days in (start, due] that were counted.
    public var makeUpWorkdays: [CivilDate]
    /// 不计算期间 — consultation pauses since the clock start (C2).
    public var pausedRanges: [PausedRange]
    /// Extensions since the clock start (C4).
    public var extensions: [ExtensionRecord]
    /// 收费不计算期间 — fee notices since the clock start (C8).
    public var feePauses: [FeePauseRange] = []
}

/// 收费不计算期间 — one fee notice: working days from the notice day to the payment day, both
/// included, are not counted (国办函〔2020〕109号; C8).
public struct FeePauseRange: Hashable, Sendable, Codable {
    /// S — the day the fee notice was sent (taken as received that day).
    public var notice: CivilDate
    /// 缴费期限 — S + 20 working days.
    public var paymentDue: CivilDate
    /// E — the payment day; nil while unpaid.
    public var paid: CivilDate?
    /// 收费金额 (元).
    public var amount: Int?
    /// False when the notice came after the due date had passed (it moves nothing).
    public var countsInClock: Bool
    /// Working days in [S, E] (so far, while unpaid).
    public var pausedWorkdays: Int
}

/// 征求意见不计算期间 — one consultation: working days in (start, end] are not counted (条例第三十三条; C2).
public struct PausedRange: Hashable, Sendable, Codable {
    /// S — the day the request for comments was sent.
    public var start: CivilDate
    /// E — the answer day or the deadline, whichever is earlier; nil while still open.
    public var end: CivilDate?
    /// S + 15 working days (条例第三十二条、第三十四条).
    public var deadline: CivilDate
    public var party: ConsultParty?
    public var endedBy: PauseEnd
    /// Working days in (start, end] (so far, while open).
    public var pausedWorkdays: Int
}

/// 征求意见结束方式 — why a consultation pause ended (C2).
public enum PauseEnd: String, DomainCode {
    /// 意见返回 — the answer arrived by the deadline.
    case answered
    /// 期满 — 15 working days passed without an answer (or it arrived later).
    case deadline
    /// 尚未返回 — still open.
    case open

    public var chineseName: String {
        switch self {
        case .answered: return "意见返回"
        case .deadline: return "期满未返回"
        case .open: return "尚未返回"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .answered: return "Answered"
        case .deadline: return "Expired unanswered"
        case .open: return "Not yet answered"
        }
    }
}

/// 延期记录 — one approved extension (条例第三十三条; C4).
public struct ExtensionRecord: Hashable, Sendable, Codable {
    public var date: CivilDate
    public var days: Int
    public var approver: String
}

/// 提示 — something the officer should look at; never changes the computed dates.
public struct ClockWarning: Hashable, Sendable, Codable {
    public var kind: ClockWarningKind
    /// The date the warning concerns (the event's, or the passed deadline).
    public var date: CivilDate?
    /// The message in the interface language it was made in.
    public var message: String
}

/// 提示类型 (条例第三十条至第三十四条).
public enum ClockWarningKind: String, DomainCode {
    /// 补正告知超过收到申请后 7 个工作日 (条例第三十条; C3).
    case clarifyNoticeLate = "clarify-notice-late"
    /// 再次补正告知 — the law asks for one notice (条例第三十条 “一次性告知”).
    case repeatedClarifyRequest = "repeated-clarify-request"
    /// 补正期限已过未补正 — may be closed as other.no-correction (逾期不补正、不再处理; C3).
    case correctionOverdue = "correction-overdue"
    /// 意见逾期返回 — the pause stopped at the 15th working day anyway (C2).
    case consultAnswerLate = "consult-answer-late"
    /// 超期后才征求意见 — a consultation cannot revive a passed due date.
    case consultAfterDue = "consult-after-due"
    /// 记录不合规 — a stored event that `validate` would refuse; shown so it gets corrected.
    case invalidEvent = "invalid-event"
    /// 记录日期晚于今天.
    case eventInFuture = "event-in-future"
    /// 记录不符合规则 — a stored event a C9 rule refuses, recorded without an override (imported data).
    case ruleBroken = "rule-broken"
    /// 期限已过才补正告知 — the notice does not move a missed deadline (C9).
    case clarifyAfterDue = "clarify-after-due"
    /// 期限已过才收费通知 — the notice does not move a missed deadline (C8).
    case feeAfterDue = "fee-after-due"
    /// 缴费期限已过未缴费 — may be closed as other.fee-unpaid (C8).
    case feePaymentOverdue = "fee-payment-overdue"

    public var chineseName: String {
        switch self {
        case .clarifyNoticeLate: return "补正告知超期"
        case .repeatedClarifyRequest: return "再次补正告知"
        case .correctionOverdue: return "逾期未补正"
        case .consultAnswerLate: return "意见逾期返回"
        case .consultAfterDue: return "超期后征求意见"
        case .invalidEvent: return "记录不合规"
        case .eventInFuture: return "记录日期晚于今天"
        case .ruleBroken: return "记录不符合规则"
        case .clarifyAfterDue: return "超期后补正告知"
        case .feeAfterDue: return "超期后收费通知"
        case .feePaymentOverdue: return "逾期未缴费"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .clarifyNoticeLate: return "Correction notice late"
        case .repeatedClarifyRequest: return "Repeated correction notice"
        case .correctionOverdue: return "Correction overdue"
        case .consultAnswerLate: return "Consultation answer late"
        case .consultAfterDue: return "Consultation after due date"
        case .invalidEvent: return "Invalid record"
        case .eventInFuture: return "Record dated after today"
        case .ruleBroken: return "Record breaks a rule"
        case .clarifyAfterDue: return "Correction notice after due date"
        case .feeAfterDue: return "Fee notice after due date"
        case .feePaymentOverdue: return "Fee unpaid"
        }
    }
}
