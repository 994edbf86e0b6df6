import Testing
@testable import GongkaiCore

@Suite("文本表格 显示宽度与对齐")
struct ReportTextTests {
    @Test func displayWidth() {
        #expect(ReportTextWidth.width(of: "abc123") == 6)
        #expect(ReportTextWidth.width(of: "自然人") == 6)
        #expect(ReportTextWidth.width(of: "三（七）总计") == 12)            // full-width parentheses
        #expect(ReportTextWidth.width(of: "国办公开办函〔2021〕30号") == 24)
        #expect(ReportTextWidth.width(of: "危及“三安全一稳定”") == 18)      // curly quotes: 1 cell, as wcwidth
        #expect(ReportTextWidth.width(of: "、") == 2)
        #expect(ReportTextWidth.width(of: "한") == 2)
        #expect(ReportTextWidth.pad("自然人", to: 8, alignment: .right) == "  自然人")
        #expect(ReportTextWidth.pad("总计", to: 7, alignment: .center) == " 总计  ")
    }

    @Test func table3LinesUpByDisplayWidth() {
        let lines = ReportScenario.edu2025.textLines()
        // 3 header lines, the rule, 25 rows, the identity note.
        #expect(lines.count == 3 + 1 + 25 + 1)
        let rule = lines[3]
        #expect(rule.allSatisfy { $0 == "-" })
        let width = ReportTextWidth.width(of: rule)
        for line in lines[4..<29] {
            #expect(ReportTextWidth.width(of: line) == width, "\(line)")   // numbers right-aligned to one edge
        }
        #expect(lines[4].hasPrefix("一、本年新收政府信息公开申请数量"))
        #expect(lines[4].hasSuffix("8"))
        #expect(lines[2].hasSuffix("总计"))
        #expect(lines[1].contains("法人或其他组织"))
        // item rows are indented under their group's label
        let groupRow = lines[4 + ReportRow.outcome(.withheldStateSecret).index]
        let itemRow = lines[4 + ReportRow.outcome(.withheldProhibitedByLaw).index]
        #expect(groupRow.hasPrefix("三（三）不予公开 1 属于国家秘密"))
        #expect(itemRow.hasPrefix(String(repeating: " ", count: 17) + "2 其他法律行政法规禁止公开"))
        // the 法人或其他组织 header is centred over the five organisation columns
        let header = lines[1]
        let lead = header.prefix { $0 == " " }.count
        let orgStart = ReportTextWidth.width(of: String(lines[2].prefix { $0 != "商" }))
        #expect(lead > orgStart)
    }

    @Test func table3CSV() {
        let rows = ReportScenario.edu2026.csvRows()
        #expect(rows.count == 27)
        #expect(rows[0] == ["项目", "自然人", "法人或其他组织", "", "", "", "", "总计"])
        #expect(rows[1] == ["", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""])
        #expect(rows[2] == ["一、本年新收政府信息公开申请数量", "2", "1", "0", "0", "0", "0", "3"])
        #expect(rows.dropFirst(2).map { $0[0] } == ReportRow.allCases.map(\.officialFlatLabel))
        let coded = ReportScenario.edu2026.csvRows(includeCodes: true)
        #expect(coded[2 + ReportRow.outcome(.otherOther).index] == ["other.other", "（六）其他处理 3.其他", "0", "0", "0", "1", "0", "0", "1"])
        #expect(coded.allSatisfy { $0.count == 9 })
    }

    @Test func table2Text() {
        let t = ProactiveDisclosureTable(year: 2025, figures: .init(licensingDecisions: 125, feeAmount: 2))
        let lines = t.textLines()
        #expect(lines[0] == "第二十条第（一）项")
        // 信息内容 (8 cells) widened to 行政许可 (8); 本年处理决定数量 is 16 cells, numbers right-aligned under it
        #expect(lines.contains("行政许可  " + String(repeating: " ", count: 13) + "125"))
        // 本年收费金额（单位：万元） is 26 cells wide
        #expect(lines.last == "行政事业性收费  " + String(repeating: " ", count: 20) + "2.0000")
    }
}
