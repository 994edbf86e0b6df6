import Foundation
import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

private func d(_ s: String) -> CivilDate { CivilDate(iso: s)! }

/// A known dataset for the annual report (today 2026-11-27; li.ming is the admin of the county
/// office; 县教育局 `edu` has clerk zhao.edu and reviewer liu.edu; 河西乡 `hexi`).
///
/// 县教育局:
/// - 21 applications received 2025-04-01, each replied 2025-04-10 with a different outcome, the
///   applicant type cycling through the six columns (outcome i → column i % 6);
/// - E-carry: 自然人, received 2024-12-20, replied 2025-01-10 予以公开 (2024 结转 → 2025 上年结转);
/// - E-withdrawn: 社会公益组织, received 2025-06-02, withdrawn 2025-06-10 (→ 三（六）3 其他);
/// - E-open: 科研机构, received 2025-12-30, still open (结转 2025 and 2026);
/// - E-cross: 法律服务机构, received 2025-12-29, replied 2026-01-15 重复申请.
/// 河西乡: 自然人 received 2025-05-06 replied 2025-05-20 予以公开; 其他 received 2025-11-03, open.
struct ReportFixture {
    let service: GongkaiService
    let ws: Workspace

    init() throws {
        ws = try Workspace.inMemory()
        let pinned = d("2026-11-27")
        service = GongkaiService(workspace: ws, actor: Actor(login: "li.ming", origin: "test"), today: { pinned })
        _ = try service.initialize(demo: false, created: true)
        try ws.writer.write { db in
            for (i, u) in [("edu", "县教育局", "department"), ("hexi", "河西乡", "township")].enumerated() {
                try UnitRow(id: u.0, name: u.1, kind: u.2, isCountyOffice: false, sortOrder: i + 1,
                            createdAt: "2026-01-01T00:00:00Z").insert(db)
            }
        }
        try service.addOfficer(Officer(login: "zhao.edu", name: "赵强", unitId: "edu", role: .clerk))
        try service.addOfficer(Officer(login: "liu.edu", name: "刘敏", unitId: "edu", role: .reviewer))
        for (i, outcome) in Self.rowOutcomes.enumerated() {
            let type = ApplicantType.allCases[i % 6]
            let a = try add("2025-04-01", type, unit: "edu")
            // The closings that need a history (C9) are recorded by the admin with a reason, so that
            // every row gets one application on the same day.
            let needsHistory: Set<ApplicationOutcome> = [.otherNoCorrection, .unavailableStillUnclear, .otherFeeUnpaid]
            _ = try service.recordEvent(applicationId: a, .reply(d("2025-04-10"), outcome: outcome),
                                        overrideReason: needsHistory.contains(outcome) ? "测试：历史记录在纸质台账中" : nil)
        }
        let carry = try add("2024-12-20", .naturalPerson, unit: "edu")
        _ = try service.recordEvent(applicationId: carry, .reply(d("2025-01-10"), outcome: .granted))
        let withdrawn = try add("2025-06-02", .nonprofit, unit: "edu")
        _ = try service.recordEvent(applicationId: withdrawn, .withdraw(d("2025-06-10")))
        _ = try add("2025-12-30", .research, unit: "edu")
        let cross = try add("2025-12-29", .legalServices, unit: "edu")
        _ = try service.recordEvent(applicationId: cross, .reply(d("2026-01-15"), outcome: .notProcessedDuplicate))
        let h1 = try add("2025-05-06", .naturalPerson, unit: "hexi")
        _ = try service.recordEvent(applicationId: h1, .reply(d("2025-05-20"), outcome: .granted))
        _ = try add("2025-11-03", .otherOrg, unit: "hexi")
    }

    /// The outcomes with a row of their own (the two of C11 share 三（一） and 三（四）1).
    static let rowOutcomes = ApplicationOutcome.allCases.filter { $0.reportRowCode == $0.rawValue }

    func add(_ received: String, _ type: ApplicantType, unit: String) throws -> String {
        try service.addApplication(NewApplication(received: d(received), channel: .online, applicantType: type,
                                                  applicantName: "申请人", content: "申请公开某项信息", unit: unit)).id
    }

    func acting(as login: String) -> GongkaiService {
        GongkaiService(workspace: ws, actor: Actor(login: login, origin: "test"), today: service.today)
    }
}

