/// 年度报告章节 — the six sections of the annual report — 国办公开办函〔2021〕30号; Docs/领域规则.md §7.
/// 一、五、六 are narrative text the officer writes; 二、三、四 are tables computed from the records.
public enum ReportSection: String, DomainCode {
    case overview
    case proactive
    case applications
    case reviewLitigation = "review-litigation"
    case problems
    case otherMatters = "other-matters"

    public var chineseName: String {
        switch self {
        case .overview: return "一、总体情况"
        case .proactive: return "二、主动公开政府信息情况"
        case .applications: return "三、收到和处理政府信息公开申请情况"
        case .reviewLitigation: return "四、政府信息公开行政复议、行政诉讼情况"
        case .problems: return "五、存在的主要问题及改进情况"
        case .otherMatters: return "六、其他需要报告的事项"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .overview: return "1. Overview"
        case .proactive: return "2. Proactive disclosure"
        case .applications: return "3. Requests received and handled"
        case .reviewLitigation: return "4. Administrative reconsideration and litigation"
        case .problems: return "5. Main problems and improvements"
        case .otherMatters: return "6. Other matters to report"
        }
    }

    /// Whether the section is free text (一、五、六) rather than a table (二、三、四).
    public var isNarrative: Bool { self == .overview || self == .problems || self == .otherMatters }
}

/// 政府信息公开工作年度报告 — one unit's (or the county's) report for a year, sections 一 to 六
/// — 条例第四十九条、第五十条; format 国办公开办函〔2021〕30号.
///
/// A plain value: it is what gets filed (frozen) and what the CLI prints; later edits to the records
/// do not change a report value already built.
public struct AnnualReport: Hashable, Sendable, Codable {
    /// 报告年度 — the calendar year reported on (published the next year).
    public var year: Int
    /// 单位 — nil for the county-wide report (all units summed).
    public var unitId: String?
    /// 单位名称 — printed in the title.
    public var unitName: String
    /// 一、总体情况.
    public var overview: String
    /// 二、主动公开政府信息情况.
    public var proactive: ProactiveDisclosureTable
    /// 三、收到和处理政府信息公开申请情况.
    public var applications: ApplicationTable
    /// 四、政府信息公开行政复议、行政诉讼情况.
    public var reviewLitigation: ReviewLitigationTable
    /// 五、存在的主要问题及改进情况.
    public var problems: String
    /// 六、其他需要报告的事项.
    public var otherMatters: String

    private enum CodingKeys: String, CodingKey {
        case year, unitId = "unit", unitName, overview
        case proactive = "table2", applications = "table3", reviewLitigation = "table4"
        case problems, otherMatters
    }

    public init(year: Int, unitId: String?, unitName: String, overview: String = "",
                proactive: ProactiveDisclosureTable? = nil, applications: ApplicationTable? = nil,
                reviewLitigation: ReviewLitigationTable? = nil, problems: String = "", otherMatters: String = "") {
        self.year = year
        self.unitId = unitId
        self.unitName = unitName
        self.overview = overview
        self.proactive = proactive ?? ProactiveDisclosureTable(year: year)
        self.applications = applications ?? ApplicationTable(year: year)
        self.reviewLitigation = reviewLitigation ?? ReviewLitigationTable(year: year)
        self.problems = problems
        self.otherMatters = otherMatters
    }

    /// 生成 — the report of `year` computed from the records of one unit (`unitId`) or of all units
    /// (nil): table 三 from the application facts, table 四 from the cases, table 二 from the register
    /// summary and the entered figures. The narrative sections start empty.
    public static func computed(year: Int, unitId: String?, unitName: String,
                                facts: [ApplicationFact], cases: [ReviewCase],
                                register: [DocumentType: DocumentRegisterCounts],
                                figures: ReportFigures) -> AnnualReport {
        computed(year: year, unitId: unitId, unitName: unitName,
                 applications: .computed(year: year, facts: facts, unitId: unitId),
                 cases: cases, register: register, figures: figures)
    }

    /// The same with table 三 already counted (from `ApplicationTally`s a database aggregated).
    public static func computed(year: Int, unitId: String?, unitName: String,
                                applications: ApplicationTable, cases: [ReviewCase],
                                register: [DocumentType: DocumentRegisterCounts],
                                figures: ReportFigures) -> AnnualReport {
        AnnualReport(year: year, unitId: unitId, unitName: unitName,
                     proactive: ProactiveDisclosureTable(year: year, register: register, figures: figures),
                     applications: applications,
                     reviewLitigation: .computed(year: year, cases: cases, unitId: unitId))
    }

