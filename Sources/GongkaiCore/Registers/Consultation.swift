/// 公众参与行政决策 — one decision put to the public (Docs/领域规则.md §9; the county summary: "明确公众参与
/// 行政决策的事项范围、参与方式、参与渠道"): the decision, its scope, the methods, the period, the
/// comments received and, once closed, how they were adopted and the feedback published.
public struct Consultation: Hashable, Sendable, Codable {
    public var id: String
    public var unitId: String
    /// 决策事项 — the decision (draft policy, project) the public is consulted on.
    public var decision: String
    /// 征集范围 — who is asked (e.g. 全县居民, 城关镇辖区商户).
    public var scope: String
    public var methods: [ConsultationMethod]
    /// 开始日期 and 截止日期, both included.
    public var opens: CivilDate
    public var closes: CivilDate
    /// 期限较短的理由 — recorded when a public comment runs shorter than the workspace setting.
    public var shortPeriodReason: String?
    /// 收到意见 — number and summary (recorded when closing, or earlier).
    public var commentsReceived: Int
    public var commentSummary: String
    /// 采纳情况 — which comments were adopted and why others were not.
    public var adoption: String?
    /// 反馈 — the feedback published to the public.
    public var feedback: String?
    /// 办结日期.
    public var closedOn: CivilDate?
    /// 提前办结的理由 — when closed before the closing date.
    public var earlyCloseReason: String?

    public init(id: String, unitId: String, decision: String, scope: String, methods: [ConsultationMethod],
                opens: CivilDate, closes: CivilDate, shortPeriodReason: String? = nil, commentsReceived: Int = 0,
                commentSummary: String = "", adoption: String? = nil, feedback: String? = nil,
                closedOn: CivilDate? = nil, earlyCloseReason: String? = nil) {
        self.id = id
        self.unitId = unitId
        self.decision = decision
        self.scope = scope
        self.methods = methods
        self.opens = opens
        self.closes = closes
        self.shortPeriodReason = shortPeriodReason
        self.commentsReceived = commentsReceived
        self.commentSummary = commentSummary
        self.adoption = adoption
        self.feedback = feedback
        self.closedOn = closedOn
        self.earlyCloseReason = earlyCloseReason
    }

    /// 期间天数 — calendar days from the opening to the closing date, both included.
    public var periodDays: Int { opens.days(to: closes) + 1 }

    public func status(on today: CivilDate) -> ConsultationStatus {
        if closedOn != nil { return .closed }
        if today < opens { return .planned }
        return today <= closes ? .open : .awaitingFeedback
    }
}

/// 公众参与设置 — the workspace's own rules of thumb (not law; an admin changes them with
/// `gongkai consult settings`): the shortest public comment period, and how many days before the
/// closing date a consultation enters the review inbox.
public struct ConsultationSettings: Hashable, Sendable, Codable {
    /// 向社会公开征求意见的最短天数 — default 30 calendar days; 0 turns the check off. A shorter
    /// period is accepted only with a recorded reason.
    public var minimumPublicCommentDays: Int
    /// 即将截止提醒 — days before the closing date (default 7).
    public var closingSoonDays: Int

    public init(minimumPublicCommentDays: Int = 30, closingSoonDays: Int = 7) {
        self.minimumPublicCommentDays = minimumPublicCommentDays
        self.closingSoonDays = closingSoonDays
    }

    public static let `default` = ConsultationSettings()
}

/// 公众参与规则被违反 — why a consultation or its closing was refused (nothing was saved).
public enum ConsultationRuleError: Error, Equatable, Sendable, CustomStringConvertible {
    case missingDecision
    case missingScope
    case noMethod
    case unknownMethod(String)
    /// 截止日期早于开始日期.
    case closesBeforeOpens(opens: CivilDate, closes: CivilDate)
    /// 向社会公开征求意见 shorter than the workspace setting, with no reason recorded.
    case publicCommentTooShort(days: Int, minimum: Int)
    case negativeCount
    /// Comments were received but not summarised.
    case missingSummary
    /// 办结须写明采纳情况.
    case missingAdoption
    /// 办结须写明公开反馈.
    case missingFeedback
    /// 截止日期前办结须说明理由.
    case closedEarlyWithoutReason(closes: CivilDate)
    /// Before the consultation opened there is nothing to close.
    case closedBeforeOpening(opens: CivilDate)
    case alreadyClosed(String)