@Suite("年度报告服务 Annual report service")
struct AnnualReportServiceTests {
    @Test func everyOutcomeRowAndTheYearBoundaries() throws {
        let f = try ReportFixture()
        let r = try f.service.annualReport(year: 2025, scope: .unit("edu"))
        let t = r.report.applications
        for (i, outcome) in ReportFixture.rowOutcomes.enumerated() {
            let row = ReportRow(outcome)
            var expected = Array(repeating: 0, count: 7)
            expected[i % 6] = 1
            if outcome == .granted { expected[0] += 1 }            // E-carry, replied in 2025
            if outcome == .otherOther { expected[3] += 1 }         // E-withdrawn (社会公益组织)
            expected[6] = expected[0..<6].reduce(0, +)
            #expect(t.values(of: row) == expected, "\(row.rawValue)")
        }
        // 一: 21 + withdrawn + open + cross = 24 received in 2025 (the carry one was received in 2024).
        #expect(t.values(of: .received) == [4, 4, 5, 4, 4, 3, 24])
        #expect(t.values(of: .carriedIn) == [1, 0, 0, 0, 0, 0, 1])
        #expect(t.values(of: .processedTotal) == [5, 4, 4, 4, 3, 3, 23])
        #expect(t.values(of: .carriedOut) == [0, 0, 1, 0, 1, 0, 2])
        #expect(r.allChecksPass)
        #expect(r.checks.map(\.name) == ["table2.non-negative", "table2.figures", "table3.balance",
                                         "table3.processed-total", "table3.total-column", "table3.non-negative",
                                         "table4.total", "table4.non-negative"])
        // 2026: the two carried-out applications come in; the cross one closes as 重复申请.
        let t26 = try f.service.annualReport(year: 2026, scope: .unit("edu")).report.applications
        #expect(t26.values(of: .received) == [0, 0, 0, 0, 0, 0, 0])
        #expect(t26.values(of: .carriedIn) == [0, 0, 1, 0, 1, 0, 2])
        #expect(t26.values(of: .outcome(.notProcessedDuplicate)) == [0, 0, 0, 0, 1, 0, 1])
        #expect(t26.values(of: .carriedOut) == [0, 0, 1, 0, 0, 0, 1])
        // 2024: the carry application was new and stayed open.
        let t24 = try f.service.annualReport(year: 2024, scope: .unit("edu")).report.applications
        #expect(t24.values(of: .received) == [1, 0, 0, 0, 0, 0, 1])
        #expect(t24.values(of: .carriedOut) == [1, 0, 0, 0, 0, 0, 1])
    }

    @Test func countyWideSumsTheUnits() throws {
        let f = try ReportFixture()
        let edu = try f.service.annualReport(year: 2025, scope: .unit("edu")).report
        let hexi = try f.service.annualReport(year: 2025, scope: .unit("hexi")).report
        let office = try f.service.annualReport(year: 2025, scope: .unit("county-office")).report
        let county = try f.service.annualReport(year: 2025, scope: .county).report
        let summed = try AnnualReport.summing([edu, hexi, office])
        #expect(county.applications == summed.applications)
        #expect(county.unitId == nil && county.title == "全县2025年政府信息公开工作年度报告")
        #expect(hexi.applications.values(of: .received) == [1, 0, 0, 0, 0, 1, 2])
        #expect(county.applications.values(of: .received) == [5, 4, 5, 4, 4, 4, 26])
        #expect(county.applications.values(of: .carriedOut) == [0, 0, 1, 0, 1, 1, 3])
    }

    /// The report tells its progress through the applications it reads (the CLI draws it).
    @Test func progressCountsTheApplicationsRead() throws {
        let f = try ReportFixture()
        var calls: [(Int, Int)] = []
        _ = try f.service.annualReport(year: 2025, scope: .unit("edu")) { calls.append(($0, $1)) }
        // 县教育局 has 25 applications received by 2025-12-31 (21 + carry + withdrawn + open + cross).
        #expect(calls.first.map { [$0.0, $0.1] } == [0, 25])
        #expect(calls.last.map { [$0.0, $0.1] } == [25, 25])
    }

    @Test func figuresCasesAndRegisterFillTables2And4() throws {
        let f = try ReportFixture()
        try f.service.setFigures(year: 2025, scope: .unit("edu"),
                                 figures: ReportFigures(licensingDecisions: 12, penaltyDecisions: 3,
                                                        compulsionDecisions: 1, feeAmount: Decimal(string: "12.3456")!))
        try f.service.setFigures(year: 2025, scope: .unit("hexi"),
                                 figures: ReportFigures(licensingDecisions: 2, feeAmount: Decimal(string: "0.0544")!))
        expectRefused(.invalidValue) {
            try f.service.setFigures(year: 2025, scope: .unit("edu"), figures: ReportFigures(feeAmount: Decimal(string: "1.23456")!))
        }
        expectRefused(.invalid) { try f.service.setFigures(year: 2025, scope: .county, figures: ReportFigures()) }
        // Two published normative documents (2024, 2025), one draft: the draft is not counted.
        try f.ws.writer.write { db in
            for (id, state, formed, published) in [("D1", "published", "2024-03-01", "2024-03-05"),
                                                   ("D2", "published", "2025-06-01", "2025-06-03"),
                                                   ("D3", "draft", "2025-07-01", nil)] as [(String, String, String, String?)] {
                try DocumentRow(id: id, title: "规范性文件\(id)", docNumber: nil, type: "normative", attribute: "proactive",
                                withheldReason: nil, state: state, unitId: "edu", formed: formed, published: published,
                                body: "", createdAt: "x", updatedAt: "x").insert(db)
            }
        }
        _ = try f.service.addReviewCase(ReviewCaseInput(kind: .reconsideration, filedYear: 2025,
                                                        filedDate: d("2025-05-01"), result: .upheld,
                                                        decidedDate: d("2025-08-01"), unit: "edu"))
        let pending = try f.service.addReviewCase(ReviewCaseInput(kind: .litigationDirect, filedYear: 2025, unit: "县教育局"))
        #expect(pending.id == "RC2025-0002" && pending.unitId == "edu")
        expectRefused(.invalidValue) {
            try f.service.addReviewCase(ReviewCaseInput(kind: .reconsideration, filedYear: 2025, result: .corrected))
        }
        let r = try f.service.annualReport(year: 2025, scope: .unit("edu")).report
        #expect(r.proactive.normativeDocuments == DocumentRegisterCounts(issued: 1, repealed: 0, inForce: 2))
        #expect(r.proactive.figures.licensingDecisions == 12)
        #expect(ReportFigures.formatAmount(r.proactive.figures.feeAmount) == "12.3456")
        #expect(r.reviewLitigation.reconsideration.values == [1, 0, 0, 0, 1])
        #expect(r.reviewLitigation.litigationDirect.values == [0, 0, 0, 1, 1])
        // Decided in 2026: pending in 2025 (already counted so), 纠正 in 2026.
        _ = try f.service.updateReviewCase(id: pending.id, ReviewCaseInput(kind: .litigationDirect, filedYear: 2025,
                                                                           result: .corrected, decidedYear: 2026))
        let r26 = try f.service.annualReport(year: 2026, scope: .unit("edu")).report
        #expect(r26.reviewLitigation.litigationDirect.values == [0, 1, 0, 0, 1])
        #expect(try f.service.annualReport(year: 2025, scope: .unit("edu")).report.reviewLitigation.litigationDirect.values == [0, 0, 0, 1, 1])
        let county = try f.service.annualReport(year: 2025, scope: .county).report
        #expect(county.proactive.figures.licensingDecisions == 14)
        #expect(ReportFigures.formatAmount(county.proactive.figures.feeAmount) == "12.4000")
        #expect(try auditCount(f, "report.figures") == 2 && auditCount(f, "report.case.add") == 2)
    }

    @Test func filingFreezesAndReFilingMakesVersions() throws {
        let f = try ReportFixture()
        try f.service.setNarrative(year: 2025, scope: .unit("edu"), section: .overview, text: "本年度工作总体情况。")
        try f.service.setFigures(year: 2025, scope: .unit("edu"),
                                 figures: ReportFigures(licensingDecisions: 7, feeAmount: Decimal(string: "12.3456")!))
        expectRefused(.invalid) {
            try f.service.setNarrative(year: 2025, scope: .unit("edu"), section: .applications, text: "x")
        }
        // A clerk may not file; the unit's reviewer may; another unit's reviewer may not.
        expectRefused(.reviewerOnly) { try f.acting(as: "zhao.edu").fileReport(year: 2025, scope: .unit("edu")) }
        let v1 = try f.acting(as: "liu.edu").fileReport(year: 2025, scope: .unit("edu"))
        #expect(v1.version == 1 && v1.filedBy == "liu.edu" && v1.report.overview == "本年度工作总体情况。")
        expectRefused(.otherUnit) { try f.acting(as: "liu.edu").fileReport(year: 2025, scope: .unit("hexi")) }
        expectRefused(.otherUnit) { try f.acting(as: "liu.edu").fileReport(year: 2025, scope: .county) }
        // A later record changes the live report, not the filed one.
        let late = try f.add("2025-12-31", .business, unit: "edu")
        #expect(!late.isEmpty)
        let live = try f.service.annualReport(year: 2025, scope: .unit("edu"))
        #expect(live.report.applications[.received, .business] == 5)
        #expect(live.filedVersion == 1)
        let filed = try f.service.filedReports(year: 2025, scope: .unit("edu"))
        #expect(filed.count == 1 && filed[0].report.applications[.received, .business] == 4)
        #expect(filed[0].report == v1.report)
        #expect(filed[0].report.proactive.figures.feeAmount == Decimal(string: "12.3456")!)
        let v2 = try f.service.fileReport(year: 2025, scope: .unit("edu"))
        #expect(v2.version == 2 && v2.report.applications[.received, .business] == 5)
        #expect(try f.service.filedReports(year: 2025).map(\.version) == [1, 2])
        #expect(try f.acting(as: "zhao.edu").filedReports(year: 2025).count == 2)
        // The database refuses to change a filed report.
        #expect(throws: (any Error).self) {
            try f.ws.writer.write { db in try db.execute(sql: "UPDATE filedReport SET snapshot = '{}'") }
        }
        let countyFiled = try f.service.fileReport(year: 2025, scope: .county)
        #expect(countyFiled.unit == nil && countyFiled.version == 1)
        #expect(try auditCount(f, "report.file") == 3)
    }

    @Test func carryOverIsCheckedAgainstLastYearsFiledReport() throws {
        let f = try ReportFixture()
        // No 2024 report filed: no carry-over check.
        #expect(!(try f.service.annualReport(year: 2025, scope: .unit("edu"))).checks.contains { $0.name == "table3.carry-over" })
        _ = try f.service.fileReport(year: 2024, scope: .unit("edu"))
        let ok = try f.service.annualReport(year: 2025, scope: .unit("edu"))
        #expect(ok.previousFiledVersion == 1)
        #expect(ok.checks.first { $0.name == "table3.carry-over" }?.ok == true)
        // A 2024 application entered after 2024 was filed: 2025's 上年结转 no longer matches.
        _ = try f.add("2024-12-31", .business, unit: "edu")
        let bad = try f.service.annualReport(year: 2025, scope: .unit("edu"))
        let check = try #require(bad.checks.first { $0.name == "table3.carry-over" })
        #expect(!check.ok)
        #expect(check.detail.contains("商业企业：2025 年上年结转为 1，2024 年结转下年度继续办理为 0"))
        // Re-filing 2024 brings them back into step.
        _ = try f.service.fileReport(year: 2024, scope: .unit("edu"))
        #expect(try f.service.annualReport(year: 2025, scope: .unit("edu")).allChecksPass)
    }

    @Test func accessAndScopes() throws {
        let f = try ReportFixture()
        let clerk = f.acting(as: "zhao.edu")
        #expect(try clerk.reportScope(nil) == .unit("edu"))
        #expect(try clerk.reportScope("全县") == .county)
        #expect(try clerk.reportScope("河西乡") == .unit("hexi"))
        expectRefused(.otherUnit) { try clerk.annualReport(year: 2025, scope: .county) }
        expectRefused(.otherUnit) { try clerk.annualReport(year: 2025, scope: .unit("hexi")) }
        expectRefused(.otherUnit) { try clerk.setNarrative(year: 2025, scope: .unit("hexi"), section: .problems, text: "x") }
        try clerk.setFigures(year: 2025, scope: .unit("edu"), figures: ReportFigures(penaltyDecisions: 4))
        expectRefused(.invalidValue) { try clerk.annualReport(year: 2027, scope: .unit("edu")) }
        expectRefused(.unitNotResolved) { try f.service.reportScope("没有这个单位") }
    }
}

private func auditCount(_ f: ReportFixture, _ action: String) throws -> Int {
    try f.ws.writer.read { db in
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM auditLog WHERE action = ?", arguments: [action]) ?? 0
    }
}
