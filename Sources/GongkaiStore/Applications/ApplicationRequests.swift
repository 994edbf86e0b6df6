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
    /// 承办单位 — id or name; nil: the officer's own unit.
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
