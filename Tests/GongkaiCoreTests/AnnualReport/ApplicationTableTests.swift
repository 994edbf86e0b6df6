import Foundation
import Testing
@testable import GongkaiCore

@Suite("表三 收到和处理政府信息公开申请情况")
struct ApplicationTableTests {
    typealias S = ReportScenario

    @Test func year2025MatchesTheHandComputedTableCellByCell() {
        let t = ApplicationTable.computed(year: 2025, facts: S.facts, unitId: "edu")
        for row in ReportRow.allCases {
            #expect(t.values(of: row) == S.edu2025.values(of: row), "row \(row.code)")
        }
        #expect(t == S.edu2025)
        #expect(t.checks().isEmpty)
    }

    @Test func year2026CarriesOverFrom2025() {
        let t = ApplicationTable.computed(year: 2026, facts: S.facts, unitId: "edu")
        for row in ReportRow.allCases {
            #expect(t.values(of: row) == S.edu2026.values(of: row), "row \(row.code)")
        }
        #expect(t.values(of: .carriedIn) == S.edu2025.values(of: .carriedOut))
        #expect(t.checks(previousYear: S.edu2025).isEmpty)
        #expect(t.checkSummary(previousYear: S.edu2025).allSatisfy { $0.ok })
        #expect(t.checkSummary(previousYear: S.edu2025).map(\.name)
                == ["table3.balance", "table3.processed-total", "table3.total-column",
                    "table3.non-negative", "table3.carry-over"])
    }

    @Test func nothingBeforeOrAfterTheLedgerAndItStillBalances() {
        let t2024 = ApplicationTable.computed(year: 2024, facts: S.facts, unitId: "edu")
        #expect(t2024[.received, .otherOrg] == 1 && t2024[.carriedOut, .otherOrg] == 1)
        #expect(t2024[.received, .total] == 1)
        let t2027 = ApplicationTable.computed(year: 2027, facts: S.facts, unitId: "edu")
        #expect(t2027[.carriedIn, .total] == 2 && t2027[.carriedOut, .total] == 2)
        #expect(t2027[.processedTotal, .total] == 0)
        for y in 2023...2028 {
            let t = ApplicationTable.computed(year: y, facts: S.facts)
            let prev = ApplicationTable.computed(year: y - 1, facts: S.facts)
            #expect(t.checks(previousYear: prev).isEmpty, "year \(y)")
        }
    }

    @Test func yearBoundaryDays() {
        let f = [
            ApplicationFact(id: "x", applicantType: .naturalPerson, received: S.d("2025-12-31"),
                            replied: S.d("2025-12-31"), outcome: .granted, unitId: "u"),
            ApplicationFact(id: "y", applicantType: .naturalPerson, received: S.d("2025-12-31"),
                            replied: S.d("2026-01-01"), outcome: .granted, unitId: "u"),
        ]
        let t = ApplicationTable.computed(year: 2025, facts: f)
        #expect(t[.received, .naturalPerson] == 2)
        #expect(t[.outcome(.granted), .naturalPerson] == 1)
        #expect(t[.carriedOut, .naturalPerson] == 1)
        let n = ApplicationTable.computed(year: 2026, facts: f)
        #expect(n[.carriedIn, .naturalPerson] == 1 && n[.outcome(.granted), .naturalPerson] == 1)
        #expect(n[.received, .total] == 0 && n[.carriedOut, .total] == 0)
    }

    @Test func everyOutcomeRowIsReachedOnceAndOnlyThere() {
        var facts: [ApplicationFact] = []
        for (i, o) in ApplicationOutcome.allCases.enumerated() {
            facts.append(ApplicationFact(id: "o\(i)", applicantType: ApplicantType.allCases[i % 6],
                                         received: S.d("2025-02-01"), replied: S.d("2025-03-01"),
                                         outcome: o, unitId: "u"))
        }
        let t = ApplicationTable.computed(year: 2025, facts: facts)
        for (i, o) in ApplicationOutcome.allCases.enumerated() {
            let col = ReportColumn(ApplicantType.allCases[i % 6])
            // granted.already-public and unavailable.not-this-agency share 三（一） and 三（四）1 (C11).
            let sharing = ApplicationOutcome.allCases.filter { ReportRow($0) == ReportRow(o) }.count
            #expect(t[ReportRow(o), col] >= 1, "\(o.code)")
            #expect(t[ReportRow(o), .total] == sharing, "\(o.code)")
        }
        #expect(t[.outcome(.granted), .total] == 2 && t[.outcome(.unavailableNotHeld), .total] == 2)
        #expect(t[.processedTotal, .total] == 23 && t[.received, .total] == 23)
        #expect(t.checks().isEmpty)
    }

    @Test func withdrawalBeforeTheReplyCountsAsOtherInTheYearOfWithdrawal() {
        let f = ApplicationFact(id: "w", applicantType: .business, received: S.d("2025-12-01"),
                                replied: S.d("2026-02-01"), outcome: .granted, withdrawn: S.d("2026-01-15"),
                                unitId: "u")
        #expect(f.closing == .init(date: S.d("2026-01-15"), row: .outcome(.otherOther)))
        let t = ApplicationTable.computed(year: 2026, facts: [f])
        #expect(t[.outcome(.otherOther), .business] == 1 && t[.outcome(.granted), .business] == 0)
        let same = ApplicationFact(id: "s", applicantType: .business, received: S.d("2025-12-01"),
                                   replied: S.d("2026-01-15"), outcome: .granted, withdrawn: S.d("2026-01-15"),
                                   unitId: "u")
        #expect(same.closing?.row == .outcome(.granted))
    }

    @Test func incompleteRecordsStayOpenAndAreReported() {
        let noOutcome = ApplicationFact(id: "n", applicantType: .naturalPerson, received: S.d("2025-05-01"),
                                        replied: S.d("2025-05-10"), unitId: "u")
        let early = ApplicationFact(id: "e", applicantType: .naturalPerson, received: S.d("2025-05-01"),
                                    replied: S.d("2025-04-10"), outcome: .granted, unitId: "u")
        #expect(noOutcome.closing == nil)
        #expect(noOutcome.problems == ["申请 n 有答复日期但没有处理结果，统计时按未办结计入结转"])
        #expect(early.problems == ["申请 e 的答复日期 2025-04-10 早于收到日期 2025-05-01"])
        let t = ApplicationTable.computed(year: 2025, facts: [noOutcome, early])
        #expect(t[.carriedOut, .naturalPerson] == 1 && t[.outcome(.granted), .naturalPerson] == 1)
        #expect(t.checks().isEmpty)
        #expect(S.facts.flatMap(\.problems).isEmpty)
    }

    @Test func aHandEditedTableThatBreaksTheBalanceIsCaught() {
        var t = S.edu2025
        t[.outcome(.granted), .naturalPerson] += 1            // officer typed 2 instead of 1 …
        t = t.withDerivedTotals()                    // … and let the totals follow
        let failures = t.checks()
        #expect(failures.map(\.name) == ["table3.balance", "table3.balance"])
        #expect(failures.map(\.detail) == [
            "自然人：一 + 二 = 4 + 0 = 4，三（七）+ 四 = 4 + 1 = 5，不相等",
            "总计：一 + 二 = 8 + 1 = 9，三（七）+ 四 = 6 + 4 = 10，不相等",
        ])
        #expect(!failures.isEmpty && failures.allSatisfy { !$0.ok })
        let summary = t.checkSummary()
        #expect(summary.first { $0.name == "table3.balance" }?.ok == false)
        #expect(summary.first { $0.name == "table3.total-column" }?.ok == true)
    }

    @Test func totalsThatDoNotAddUpAreCaught() {
        var t = S.edu2025
        t[.outcome(.granted), .naturalPerson] = 2            // the totals were not updated
        let failures = t.checks()
        #expect(failures.map(\.detail) == [
            "自然人：三（七）总计为 3，（一）至（六）之和为 4",
            "三（一）予以公开：总计为 2，六类申请人之和为 3",
        ])
        #expect(failures.map(\.identity) == [.table3ProcessedTotal, .table3TotalColumn])
        var neg = S.edu2025
        neg[.outcome(.withheldInquiry), .research] = -1
        #expect(neg.checks().contains { $0.detail == "三（三）不予公开 8 属于行政查询事项·科研机构 为 -1，不能为负数" })
    }

    @Test func carryInMustEqualLastYearsCarryOut() {
        var t = S.edu2026
        t[.carriedIn, .legalServices] = 0
        t = t.withDerivedTotals()
        let carry = t.checks(previousYear: S.edu2025).filter { $0.identity == .table3CarryOver }
        #expect(carry.map(\.detail) == [
            "法律服务机构：2026 年上年结转为 0，2025 年结转下年度继续办理为 1",
            "总计：2026 年上年结转为 3，2025 年结转下年度继续办理为 4",
        ])
        let wrongYear = S.edu2026.checks(previousYear: S.edu2026)
        #expect(wrongYear.map(\.detail) == ["用于核对的上年度报告是 2026 年的，应为 2025 年"])
    }

    @Test func unitsSumToTheCountyTable() throws {
        let edu = ApplicationTable.computed(year: 2025, facts: S.facts, unitId: "edu")
        let town = ApplicationTable.computed(year: 2025, facts: S.facts, unitId: "town")
        let county = try ApplicationTable.summing([edu, town])
        #expect(county == ApplicationTable.computed(year: 2025, facts: S.facts))
        #expect(county[.received, .naturalPerson] == 5 && county[.received, .total] == 9)
        #expect(county[.outcome(.unavailableNotHeld), .naturalPerson] == 1)
        #expect(county[.processedTotal, .total] == 6)
        #expect(throws: AnnualReportError.yearMismatch([2025, 2026])) {
            try ApplicationTable.summing([edu, S.edu2026])
        }
        #expect(throws: AnnualReportError.nothingToSum) { try ApplicationTable.summing([]) }
    }

    @Test func rawNumbersMustBeComplete() {
        var rows = S.edu2025.rows
        rows[.outcome(.granted)] = [1, 0, 0]
        #expect(throws: AnnualReportError.wrongCellCount(row: "granted", count: 3)) {
            try ApplicationTable(year: 2025, rows: rows)
        }
        rows[.outcome(.granted)] = nil
        #expect(throws: AnnualReportError.missingRow("granted")) { try ApplicationTable(year: 2025, rows: rows) }
        #expect(AnnualReportError.missingRow("granted").description == "表三缺少一行：三（一）予以公开（granted）")
    }

    @Test func jsonHasEveryRowCodeAndRoundTrips() throws {
        let data = try JSONEncoder().encode(S.edu2026)
        let obj = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        #expect(obj["year"] as? Int == 2026)
        #expect(obj["columns"] as? [String] == ReportColumn.allCases.map(\.code))
        let rows = obj["rows"] as! [String: [Int]]
        #expect(Set(rows.keys) == Set(ReportRowTests.domainRows.map(\.1)))
        #expect(rows["carried-in"] == [1, 0, 1, 1, 1, 0, 4])
        #expect(try JSONDecoder().decode(ApplicationTable.self, from: data) == S.edu2026)

        let bad = #"{"year": 2025, "rows": {"granted": [0,0,0,0,0,0,0], "typo": [0,0,0,0,0,0,0]}}"#
        #expect(throws: AnnualReportError.unknownRow("typo")) {
            try JSONDecoder().decode(ApplicationTable.self, from: Data(bad.utf8))
        }
    }
}
