import GongkaiCore

/// 复议诉讼案件（登记） — a 行政复议 or 行政诉讼 case as stored: the counting fields of `ReviewCase`
/// (表四, 国办公开办函〔2021〕30号) plus the dates, the note and the unit's name for display.
public struct RecordedReviewCase: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var kind: ReviewCaseKind
    /// 申请复议/起诉年度.
    public var filedYear: Int
    /// 申请复议/起诉日期, when known.
    public var filedDate: CivilDate?
    public var result: ReviewResult
    /// 审结年度; nil while 尚未审结.
    public var decidedYear: Int?
    /// 审结日期, when known.
    public var decidedDate: CivilDate?
    /// 被申请人/被告单位.
    public var unitId: String
    public var unitName: String
    /// 关联申请.
    public var applicationId: String?
    /// 备注 — e.g. the case number of the 复议机关 or court.
    public var note: String?

    /// The value table 四 counts.
    public var reviewCase: ReviewCase {
        ReviewCase(id: id, kind: kind, filedYear: filedYear, result: result, decidedYear: decidedYear,
                   unitId: unitId, applicationId: applicationId)
    }
}
