import GongkaiCore

/// 新建公众参与事项 — `consult add`. `unit` nil means the officer's own unit.
public struct AddConsultationRequest: Codable, Sendable, Equatable {
    public var unit: String?
    public var decision: String
    public var scope: String
    public var methods: [ConsultationMethod]
    public var opens: CivilDate
    public var closes: CivilDate
    /// Needed only when a public comment runs shorter than the workspace setting.
    public var shortPeriodReason: String?

    public init(unit: String? = nil, decision: String, scope: String, methods: [ConsultationMethod],
                opens: CivilDate, closes: CivilDate, shortPeriodReason: String? = nil) {
        self.unit = unit
        self.decision = decision
        self.scope = scope
        self.methods = methods
        self.opens = opens
        self.closes = closes
        self.shortPeriodReason = shortPeriodReason
    }
}

/// 办结 — `consult close`: the comments received (count and summary), how they were adopted, the
/// feedback published; before the closing date a reason.
public struct CloseConsultationRequest: Codable, Sendable, Equatable {
    public var commentsReceived: Int
    public var summary: String
    public var adoption: String
    public var feedback: String
    public var earlyReason: String?

    public init(commentsReceived: Int, summary: String = "", adoption: String, feedback: String, earlyReason: String? = nil) {
        self.commentsReceived = commentsReceived
        self.summary = summary
        self.adoption = adoption
        self.feedback = feedback
        self.earlyReason = earlyReason
    }
}

/// 公众参与事项（结果） — the consultation, its unit's name and its status today.
public struct ConsultationRecord: Codable, Sendable, Equatable {
    public var consultation: Consultation
    public var unitName: String
    public var status: ConsultationStatus
    /// 期间天数 (both ends included).
    public var periodDays: Int
    /// Days until the closing date (negative once past); nil when closed.
    public var daysLeft: Int?
}
