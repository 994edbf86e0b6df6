import Testing
@testable import GongkaiCore

@Suite struct RegisterEntryTests {
    func entry(_ id: String, _ type: DocumentType = .normative, issued: String, until: String? = nil,
               amendedBy: String? = nil, amendedOn: String? = nil, repealed: String? = nil,
               title: String = "X县行政规范性文件") -> RegisterEntry {
        RegisterEntry(id: id, title: title, type: type, issued: docDay(issued), validUntil: until.map(docDay),
                      amendedBy: amendedBy, amendedOn: amendedOn.map(docDay), repealed: repealed.map(docDay))
    }

    @Test("status: in force through the last valid day, 已失效 from the next day")
    func expiry() {
        let e = entry("A", issued: "2024-03-01", until: "2026-12-31")
        #expect(e.status(on: docDay("2026-12-31")) == .inForce)
        #expect(e.status(on: docDay("2027-01-01")) == .expired)
        #expect(e.isInForce(on: docDay("2026-12-31")))
        #expect(!e.isInForce(on: docDay("2024-02-29"))) // not yet issued
    }

    @Test("status: 已废止 from the repeal date; repeal outranks expiry and amendment")
    func repeal() {
        let e = entry("B", issued: "2020-01-10", until: "2025-01-09", amendedBy: "C", amendedOn: "2022-05-01",
                      repealed: "2023-07-01")
        #expect(e.status(on: docDay("2022-04-30")) == .inForce)
        #expect(e.status(on: docDay("2022-05-01")) == .amended)
        #expect(e.status(on: docDay("2023-06-30")) == .amended)
        #expect(e.status(on: docDay("2023-07-01")) == .repealed)
        #expect(e.status(on: docDay("2026-01-01")) == .repealed)
    }

    @Test("an amended entry links the amending document; with no date it is amended at once")
    func amended() {
        let e = entry("D", issued: "2021-01-01", amendedBy: "E")
        #expect(e.status(on: docDay("2021-01-01")) == .amended)
        #expect(e.amendedBy == "E")
        #expect(RegulationStatus.amended.chineseName == "已修改")
        #expect(RegulationStatus(codeOrName: "现行有效") == .inForce)
        #expect(RegulationStatus.codeList == "in-force|amended|repealed|expired")
    }

    @Test("needsEvaluation: end date within the next 6 months (inclusive), only while in force")
    func evaluation() {
        let e = entry("F", issued: "2021-07-01", until: "2026-06-30")
        #expect(e.needsEvaluation(today: docDay("2025-12-31")))  // 2025-12-31 + 6 months = 2026-06-30
        #expect(e.needsEvaluation(today: docDay("2025-12-30")))
        #expect(!e.needsEvaluation(today: docDay("2025-12-29")))  // window ends 2026-06-29
        #expect(e.needsEvaluation(today: docDay("2026-06-30")))  // last valid day
        #expect(!e.needsEvaluation(today: docDay("2026-07-01")))  // already 已失效
        #expect(!entry("G", issued: "2021-07-01").needsEvaluation(today: docDay("2026-06-01"))) // no end date
        let repealed = entry("H", issued: "2021-07-01", until: "2026-06-30", repealed: "2026-03-01")
        #expect(!repealed.needsEvaluation(today: docDay("2026-04-01")))
        // Month arithmetic clamps to the month's end.
        #expect(docDay("2025-08-31").addingMonths(6) == docDay("2026-02-28"))
        #expect(docDay("2023-08-31").addingMonths(6) == docDay("2024-02-29"))
    }

    @Test("试行/暂行 titles hint at a 1–2 year validity")
    func trialTitles() {
        #expect(RegisterEntry.isTrialTitle("X县农村宅基地管理暂行办法"))
        #expect(RegisterEntry.suggestedValidityYears(title: "X县惠企政策兑现办法（试行）") == 1...2)
        #expect(RegisterEntry.suggestedValidityYears(title: "X县政府信息公开工作制度") == 3...5)
        #expect(entry("T", issued: "2026-01-05", title: "X县某某办法（试行）").validityHint?.contains("1 至 2 年") == true)
        #expect(entry("T", issued: "2026-01-05", until: "2029-01-04", title: "X县某某办法（试行）").validityHint?
                    .contains("不超过 2 年") == true)
        #expect(entry("T", issued: "2026-01-05", until: "2028-01-04", title: "X县某某办法（试行）").validityHint == nil)
        #expect(entry("T", issued: "2026-01-05", title: "X县某某办法").validityHint == nil)
    }

    @Test("annual counts at the year boundary: issued, repealed, in force at 31 December")
    func yearCounts() {
        let entries = [
            entry("n1", issued: "2025-12-31"),                                   // issued 2025
            entry("n2", issued: "2026-01-01"),                                   // issued 2026
            entry("n3", issued: "2023-05-01", repealed: "2025-12-31"),           // repealed 2025, not in force at end 2025
            entry("n4", issued: "2023-05-01", repealed: "2026-01-01"),           // in force end 2025, repealed 2026
            entry("n5", issued: "2021-01-01", until: "2025-12-31"),              // in force end 2025, expires 2026-01-01
            entry("n6", issued: "2021-01-01", until: "2025-12-30"),              // expired on 2025-12-31
            entry("n7", issued: "2021-01-01", amendedBy: "n8", amendedOn: "2025-06-01"), // superseded by n8
            entry("n8", issued: "2025-06-01"),                                   // the amending document
            entry("r1", .regulation, issued: "2019-09-01"),
            entry("r2", .regulation, issued: "2025-03-01", repealed: "2025-11-01"),
            entry("p1", .policy, issued: "2025-01-01"),                          // not in the register rows
        ]
        let n2025 = RegisterYearCounts.compute(entries, year: 2025, type: .normative)
        #expect(n2025.issued == 2)                 // n1, n8
        #expect(n2025.repealed == 1)               // n3
        #expect(n2025.inForceAtYearEnd == 4)       // n1, n4, n5, n8
        #expect(n2025.expired == 1)                // n6
        #expect(n2025.amended == 1)                // n7

        let n2026 = RegisterYearCounts.compute(entries, year: 2026, type: .normative)
        #expect(n2026.issued == 1)                 // n2
        #expect(n2026.repealed == 1)               // n4
        #expect(n2026.inForceAtYearEnd == 3)       // n1, n2, n8
        #expect(n2026.expired == 1)                // n5 (last valid day 2025-12-31)

        let both = RegisterYearCounts.compute(entries, year: 2025)
        #expect(both.map(\.type) == [.regulation, .normative])
        #expect(both[0].issued == 1 && both[0].repealed == 1 && both[0].inForceAtYearEnd == 1)
        #expect(RegisterEntry.isRegistered(.normative) && !RegisterEntry.isRegistered(.policy))
    }

    @Test("a repeal on the day of expiry is counted as a repeal, not also as an expiry")
    func repealBeatsExpiry() {
        let e = [entry("x", issued: "2020-01-01", until: "2025-06-30", repealed: "2025-07-01")]
        let c = RegisterYearCounts.compute(e, year: 2025, type: .normative)
        #expect(c.repealed == 1 && c.expired == 0 && c.inForceAtYearEnd == 0)
    }
}
