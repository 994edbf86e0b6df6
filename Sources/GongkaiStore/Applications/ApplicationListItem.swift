import GongkaiCore

/// 申请列表的一行 — a ledger line with its clock as of today (personal data masked).
public struct ApplicationListItem: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var applicantType: ApplicantType
    /// Masked for natural persons (张*).
    public var applicantName: String
    public var channel: ReceiptChannel
    public var received: CivilDate
    public var content: String
    public var unitId: String
    public var unitName: String
    public var state: ApplicationState
    /// nil while paused (征求意见) or awaiting correction (补正), and once closed.
    public var due: CivilDate?
    public var workdaysLeft: Int?
    /// 征求意见期限 while a consultation is open.
    public var consultDeadline: CivilDate?
    /// 补正期限 while awaiting correction.
    public var correctionDue: CivilDate?
    public var replyDate: CivilDate?
    public var outcome: ApplicationOutcome?
    /// C5: a computed date touches a year with no arrangement.
    public var provisional: Bool
    public var missingYears: [Int]

    private enum CodingKeys: String, CodingKey {
        case id, applicantType, applicantName, channel, received, content, unitId, unitName, state,
             due, workdaysLeft, consultDeadline, correctionDue, replyDate, outcome, provisional, missingYears
    }

    /// Absent dates are written as null, so scripts can rely on every key being there.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(applicantType, forKey: .applicantType)
        try c.encode(applicantName, forKey: .applicantName)
        try c.encode(channel, forKey: .channel)
        try c.encode(received, forKey: .received)
        try c.encode(content, forKey: .content)
        try c.encode(unitId, forKey: .unitId)
        try c.encode(unitName, forKey: .unitName)
        try c.encode(state, forKey: .state)
        try c.encode(due, forKey: .due)
        try c.encode(workdaysLeft, forKey: .workdaysLeft)
        try c.encode(consultDeadline, forKey: .consultDeadline)
        try c.encode(correctionDue, forKey: .correctionDue)
        try c.encode(replyDate, forKey: .replyDate)
        try c.encode(outcome, forKey: .outcome)
        try c.encode(provisional, forKey: .provisional)
        try c.encode(missingYears, forKey: .missingYears)
    }
}

/// 申请列表 — one page and the total that matched.
public struct ApplicationPage: Codable, Sendable, Hashable {
    public var total: Int
    public var offset: Int
    public var items: [ApplicationListItem]
}
