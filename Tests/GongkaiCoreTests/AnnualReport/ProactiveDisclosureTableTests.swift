import Foundation
import Testing
@testable import GongkaiCore

@Suite("表二 主动公开政府信息情况 与 填报数字")
struct ProactiveDisclosureTableTests {
    static let eduRegister: [DocumentType: DocumentRegisterCounts] = [
        .regulation: .init(issued: 0, repealed: 0, inForce: 0),
        .normative: .init(issued: 3, repealed: 1, inForce: 12),
        .policy: .init(issued: 40, repealed: 2, inForce: 90),   // not in table 二
    ]
    static let townRegister: [DocumentType: DocumentRegisterCounts] = [
        .normative: .init(issued: 1, repealed: 0, inForce: 4),
    ]

    @Test func fromTheRegisterSummaryAndFigures() {
        let f = ReportFigures(licensingDecisions: 125, penaltyDecisions: 7, compulsionDecisions: 1,
                              feeAmount: Decimal(string: "3.56")!)
        let t = ProactiveDisclosureTable(year: 2025, register: Self.eduRegister, figures: f)
        #expect(t.regulations == .init())
        #expect(t.normativeDocuments == .init(issued: 3, repealed: 1, inForce: 12))
        #expect(t.checks().isEmpty)
        #expect(t.csvRows() == [
            ["第二十条第（一）项"], ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
            ["规章", "0", "0", "0"], ["行政规范性文件", "3", "1", "12"],
            ["第二十条第（五）项"], ["信息内容", "本年处理决定数量"], ["行政许可", "125"],
            ["第二十条第（六）项"], ["信息内容", "本年处理决定数量"], ["行政处罚", "7"], ["行政强制", "1"],
            ["第二十条第（八）项"], ["信息内容", "本年收费金额（单位：万元）"], ["行政事业性收费", "3.5600"],
        ])
    }

    @Test func summingAddsEveryCellIncludingTheFee() throws {
        let a = ProactiveDisclosureTable(year: 2025, register: Self.eduRegister,
                                         figures: .init(licensingDecisions: 10, penaltyDecisions: 2,
                                                        compulsionDecisions: 0, feeAmount: Decimal(string: "1.2345")!))
        let b = ProactiveDisclosureTable(year: 2025, register: Self.townRegister,
                                         figures: .init(licensingDecisions: 5, penaltyDecisions: 3,
                                                        compulsionDecisions: 4, feeAmount: Decimal(string: "0.0655")!))
        let s = try ProactiveDisclosureTable.summing([a, b])
        #expect(s.normativeDocuments == .init(issued: 4, repealed: 1, inForce: 16))
        #expect(s.figures == ReportFigures(licensingDecisions: 15, penaltyDecisions: 5,
                                           compulsionDecisions: 4, feeAmount: Decimal(string: "1.3")!))
        #expect(ReportFigures.formatAmount(s.figures.feeAmount) == "1.3000")
    }

    @Test func figuresAreValidated() {
        let bad = ReportFigures(licensingDecisions: -1, penaltyDecisions: 0, compulsionDecisions: 0,
                                feeAmount: Decimal(string: "2.00005")!)
        #expect(bad.validationErrors == [
            "行政许可本年处理决定数量不能为负数（-1）",
            "行政事业性收费本年收费金额以万元为单位，最多 4 位小数（精确到元）：2.00005",
        ])
        let t = ProactiveDisclosureTable(year: 2025, figures: bad)
        #expect(t.checks().map(\.name) == ["table2.figures", "table2.figures"])
        #expect(ReportFigures(feeAmount: Decimal(string: "2.1000")!).validationErrors.isEmpty)
        var neg = ProactiveDisclosureTable(year: 2025)
        neg.regulations.inForce = -2
        #expect(neg.checks().map(\.detail) == ["规章现行有效件数为 -2，不能为负数"])
    }

    @Test func parsingWhatTheOfficerTypes() throws {
        #expect(try ReportFigures.parseCount(" 125 ", field: "行政许可") == 125)
        #expect(try ReportFigures.parseCount("１２", field: "行政许可") == 12)
        #expect(throws: ReportFiguresError(message: "行政许可应为非负整数：3.5")) {
            try ReportFigures.parseCount("3.5", field: "行政许可")
        }
        #expect(throws: ReportFiguresError.self) { try ReportFigures.parseCount("-3", field: "行政处罚") }
        #expect(try ReportFigures.parseAmount("12.3456") == Decimal(string: "12.3456")!)
        #expect(try ReportFigures.parseAmount("１２．５") == Decimal(string: "12.5")!)
        #expect(try ReportFigures.parseAmount("1,200") == Decimal(1200))
        #expect(throws: ReportFiguresError(message: "行政事业性收费本年收费金额（万元）以万元为单位，最多 4 位小数（精确到元）：1.23456")) {
            try ReportFigures.parseAmount("1.23456")
        }
        for text in ["", "-1", "1e3", "1.", ".5", "abc"] {
            #expect(throws: ReportFiguresError.self, "\(text)") { try ReportFigures.parseAmount(text) }
        }
    }

    @Test func feeAmountIsPrintedWithFourPlacesAndRoundTripsExactlyInJSON() throws {
        #expect(ReportFigures.formatAmount(0) == "0.0000")
        #expect(ReportFigures.formatAmount(Decimal(string: "1234.5")!) == "1234.5000")
        #expect(ReportFigures.formatAmount(Decimal(string: "0.0001")!) == "0.0001")
        let f = ReportFigures(licensingDecisions: 1, penaltyDecisions: 2, compulsionDecisions: 3,
                              feeAmount: Decimal(string: "98765.4321")!)
        let data = try JSONEncoder().encode(f)
        #expect(try JSONDecoder().decode(ReportFigures.self, from: data) == f)
        #expect(String(decoding: data, as: UTF8.self).contains("98765.4321"))
    }
}

@Suite("表二与文件库 Table 二 from the register")
struct RegisterBridgeTests {
    @Test func registerCountsFeedTableTwo() {
        let counts = RegisterYearCounts.compute([
            RegisterEntry(id: "D1", title: "县义务教育阶段学校招生入学工作方案", docNumber: "X教发〔2026〕8号",
                          type: .normative, issued: CivilDate(iso: "2026-03-01")!),
            RegisterEntry(id: "D2", title: "旧办法", docNumber: nil, type: .normative,
                          issued: CivilDate(iso: "2020-01-01")!, repealed: CivilDate(iso: "2026-06-30")!),
        ], year: 2026, type: .normative)
        let row = DocumentRegisterCounts(counts)
        #expect(row == DocumentRegisterCounts(issued: 1, repealed: 1, inForce: 1))
    }
}