    /// 全县汇总 — the county-wide report: tables 二、三、四 added cell by cell over the units' reports
    /// (which must all be of the same year). ★ The narrative sections are not merged: the county's
    /// 一、五、六 are its own text, written by the county office, so they start empty.
    public static func summing(_ reports: [AnnualReport], unitId: String? = nil,
                               unitName: String = "全县") throws -> AnnualReport {
        guard let first = reports.first else { throw AnnualReportError.nothingToSum }
        let years = Set(reports.map(\.year))
        guard years.count == 1 else { throw AnnualReportError.yearMismatch(years.sorted()) }
        return AnnualReport(year: first.year, unitId: unitId, unitName: unitName,
                            proactive: try .summing(reports.map(\.proactive)),
                            applications: try .summing(reports.map(\.applications)),
                            reviewLitigation: try .summing(reports.map(\.reviewLitigation)))
    }

    /// 公布期限 — 条例第四十九条: a department (部门, and a township) publishes its report for `year` by
    /// 31 January of the next year; the county government by 31 March. ★ The date is statutory and is
    /// not moved off weekends or holidays.
    public static func deadline(year: Int, isCounty: Bool) -> CivilDate {
        CivilDate(year: year + 1, month: isCounty ? 3 : 1, day: 31)!
    }

    /// 标题 — e.g. `某某县教育局2025年政府信息公开工作年度报告`.
    public var title: String { "\(unitName)\(year)年政府信息公开工作年度报告" }

    /// The text of a narrative section (一、五、六); nil for a table section.
    public subscript(narrative section: ReportSection) -> String? {
        get {
            switch section {
            case .overview: return overview
            case .problems: return problems
            case .otherMatters: return otherMatters
            default: return nil
            }
        }
        set {
            let text = newValue ?? ""
            switch section {
            case .overview: overview = text
            case .problems: problems = text
            case .otherMatters: otherMatters = text
            default: break
            }
        }
    }

    /// 校验 — every violated identity of tables 二、三、四 (empty when sound), plus a year mismatch
    /// between the report and its tables. `previousYear` is last year's filed report, when there is one.
    public func checks(previousYear: AnnualReport? = nil) -> [ReportCheck] {
        var out = proactive.checks() + applications.checks(previousYear: previousYear?.applications)
            + reviewLitigation.checks()
        let tableYears = [proactive.year, applications.year, reviewLitigation.year]
        if tableYears.contains(where: { $0 != year }) {
            out.insert(ReportCheck(name: "report.year", ok: false, detail:
                "报告年度为 \(year)，表二、表三、表四的年度为 \(tableYears.map(String.init).joined(separator: "、"))"), at: 0)
        }
        return out
    }

    /// One result per identity over the three tables — the JSON `checks` list and the TUI panel.
    public func checkSummary(previousYear: AnnualReport? = nil) -> [ReportCheck] {
        proactive.checkSummary() + applications.checkSummary(previousYear: previousYear?.applications)
            + reviewLitigation.checkSummary()
            + checks(previousYear: previousYear).filter { $0.name == "report.year" }
    }

    /// The whole report as plain text: title, the six section headings, narrative text and the three
    /// tables as aligned columns.
    public func textLines() -> [String] {
        var out = [title, ""]
        for s in ReportSection.allCases {
            out.append(s.chineseName)
            switch s {
            case .proactive: out += proactive.textLines()
            case .applications: out += applications.textLines()
            case .reviewLitigation: out += reviewLitigation.textLines()
            default:
                let text = self[narrative: s] ?? ""
                out += text.isEmpty ? ["（未填写）"] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            }
            out.append("")
        }
        return out
    }

    /// The three tables as CSV rows, each under its section heading, with a blank row between them.
    public func csvRows(includeCodes: Bool = false) -> [[String]] {
        [[title], [ReportSection.proactive.chineseName]] + proactive.csvRows()
            + [[], [ReportSection.applications.chineseName]] + applications.csvRows(includeCodes: includeCodes)
            + [[], [ReportSection.reviewLitigation.chineseName]] + reviewLitigation.csvRows()
    }
}
