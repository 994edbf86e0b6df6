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
    /// 收费金额 (元, whole yuan) — for fee-notice (国办函〔2020〕109号; C8).
    public var amount: Int?
    /// 按件计收的件数 — for fee-notice; never together with `pages` (办法第三条; C8).
    public var feeCount: Int?
    /// 按量计收的页数 — for fee-notice; never together with `feeCount` (办法第三条; C8).
    public var pages: Int?
    /// 管理员越过规则 — the refusal an admin overrode and why (C9); nil for an ordinary record.
    public var override: GuardOverride?

    public init(kind: ApplicationEventKind, date: CivilDate, correctionDue: CivilDate? = nil,
                party: ConsultParty? = nil, days: Int? = nil, approver: String? = nil,
                outcome: ApplicationOutcome? = nil, note: String? = nil, amount: Int? = nil,
                feeCount: Int? = nil, pages: Int? = nil, override: GuardOverride? = nil) {
        self.kind = kind
        self.date = date
        self.correctionDue = correctionDue
        self.party = party
        self.days = days
        self.approver = approver
        self.outcome = outcome
        self.note = note
        self.amount = amount
        self.feeCount = feeCount
        self.pages = pages
        self.override = override
    }

    /// 收费通知 (国办函〔2020〕109号; C8): by count or by pages, never both.
    public static func feeNotice(_ date: CivilDate, amount: Int?, count: Int? = nil, pages: Int? = nil,
                                 note: String? = nil) -> Self {
        Self(kind: .feeNotice, date: date, note: note, amount: amount, feeCount: count, pages: pages)
    }

    /// 缴纳费用 (C8).
    public static func feePaid(_ date: CivilDate, note: String? = nil) -> Self {
        Self(kind: .feePaid, date: date, note: note)
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
