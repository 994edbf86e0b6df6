import Foundation
import GongkaiCore

/// 办理记录（已登记） — one stored event with who recorded it and when (audit trail in the ledger).
public struct RecordedEvent: Codable, Sendable, Hashable {
    public var seq: Int
    public var event: ApplicationEvent
    public var createdAt: String
    public var actor: String

    private enum CodingKeys: String, CodingKey { case seq, createdAt, actor }

    public init(seq: Int, event: ApplicationEvent, createdAt: String, actor: String) {
        self.seq = seq
        self.event = event
        self.createdAt = createdAt
        self.actor = actor
    }

    /// Flat JSON: the event's own keys plus seq, createdAt and actor.
    public init(from decoder: Decoder) throws {
        event = try ApplicationEvent(from: decoder)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        seq = try c.decode(Int.self, forKey: .seq)
        createdAt = try c.decode(String.self, forKey: .createdAt)
        actor = try c.decode(String.self, forKey: .actor)
    }

    public func encode(to encoder: Encoder) throws {
        try event.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(seq, forKey: .seq)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(actor, forKey: .actor)
    }
}

/// 申请详情 — one application with its events and its reply clock as of today (条例第三十条至第三十四条;
/// C1–C4, C7). `due` is null while paused or awaiting correction.
public struct ApplicationDetail: Codable, Sendable, Hashable {
    public var id: String
    public var applicantType: ApplicantType
    /// 申请人姓名或名称 (in full: the detail is for the handling officer).
    public var applicantName: String
    /// 身份证件号码, masked to its last 4 characters.
    public var idNumber: String?
    public var contact: String?
    public var channel: ReceiptChannel
    /// 第三十一条 — how the date of receipt was fixed for this channel.
    public var receiptDateRule: String
    public var received: CivilDate
    public var content: String
    public var formWanted: String?
    public var unitId: String
    public var unitName: String
    public var state: ApplicationState
    public var due: CivilDate?
    public var workdaysLeft: Int?
    public var events: [RecordedEvent]
    /// 计算过程 (C7).
    public var derivation: DeadlineDerivation
    /// Everything else the clock knows (notice due, consultation deadline, warnings, C5 years).
    public var clock: ClockStatus
    /// 文书 — letters produced for this application (number, date, format, SHA-256), oldest first.
    public var letters: [LetterRecord] = []
    /// 复议机关、人民法院 of the handling unit, for the letters' remedies clause (C10).
    public var remedies: UnitRemedies? = nil

    private enum CodingKeys: String, CodingKey {
        case id, applicantType, applicantName, idNumber, contact, channel, receiptDateRule, received,
             content, formWanted, unitId, unitName, state, due, workdaysLeft, events, derivation, clock, letters
    }

    /// `due`, `workdaysLeft` and the optional personal fields are written as null when absent.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(applicantType, forKey: .applicantType)
        try c.encode(applicantName, forKey: .applicantName)
        try c.encode(idNumber, forKey: .idNumber)
        try c.encode(contact, forKey: .contact)
        try c.encode(channel, forKey: .channel)
        try c.encode(receiptDateRule, forKey: .receiptDateRule)
        try c.encode(received, forKey: .received)
        try c.encode(content, forKey: .content)
        try c.encode(formWanted, forKey: .formWanted)
        try c.encode(unitId, forKey: .unitId)
        try c.encode(unitName, forKey: .unitName)
        try c.encode(state, forKey: .state)
        try c.encode(due, forKey: .due)
        try c.encode(workdaysLeft, forKey: .workdaysLeft)
        try c.encode(events, forKey: .events)
        try c.encode(derivation, forKey: .derivation)
        try c.encode(clock, forKey: .clock)
        try c.encode(letters, forKey: .letters)
    }
}
