/// 处理结果 — the outcome rows 三（一）–（六） of the annual report's table 三 (Docs/领域规则.md §7);
/// an application is counted once, in its outcome row, in the year of its reply. Two reply types
/// of 第三十六条 have no row of their own and count in another's (C11): `granted.already-public`
/// in 三（一）, `unavailable.not-this-agency` in 三（四）1 (`reportRow`).
public enum ApplicationOutcome: String, DomainCode {
    case granted
    /// 已经公开 — tell the applicant where and how to obtain it (条例第三十六条第（一）项; C11).
    case grantedAlreadyPublic = "granted.already-public"
    case partiallyGranted = "partially-granted"
    case withheldStateSecret = "withheld.state-secret"
    case withheldProhibitedByLaw = "withheld.prohibited-by-law"
    case withheldSecurityStability = "withheld.security-stability"
    case withheldThirdParty = "withheld.third-party"
    case withheldInternalAffairs = "withheld.internal-affairs"
    case withheldProcessInfo = "withheld.process-info"
    case withheldEnforcementFile = "withheld.enforcement-file"
    case withheldInquiry = "withheld.inquiry"
    case unavailableNotHeld = "unavailable.not-held"
    case unavailableNeedsCreation = "unavailable.needs-creation"
    case unavailableStillUnclear = "unavailable.still-unclear"
    /// 不属于本机关负责公开 — name the responsible agency and its contact where known (条例第三十六条第（五）项; C11).
    case unavailableNotThisAgency = "unavailable.not-this-agency"
    case notProcessedComplaint = "not-processed.complaint"
    case notProcessedDuplicate = "not-processed.duplicate"
    case notProcessedPublication = "not-processed.publication"
    case notProcessedExcessive = "not-processed.excessive"
    case notProcessedConfirmation = "not-processed.confirmation"
    case otherNoCorrection = "other.no-correction"
    case otherFeeUnpaid = "other.fee-unpaid"
    case otherOther = "other.other"

    public var chineseName: String {
        switch self {
        case .granted: return "予以公开"
        case .grantedAlreadyPublic: return "已经公开（告知获取方式和途径）"
        case .partiallyGranted: return "部分公开"
        case .withheldStateSecret: return "属于国家秘密"
        case .withheldProhibitedByLaw: return "其他法律行政法规禁止公开"
        case .withheldSecurityStability: return "危及“三安全一稳定”"
        case .withheldThirdParty: return "保护第三方合法权益"
        case .withheldInternalAffairs: return "属于三类内部事务信息"
        case .withheldProcessInfo: return "属于四类过程性信息"
        case .withheldEnforcementFile: return "属于行政执法案卷"
        case .withheldInquiry: return "属于行政查询事项"
        case .unavailableNotHeld: return "本机关不掌握相关政府信息"
        case .unavailableNeedsCreation: return "没有现成信息需要另行制作"
        case .unavailableStillUnclear: return "补正后申请内容仍不明确"
        case .unavailableNotThisAgency: return "不属于本机关负责公开（告知负责机关）"
        case .notProcessedComplaint: return "信访举报投诉类申请"
        case .notProcessedDuplicate: return "重复申请"
        case .notProcessedPublication: return "要求提供公开出版物"
        case .notProcessedExcessive: return "无正当理由大量反复申请"
        case .notProcessedConfirmation: return "要求行政机关确认或重新出具已获取信息"
        case .otherNoCorrection: return "逾期不补正、不再处理"
        case .otherFeeUnpaid: return "逾期未缴纳信息处理费、不再处理"
        case .otherOther: return "其他"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .granted: return "Disclosed"
        case .grantedAlreadyPublic: return "Already public (where to get it)"
        case .partiallyGranted: return "Partially disclosed"
        case .withheldStateSecret: return "State secret"
        case .withheldProhibitedByLaw: return "Prohibited by other laws"
        case .withheldSecurityStability: return "Endangers security or stability"
        case .withheldThirdParty: return "Third-party rights"
        case .withheldInternalAffairs: return "Internal affairs"
        case .withheldProcessInfo: return "Process information"
        case .withheldEnforcementFile: return "Enforcement case file"
        case .withheldInquiry: return "Administrative inquiry"
        case .unavailableNotHeld: return "Not held by this agency"
        case .unavailableNeedsCreation: return "Would need to be created"
        case .unavailableStillUnclear: return "Still unclear after correction"
        case .unavailableNotThisAgency: return "Not this agency's (name the responsible one)"
        case .notProcessedComplaint: return "Complaint or petition"
        case .notProcessedDuplicate: return "Duplicate request"
        case .notProcessedPublication: return "Asks for a publication"
        case .notProcessedExcessive: return "Excessive repeated requests"
        case .notProcessedConfirmation: return "Asks to confirm or reissue information"
        case .otherNoCorrection: return "Not corrected in time, closed"
        case .otherFeeUnpaid: return "Fee not paid in time, closed"
        case .otherOther: return "Other"
        }
    }

    /// The withheld.* reasons are also the statutory reasons a document may be 不予公开.
    public var isWithheldReason: Bool { rawValue.hasPrefix("withheld.") }

    /// 表三行 — the row of table 三 this outcome counts in (C11: 已经公开 → 三（一）, 不属于本机关 → 三（四）1).
    public var reportRowCode: String {
        switch self {
        case .grantedAlreadyPublic: return ApplicationOutcome.granted.rawValue
        case .unavailableNotThisAgency: return ApplicationOutcome.unavailableNotHeld.rawValue
        default: return rawValue
        }
    }
}
