import GongkaiCore

/// 登记复议诉讼案件 — what the officer enters for a case of table 四 (new or corrected). A date
/// fixes its year; a year alone is enough when the date is not at hand.
public struct ReviewCaseInput: Hashable, Sendable, Codable {
    public var kind: ReviewCaseKind
    /// 申请复议/起诉年度 (taken from `filedDate` when that is given).
    public var filedYear: Int
    public var filedDate: CivilDate?
    public var result: ReviewResult
    /// 审结年度 (taken from `decidedDate` when that is given); required unless 尚未审结.
    public var decidedYear: Int?
    public var decidedDate: CivilDate?
    /// 单位 — id or name; nil: the linked application's unit, else the officer's own.
    public var unit: String?
    /// 关联申请编号.
    public var applicationId: String?
    public var note: String?

    public init(kind: ReviewCaseKind, filedYear: Int, filedDate: CivilDate? = nil, result: ReviewResult = .pending,
                decidedYear: Int? = nil, decidedDate: CivilDate? = nil, unit: String? = nil,
                applicationId: String? = nil, note: String? = nil) {
        self.kind = kind
        self.filedYear = filedDate?.year ?? filedYear
        self.filedDate = filedDate
        self.result = result
        self.decidedYear = decidedDate?.year ?? decidedYear
        self.decidedDate = decidedDate
        self.unit = unit
        self.applicationId = applicationId
        self.note = note
    }

    /// Every rule the input breaks, in the language in force (nothing is stored while there is one): a result
    /// needs its decision year and a pending case has none; a decision cannot precede the filing;
    /// a date must agree with its year.
    public var validationErrors: [String] {
        typealias P = StoreText.Reports
        var e: [String] = []
        if !(1990...9999).contains(filedYear) { e.append(P.badFiledYear.text(["\(filedYear)"])) }
        if let d = filedDate, d.year != filedYear { e.append(P.filedDateYear.text(["\(d)", "\(filedYear)"])) }
        if let d = decidedDate, let y = decidedYear, d.year != y { e.append(P.decidedDateYear.text(["\(d)", "\(y)"])) }
        if result == .pending {
            if decidedYear != nil { e.append(P.pendingDecided.text()) }
        } else if decidedYear == nil {
            e.append(P.resultNeedsDecided.text([result.displayName]))
        }
        if let y = decidedYear, y < filedYear { e.append(P.decidedBeforeFiled.text(["\(y)", "\(filedYear)"])) }
        if let a = filedDate, let b = decidedDate, b < a { e.append(P.decidedDateBeforeFiled.text(["\(b)", "\(a)"])) }
        return e
    }
}
