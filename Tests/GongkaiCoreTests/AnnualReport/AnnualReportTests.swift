import Foundation
import Testing
@testable import GongkaiCore

@Suite("年度报告 一至六 / 汇总 / 公布期限")
struct AnnualReportTests {
    typealias S = ReportScenario

    static func report(_ year: Int, _ unit: String, figures: ReportFigures = .init()) -> AnnualReport {
        AnnualReport.computed(year: year, unitId: unit, unitName: unit == "edu" ? "某县教育局" : "某镇",
                              facts: S.facts, cases: S.cases,
                              register: ProactiveDisclosureTableTests.eduRegister, figures: figures)
    }

    @Test func sectionsOneToSix() {
        #expect(ReportSection.allCases.map(\.chineseName) == [
            "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
        ])
        #expect(ReportSection.allCases.filter(\.isNarrative) == [.overview, .problems, .otherMatters])
        var r = Self.report(2025, "edu")
        r[narrative: .problems] = "依申请公开答复文书不够规范。"
        #expect(r.problems == "依申请公开答复文书不够规范。")
        #expect(r[narrative: .applications] == nil)
        #expect(r.title == "某县教育局2025年政府信息公开工作年度报告")
    }

    @Test func aComputedReportHasItsTablesAndNoViolations() {
        let r = Self.report(2026, "edu")
        #expect(r.applications == S.edu2026)
        #expect(r.reviewLitigation == ReviewLitigationTable.computed(year: 2026, cases: S.cases, unitId: "edu"))
        #expect(r.proactive.normativeDocuments.inForce == 12)
        #expect(r.checks(previousYear: Self.report(2025, "edu")).isEmpty)
        let summary = r.checkSummary(previousYear: Self.report(2025, "edu"))
        #expect(!summary.isEmpty && summary.allSatisfy { $0.ok })
        #expect(Set(summary.map(\.name)) == Set(ReportIdentity.allCases.map(\.code)))
    }

    @Test func countyWideSumsTheUnitsCellByCell() throws {
        let edu = Self.report(2025, "edu", figures: .init(licensingDecisions: 10, feeAmount: 1))
        var town = Self.report(2025, "town", figures: .init(licensingDecisions: 2, feeAmount: Decimal(string: "0.5")!))
        town.overview = "镇里的总体情况"
        let county = try AnnualReport.summing([edu, town])
        #expect(county.unitId == nil && county.unitName == "全县" && county.year == 2025)
        #expect(county.overview.isEmpty)
        #expect(county.applications == ApplicationTable.computed(year: 2025, facts: S.facts))
        #expect(county.applications[.received, .total] == 9)
        #expect(county.reviewLitigation.reconsideration == ReviewCounts(upheld: 2, pending: 1))
        #expect(county.proactive.figures.licensingDecisions == 12)
        #expect(county.proactive.figures.feeAmount == Decimal(string: "1.5")!)
        #expect(county.proactive.normativeDocuments == .init(issued: 6, repealed: 2, inForce: 24))
        #expect(county.checks().isEmpty)
        #expect(throws: AnnualReportError.yearMismatch([2025, 2026])) {
            try AnnualReport.summing([edu, Self.report(2026, "edu")])
        }
        #expect(AnnualReportError.yearMismatch([2025, 2026]).description == "不同年度的报告不能相加：2025、2026")
    }

    @Test func checksSpanAllTablesAndCatchAHandEditedReport() {
        var r = Self.report(2025, "edu")
        r.applications[.carriedOut, .naturalPerson] = 0
        r.reviewLitigation.reconsideration.total = 5
        let names = r.checks().map(\.name)
        #expect(names.contains("table3.balance"))
        #expect(names.contains("table3.total-column"))
        #expect(names.contains("table4.total"))
        #expect(r.checks().first { $0.name == "table3.balance" }?.detail
                == "自然人：一 + 二 = 4 + 0 = 4，三（七）+ 四 = 3 + 0 = 3，不相等")
        r.reviewLitigation.year = 2024
        #expect(r.checks().first?.detail == "报告年度为 2025，表二、表三、表四的年度为 2025、2025、2024")
    }

    @Test func publicationDeadlines() {
        #expect(AnnualReport.deadline(year: 2026, isCounty: false).iso == "2027-01-31")
        #expect(AnnualReport.deadline(year: 2026, isCounty: true).iso == "2027-03-31")
        #expect(AnnualReport.deadline(year: 2025, isCounty: false).iso == "2026-01-31")
    }

    @Test func jsonUsesTheIssueKeysAndRoundTrips() throws {
        var r = Self.report(2025, "edu", figures: .init(licensingDecisions: 3, feeAmount: Decimal(string: "0.25")!))
        r.overview = "总体情况"
        let data = try JSONEncoder().encode(r)
        let obj = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        for key in ["year", "unit", "unitName", "overview", "table2", "table3", "table4", "problems", "otherMatters"] {
            #expect(obj[key] != nil, "\(key)")
        }
        let t4 = obj["table4"] as! [String: Any]
        #expect(Set(t4.keys) == ["year", "reconsideration", "litigation-direct", "litigation-after-reconsideration"])
        #expect(try JSONDecoder().decode(AnnualReport.self, from: data) == r)
        let county = try AnnualReport.summing([r])
        let cdata = try JSONEncoder().encode(county)
        #expect(try JSONDecoder().decode(AnnualReport.self, from: cdata).unitId == nil)
    }

    @Test func plainTextAndCSVOfTheWholeReport() {
        var r = Self.report(2025, "edu")
        r.overview = "第一段\n第二段"
        let text = r.textLines()
        #expect(text[0] == "某县教育局2025年政府信息公开工作年度报告")
        for s in ReportSection.allCases { #expect(text.contains(s.chineseName)) }
        #expect(text.contains("第二段"))
        #expect(text.contains("（未填写）"))
        let csv = r.csvRows()
        #expect(csv[0] == ["某县教育局2025年政府信息公开工作年度报告"])
        #expect(csv.contains(["三、收到和处理政府信息公开申请情况"]))
        #expect(csv.contains(["四、结转下年度继续办理", "1", "0", "1", "1", "1", "0", "4"]))
    }
}
