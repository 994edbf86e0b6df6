import GongkaiCore

/// 年度报告（生成结果） — a report computed live from the records, with its checks (勾稽关系,
/// 国办公开办函〔2021〕30号), the data errors that affected counting, and the latest filed
/// version. JSON, fixed as: `{"year", "unit", "table2", "table3": {"columns", "rows"},
/// "table4", "checks": [{"name","ok","detail"}]}` plus `unitName`, `title`, the narrative sections,
/// `dataProblems` and `filedVersion`. `unit` is null for the county-wide report.
public struct AnnualReportResult: Hashable, Sendable, Codable {
    public var report: AnnualReport
    /// One result per identity; includes the carry-over check when last year's report was filed.
    public var checks: [ReportCheck]
    /// 数据问题 — records counted in a way the officer should fix (ApplicationFact/ReviewCase `problems`).
    public var dataProblems: [String]
    /// The latest filed version of this report, nil when never filed.
    public var filedVersion: Int?
    /// The version of last year's filed report the carry-over was checked against, nil when none.
    public var previousFiledVersion: Int?

    public init(report: AnnualReport, checks: [ReportCheck], dataProblems: [String] = [],
                filedVersion: Int? = nil, previousFiledVersion: Int? = nil) {
        self.report = report
        self.checks = checks
        self.dataProblems = dataProblems
        self.filedVersion = filedVersion
        self.previousFiledVersion = previousFiledVersion
    }

    /// Whether every check passed.
    public var allChecksPass: Bool { checks.allSatisfy(\.ok) }

    private enum CodingKeys: String, CodingKey {
        case year, unit, unitName, title, overview, table2, table3, table4, problems, otherMatters
        case checks, dataProblems, filedVersion, previousFiledVersion
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let year = try c.decode(Int.self, forKey: .year)
        report = AnnualReport(year: year, unitId: try c.decodeIfPresent(String.self, forKey: .unit),
                              unitName: try c.decode(String.self, forKey: .unitName),
                              overview: try c.decodeIfPresent(String.self, forKey: .overview) ?? "",
                              proactive: try c.decode(ProactiveDisclosureTable.self, forKey: .table2),
                              applications: try c.decode(ApplicationTable.self, forKey: .table3),
                              reviewLitigation: try c.decode(ReviewLitigationTable.self, forKey: .table4),
                              problems: try c.decodeIfPresent(String.self, forKey: .problems) ?? "",
                              otherMatters: try c.decodeIfPresent(String.self, forKey: .otherMatters) ?? "")
        checks = try c.decode([ReportCheck].self, forKey: .checks)
        dataProblems = try c.decodeIfPresent([String].self, forKey: .dataProblems) ?? []
        filedVersion = try c.decodeIfPresent(Int.self, forKey: .filedVersion)
        previousFiledVersion = try c.decodeIfPresent(Int.self, forKey: .previousFiledVersion)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(report.year, forKey: .year)
        try c.encode(report.unitId, forKey: .unit)          // null for the county-wide report
        try c.encode(report.unitName, forKey: .unitName)
        try c.encode(report.title, forKey: .title)
        try c.encode(report.overview, forKey: .overview)
        try c.encode(report.proactive, forKey: .table2)
        try c.encode(report.applications, forKey: .table3)
        try c.encode(report.reviewLitigation, forKey: .table4)
        try c.encode(report.problems, forKey: .problems)
        try c.encode(report.otherMatters, forKey: .otherMatters)
        try c.encode(checks, forKey: .checks)
        try c.encode(dataProblems, forKey: .dataProblems)
        try c.encode(filedVersion, forKey: .filedVersion)
        try c.encode(previousFiledVersion, forKey: .previousFiledVersion)
    }
}
