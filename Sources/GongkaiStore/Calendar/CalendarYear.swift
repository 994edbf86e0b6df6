import GongkaiCore

/// 节假日安排来源 — where a year's arrangement comes from (C5).
public enum ArrangementSource: String, DomainCode {
    /// 内置 — shipped with the program (2023–2026).
    case builtIn = "built-in"
    /// 管理员导入 — entered by the administrator; replaces a built-in year.
    case imported
    /// 未录入 — Monday–Friday only; results are provisional (C5).
    case missing

    public var chineseName: String {
        switch self {
        case .builtIn: return "内置"
        case .imported: return "管理员导入"
        case .missing: return "未录入"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .builtIn: return "Built in"
        case .imported: return "Imported by admin"
        case .missing: return "Not entered"
        }
    }
}

/// 年度节假日安排 — what `gongkai calendar show YEAR` prints.
public struct CalendarYear: Codable, Sendable, Hashable {
    public var year: Int
    public var source: ArrangementSource
    /// True when no arrangement is entered: Monday–Friday only (C5).
    public var provisional: Bool
    public var notice: String?
    public var noticeDate: CivilDate?
    /// Days off and 调休上班 days, runs written as ranges.
    public var daysOff: [String]
    public var makeUpWorkdays: [String]
    /// Who imported it and when (imported years only).
    public var importedAt: String?
    public var importedBy: String?
    /// 估算的法定节日 (HolidayEstimator) for a missing year — a hint only, never counted.
    public var estimatedHolidays: [String]
}

/// What `gongkai calendar import` did.
public struct CalendarImportReport: Codable, Sendable, Hashable {
    public var year: Int
    /// What the new arrangement replaced: built-in, imported, or missing (a new year).
    public var replaced: ArrangementSource
    /// Open applications whose clock was recomputed (due dates are derived from events, C7).
    public var recomputedOpenApplications: Int
}
