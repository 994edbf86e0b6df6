import Foundation
import Testing
@testable import GongkaiCore

@Suite("表四 政府信息公开行政复议、行政诉讼情况")
struct ReviewLitigationTableTests {
    typealias S = ReportScenario

    @Test func year2025CountsDecisionsOfTheYearAndPendingCases() {
        let t = ReviewLitigationTable.computed(year: 2025, cases: S.cases, unitId: "edu")
        #expect(t.reconsideration == ReviewCounts(upheld: 1, pending: 1))            // R1, R2
        #expect(t.reconsideration.total == 2)
        #expect(t.litigationDirect == ReviewCounts(upheld: 1, pending: 1))           // L3, L1
        #expect(t.litigationAfterReconsideration == ReviewCounts())
        #expect(t.officialValues == [1, 0, 0, 1, 2, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0])
        #expect(t.checks().isEmpty)
    }

    @Test func aCaseFiledIn2025AndDecidedIn2026IsPendingThenDecided() {
        let t = ReviewLitigationTable.computed(year: 2026, cases: S.cases, unitId: "edu")
        #expect(t.reconsideration == ReviewCounts(corrected: 1))                     // R2
        #expect(t.litigationDirect == ReviewCounts(pending: 1))                      // L1 still pending
        #expect(t.litigationAfterReconsideration == ReviewCounts(other: 1))          // L2
        #expect(t.officialValues == [0, 1, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1])
        let r2 = S.cases.first { $0.id == "R2" }!
        #expect(r2.column(in: 2024) == nil && r2.column(in: 2025) == .pending)
        #expect(r2.column(in: 2026) == .corrected && r2.column(in: 2027) == nil)
    }

    @Test func countyWideIsTheSumOfUnits() throws {
        let edu = ReviewLitigationTable.computed(year: 2025, cases: S.cases, unitId: "edu")
        let town = ReviewLitigationTable.computed(year: 2025, cases: S.cases, unitId: "town")
        let sum = try ReviewLitigationTable.summing([edu, town])
        #expect(sum == ReviewLitigationTable.computed(year: 2025, cases: S.cases))
        #expect(sum.reconsideration == ReviewCounts(upheld: 2, pending: 1))
    }

    @Test func aTotalThatIsNotTheSumIsCaught() {
        var t = ReviewLitigationTable(year: 2025)
        t.litigationDirect = ReviewCounts(upheld: 2, corrected: 1, other: 0, pending: 1, total: 3)
        #expect(t.checks().map(\.detail)
                == ["行政诉讼（未经复议直接起诉）：总计为 3，维持 + 纠正 + 其他 + 尚未审结 = 2 + 1 + 0 + 1 = 4"])
        #expect(t.checkSummary().map(\.ok) == [false, true])
    }

    @Test func inconsistentCaseRecordsArePendingAndReported() {
        let c = ReviewCase(id: "X", kind: .reconsideration, filedYear: 2025, result: .upheld, unitId: "u")
        #expect(c.column(in: 2025) == .pending && c.column(in: 2030) == .pending)
        #expect(c.problems == ["案件 X 有结果（结果维持）但没有审结年度，统计时按尚未审结计"])
        #expect(S.cases.flatMap(\.problems).isEmpty)
    }

    @Test func textAndCSVFollowTheOfficialLayout() {
        let t = ReviewLitigationTable.computed(year: 2026, cases: S.cases, unitId: "edu")
        let csv = t.csvRows()
        #expect(csv.count == 4 && csv.allSatisfy { $0.count == 15 })
        #expect(csv[0][0] == "行政复议" && csv[0][5] == "行政诉讼")
        #expect(csv[1][5] == "未经复议直接起诉" && csv[1][10] == "复议后起诉")
        #expect(csv[2][0...4] == ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"])
        #expect(csv[3] == t.officialValues.map(String.init))
        let lines = t.textLines()
        #expect(lines.count == 5)
        #expect(lines[0].hasPrefix(" ") && lines[0].contains("行政复议") && lines[0].contains("行政诉讼"))
        #expect(ReportTextWidth.width(of: lines[4]) == ReportTextWidth.width(of: lines[3]))
    }
}
