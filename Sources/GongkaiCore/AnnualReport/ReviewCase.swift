/// 复议诉讼类别 — the three groups of table 四: 行政复议; 行政诉讼 未经复议直接起诉; 行政诉讼 复议后起诉
/// — 国办公开办函〔2021〕30号 表四.
public enum ReviewCaseKind: String, DomainCode {
    case reconsideration
    case litigationDirect = "litigation-direct"
    case litigationAfterReconsideration = "litigation-after-reconsideration"

    public var chineseName: String {
        switch self {
        case .reconsideration: return "行政复议"
        case .litigationDirect: return "未经复议直接起诉"
        case .litigationAfterReconsideration: return "复议后起诉"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .reconsideration: return "Administrative reconsideration"
        case .litigationDirect: return "Litigation without reconsideration"
        case .litigationAfterReconsideration: return "Litigation after reconsideration"
        }
    }

    /// The upper header: 行政复议 or 行政诉讼.
    public var headerGroup: String { self == .reconsideration ? "行政复议" : "行政诉讼" }
}

/// 复议诉讼结果 — 结果维持, 结果纠正, 其他结果, 尚未审结 — 国办公开办函〔2021〕30号 表四.
public enum ReviewResult: String, DomainCode {
    case upheld
    case corrected
    case other
    /// 尚未审结 — not decided (yet).
    case pending

    public var chineseName: String {
        switch self {
        case .upheld: return "结果维持"
        case .corrected: return "结果纠正"
        case .other: return "其他结果"
        case .pending: return "尚未审结"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .upheld: return "Upheld"
        case .corrected: return "Corrected"
        case .other: return "Other result"
        case .pending: return "Pending"
        }
    }
}

/// 复议诉讼案件 — one administrative reconsideration or lawsuit about the unit's open-government-
/// information work, recorded against an application or on its own (国办公开办函〔2021〕30号 表四).
///
/// ★ How it is counted for year Y (the contract is silent; chosen to mirror table 三's convention
/// “counted in the year of its reply; open at 31 December → carried”, since table 四 has no
/// 上年结转 column):
/// - decided in Y (result upheld/corrected/other, `decidedYear` = Y) → counted once under its result;
/// - filed in or before Y and not decided by 31 December of Y → 尚未审结 in Y.
/// So a case filed in 2025 and decided in 2026 is 尚未审结 in the 2025 report and under its result
/// in the 2026 report: every result is reported exactly once, and a filed report never changes
/// when the decision arrives later. A case still pending after several years is 尚未审结 in each.
/// A decided result without `decidedYear` cannot be placed in a year and is counted as pending
/// (see `problems`); a decision year before the filing year is counted in the filing year.
public struct ReviewCase: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var kind: ReviewCaseKind
    /// 申请/立案年度 — the year the reconsideration was applied for or the suit filed.
    public var filedYear: Int
    /// 结果 — `pending` until decided.
    public var result: ReviewResult
    /// 审结年度 — the year of the decision or judgement; nil while pending.
    public var decidedYear: Int?
    /// 单位 — the respondent unit.
    public var unitId: String
    /// 关联申请 — the 依申请公开 application it is about, when recorded against one.
    public var applicationId: String?

    public init(id: String, kind: ReviewCaseKind, filedYear: Int, result: ReviewResult = .pending,
                decidedYear: Int? = nil, unitId: String, applicationId: String? = nil) {
        self.id = id
        self.kind = kind
        self.filedYear = filedYear
        self.result = result
        self.decidedYear = decidedYear
        self.unitId = unitId
        self.applicationId = applicationId
    }

    /// The column the case is counted in for `year`, or nil when it is not in that year's table.
    public func column(in year: Int) -> ReviewResult? {
        guard filedYear <= year else { return nil }
        if result != .pending, let d = decidedYear {
            let decided = max(d, filedYear)
            if decided == year { return result }
            if decided < year { return nil }
        }
        return .pending
    }

    /// Data errors that change how the case is counted, in Chinese; empty when the record is sound.
    public var problems: [String] {
        var p: [String] = []
        if result != .pending && decidedYear == nil {
            p.append("案件 \(id) 有结果（\(result.chineseName)）但没有审结年度，统计时按尚未审结计")
        }
        if result == .pending && decidedYear != nil {
            p.append("案件 \(id) 尚未审结却有审结年度 \(decidedYear!)")
        }
        if let d = decidedYear, d < filedYear {
            p.append("案件 \(id) 的审结年度 \(d) 早于立案年度 \(filedYear)")
        }
        return p
    }
}
