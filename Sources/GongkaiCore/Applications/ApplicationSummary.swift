/// 政府信息公开申请（依申请公开） — one line of the application ledger (登记台账).
public struct ApplicationSummary: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var applicantType: ApplicantType
    /// Already masked unless the viewer may see personal data.
    public var applicantName: String
    public var channel: ReceiptChannel
    /// 收到申请之日 — 条例第三十一条.
    public var received: CivilDate
    public var content: String
    public var unitId: String
    public var unitName: String
    /// 答复日期 and 处理结果, once replied.
    public var replied: CivilDate?
    public var outcome: ApplicationOutcome?

    public init(id: String, applicantType: ApplicantType, applicantName: String,
                channel: ReceiptChannel, received: CivilDate, content: String,
                unitId: String, unitName: String, replied: CivilDate?, outcome: ApplicationOutcome?) {
        self.id = id
        self.applicantType = applicantType
        self.applicantName = applicantName
        self.channel = channel
        self.received = received
        self.content = content
        self.unitId = unitId
        self.unitName = unitName
        self.replied = replied
        self.outcome = outcome
    }
}