    /// In the current language (`UILanguage.current`).
    public var description: String {
        typealias R = CoreText.Registers
        let sep = R.listSeparator.text()
        switch self {
        case .missingDecision: return R.consultMissingDecision.text()
        case .missingScope: return R.consultMissingScope.text()
        case .noMethod: return R.consultNoMethod.text([ConsultationMethod.allCases.map(\.displayName).joined(separator: sep)])
        case .unknownMethod(let w):
            return R.consultUnknownMethod.text([w, ConsultationMethod.allCases.map { R.codeAndName.text([$0.rawValue, $0.displayName]) }
                .joined(separator: sep)])
        case .closesBeforeOpens(let o, let c): return R.consultClosesBeforeOpens.text([o.iso, c.iso])
        case .publicCommentTooShort(let d, let m): return R.consultTooShort.text(["\(d)", "\(m)", InputHint.shortReason.text()])
        case .negativeCount: return R.consultNegativeCount.text()
        case .missingSummary: return R.consultMissingSummary.text([InputHint.summary.text()])
        case .missingAdoption: return R.consultMissingAdoption.text([InputHint.adoption.text()])
        case .missingFeedback: return R.consultMissingFeedback.text([InputHint.feedback.text()])
        case .closedEarlyWithoutReason(let c): return R.consultClosedEarly.text([c.iso, InputHint.earlyReason.text()])
        case .closedBeforeOpening(let o): return R.consultClosedBeforeOpening.text([o.iso])
        case .alreadyClosed(let id): return R.consultAlreadyClosed.text([id])
        }
    }}

/// 公众参与规则 — checks on a new consultation and on closing it, and the inbox reminder.
public enum ConsultationRules {
    /// 新建校验 — decision, scope, at least one method, closing not before opening; a public comment
    /// (向社会公开征求意见) shorter than the workspace minimum needs a reason.
    public static func validate(_ c: Consultation, settings: ConsultationSettings) throws(ConsultationRuleError) {
        if c.decision.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw .missingDecision }
        if c.scope.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw .missingScope }
        if c.methods.isEmpty { throw .noMethod }
        if c.closes < c.opens { throw .closesBeforeOpens(opens: c.opens, closes: c.closes) }
        if c.commentsReceived < 0 { throw .negativeCount }
        let minimum = settings.minimumPublicCommentDays
        if c.methods.contains(.publicComment), minimum > 0, c.periodDays < minimum,
           (c.shortPeriodReason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "").isEmpty {
            throw .publicCommentTooShort(days: c.periodDays, minimum: minimum)
        }
    }

    /// 办结 — records the comments, the adoption and the published feedback on `today`. Before the
    /// closing date only with a reason (on the closing date itself none is needed); never before the
    /// opening date; once only.
    public static func close(_ c: Consultation, on today: CivilDate, commentsReceived: Int, summary: String,
                             adoption: String, feedback: String,
                             earlyReason: String?) throws(ConsultationRuleError) -> Consultation {
        if c.closedOn != nil { throw .alreadyClosed(c.id) }
        if today < c.opens { throw .closedBeforeOpening(opens: c.opens) }
        if commentsReceived < 0 { throw .negativeCount }
        let summary = summary.trimmingCharacters(in: .whitespacesAndNewlines)
        if commentsReceived > 0, summary.isEmpty { throw .missingSummary }
        let adoption = adoption.trimmingCharacters(in: .whitespacesAndNewlines)
        let feedback = feedback.trimmingCharacters(in: .whitespacesAndNewlines)
        if adoption.isEmpty { throw .missingAdoption }
        if feedback.isEmpty { throw .missingFeedback }
        let reason = earlyReason?.trimmingCharacters(in: .whitespacesAndNewlines)
        if today < c.closes, reason?.isEmpty ?? true { throw .closedEarlyWithoutReason(closes: c.closes) }
        var next = c
        next.commentsReceived = commentsReceived
        next.commentSummary = summary
        next.adoption = adoption
        next.feedback = feedback
        next.closedOn = today
        next.earlyCloseReason = today < c.closes ? reason : nil
        return next
    }

    /// 待办提醒 — an open consultation whose closing date is within `settings.closingSoonDays`
    /// (days left, 0 = closes today), or one past its closing date not yet closed (negative: days
    /// over). Nil otherwise (planned far ahead, closed).
    public static func reminder(_ c: Consultation, today: CivilDate,
                                settings: ConsultationSettings) -> Int? {
        guard c.closedOn == nil else { return nil }
        let left = today.days(to: c.closes)
        return left <= settings.closingSoonDays ? left : nil
    }
}
