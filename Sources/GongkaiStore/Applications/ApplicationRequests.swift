import Foundation
import GongkaiCore

/// 登记申请 — a new 政府信息公开申请 as entered (条例第二十九条: name, ID, contact, the information
/// described, the form wanted; 条例第三十一条: the date of receipt by channel).
public struct NewApplication: Codable, Sendable, Hashable {
    /// 收到申请之日 (条例第三十一条).
    public var received: CivilDate
    public var channel: ReceiptChannel
    public var applicantType: ApplicantType
    /// 申请人姓名或名称.
    public var applicantName: String
    /// 申请内容 — the information requested.
    public var content: String
    /// 承办单位 — id or name; nil: the county office.
    public var unit: String?
    /// 身份证件号码 (personal data).
    public var idNumber: String?
    /// 联系方式 (personal data).
    public var contact: String?
    /// 获取信息的方式 — e.g. 纸质、电子邮件、光盘.
    public var formWanted: String?

    public init(received: CivilDate, channel: ReceiptChannel, applicantType: ApplicantType,
                applicantName: String, content: String, unit: String? = nil, idNumber: String? = nil,
                contact: String? = nil, formWanted: String? = nil) {
        self.received = received
        self.channel = channel
        self.applicantType = applicantType
        self.applicantName = applicantName
        self.content = content
        self.unit = unit
        self.idNumber = idNumber
        self.contact = contact
        self.formWanted = formWanted
    }
}

/// 申请筛选 — what `app list` and the 申请 pane show. All conditions combine with AND, except that
/// `overdue` and `dueWithin` together mean "overdue or due within N working days".
public struct ApplicationQuery: Codable, Sendable, Hashable {
    /// 办理状态 (逾期 included).
    public var state: ApplicationState?
    /// 期限在 N 个工作日内 (not yet overdue).
    public var dueWithin: Int?
    /// 仅逾期.
    public var overdue: Bool
    /// 承办单位 — id or name.
    public var unit: String?
    /// Matches 申请人、申请内容 or 编号.
    public var search: String?
    public var offset: Int
    public var limit: Int

    public init(state: ApplicationState? = nil, dueWithin: Int? = nil, overdue: Bool = false,
                unit: String? = nil, search: String? = nil, offset: Int = 0, limit: Int = 100) {
        self.state = state
        self.dueWithin = dueWithin
        self.overdue = overdue
        self.unit = unit
        self.search = search
        self.offset = offset
        self.limit = limit
    }

    /// Whether any condition narrows the list.
    public var isFiltered: Bool {
        state != nil || dueWithin != nil || overdue || !(unit ?? "").isEmpty || !(search ?? "").isEmpty
    }
}

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
