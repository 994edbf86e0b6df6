/// 办理记录 — one stored event of an application, with the parameters its kind needs. Deadlines are
/// always recomputed from these, never stored (C7).
///
/// JSON omits absent parameters: `{"kind":"extend","date":"2025-10-28","days":10,"approver":"张三"}`.
public struct ApplicationEvent: Hashable, Sendable, Codable {
    public var kind: ApplicationEventKind
    /// The day it happened (C1: that day itself is not counted).
    public var date: CivilDate
    /// 补正期限 — the date given in the clarify-request notice (条例第三十条 “合理的补正期限”).
    public var correctionDue: CivilDate?
    /// 征求意见对象 — for consult-start.
    public var party: ConsultParty?
    /// 延期天数 (working days) — for extend (C4).
    public var days: Int?
    /// 批准人 — the head of the disclosure office who approved the extension (条例第三十三条).
    public var approver: String?
    /// 答复类型 — for reply.
    public var outcome: ApplicationOutcome?
    /// 备注.
    public var note: String?

    public init(kind: ApplicationEventKind, date: CivilDate, correctionDue: CivilDate? = nil,
                party: ConsultParty? = nil, days: Int? = nil, approver: String? = nil,
                outcome: ApplicationOutcome? = nil, note: String? = nil) {
        self.kind = kind
        self.date = date
        self.correctionDue = correctionDue
        self.party = party
        self.days = days
        self.approver = approver
        self.outcome = outcome
        self.note = note
    }

    /// 补正告知 (条例第三十条).
    public static func clarifyRequest(_ date: CivilDate, correctionDue: CivilDate, note: String? = nil) -> Self {
        Self(kind: .clarifyRequest, date: date, correctionDue: correctionDue, note: note)
    }

    /// 收到补正 (条例第三十条; C3).
    public static func clarifyReceived(_ date: CivilDate, note: String? = nil) -> Self {
        Self(kind: .clarifyReceived, date: date, note: note)
    }

    /// 征求意见 (条例第三十二条、第三十四条; C2).
    public static func consultStart(_ date: CivilDate, party: ConsultParty, note: String? = nil) -> Self {
        Self(kind: .consultStart, date: date, party: party, note: note)
    }

    /// 意见返回 (C2).
    public static func consultEnd(_ date: CivilDate, note: String? = nil) -> Self {
        Self(kind: .consultEnd, date: date, note: note)
    }

    /// 延期 (条例第三十三条; C4).
    public static func extend(_ date: CivilDate, days: Int, approver: String, note: String? = nil) -> Self {
        Self(kind: .extend, date: date, days: days, approver: approver, note: note)
    }

    /// 答复 (条例第三十六条).
    public static func reply(_ date: CivilDate, outcome: ApplicationOutcome, note: String? = nil) -> Self {
        Self(kind: .reply, date: date, outcome: outcome, note: note)
    }

    /// 撤回.
    public static func withdraw(_ date: CivilDate, note: String? = nil) -> Self {
        Self(kind: .withdraw, date: date, note: note)
    }
}
