import GongkaiCore

/// 生成文书的请求 — the kind and what the officer adds to the recorded case.
public struct LetterRequest: Sendable, Hashable {
    public var kind: LetterKind
    /// 成文日期 (default: today).
    public var date: CivilDate
    /// 补正告知书: 需要补正的事项 (default: the clarify-request note).
    public var correctionItems: String?
    /// 补正告知书: 补正期限 (default: the clarify-request's correction due date).
    public var correctionDue: CivilDate?
    /// 征求意见函: 征求意见对象名称 (default: the consult-start note).
    public var consultee: String?
    /// 信息处理费: basis, 本月累计件数（含本件）or 页数, 本件计为几件, 缴费期限.
    public var feeBasis: InformationFee.Basis?
    public var feeQuantity: Int?
    public var feeItems: Int
    public var payBy: CivilDate?
    /// 缴费方式 (default: the standard wording of `LetterCase.defaultPayMethod`).
    public var payMethod: String?
    /// 应给的缴费期限 — 20 working days after the notice is received (C8), counted on the workspace
    /// calendar by `LetterIssuer` when no fee-notice event gives it; `payBy` may be later, never earlier.
    public var owedPayBy: CivilDate?

    public init(kind: LetterKind, date: CivilDate, correctionItems: String? = nil, correctionDue: CivilDate? = nil,
                consultee: String? = nil, feeBasis: InformationFee.Basis? = nil, feeQuantity: Int? = nil,
                feeItems: Int = 1, payBy: CivilDate? = nil, payMethod: String? = nil, owedPayBy: CivilDate? = nil) {
        self.kind = kind
        self.date = date
        self.correctionItems = correctionItems
        self.correctionDue = correctionDue
        self.consultee = consultee
        self.feeBasis = feeBasis
        self.feeQuantity = feeQuantity
        self.feeItems = feeItems
        self.payBy = payBy
        self.payMethod = payMethod
        self.owedPayBy = owedPayBy
    }

    /// 当前环节的文书 — the letter the application's current step calls for (the 申请 pane's key):
    /// 待补正 → 补正告知书, 征求意见中 → 征求意见函, 已延期 → 延期答复告知书, 已答复 → 答复书.
    /// 文书日期 — a letter is dated the day of the step it records (补正告知、征求意见、延期、答复、
    /// 收费通知), not the day it is printed; nil when that step is not recorded (then today).
    public static func eventDate(_ kind: LetterKind, events: [ApplicationEvent]) -> CivilDate? {
        let step: ApplicationEventKind
        switch kind {
        case .clarify: step = .clarifyRequest
        case .consult: step = .consultStart
        case .extend: step = .extend
        case .reply: step = .reply
        case .fee: step = .feeNotice
        }
        return events.last { $0.kind == step }?.date
    }

    public static func kindForCurrentStep(_ state: ApplicationState) -> LetterKind? {
        switch state {
        case .awaitingCorrection: return .clarify
        case .consulting: return .consult
        case .extended: return .extend
        case .replied: return .reply
        case .awaitingFee: return .fee
        case .processing, .overdue, .withdrawn: return nil
        }
    }
}
