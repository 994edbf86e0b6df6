import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import GongkaiCore
@testable import GongkaiExchange
@testable import GongkaiOffice
@testable import GongkaiStore

/// The annual report as a Word file: tables 三 and 四 in the template's layout with its words.
@Suite("年度报告 Word")
struct AnnualReportDOCXTests {
    @Test func theReportIsAWordFileWithTheTemplatesTables() throws {
        let s = try demoService()
        let result = try s.annualReport(year: 2026, scope: .county)
        let doc = AnnualReportDOCX.document(result.report)
        #expect(doc.title == result.report.title)
        // 表二 (four blocks), 表三, 表四; every row covers its grid.
        #expect(doc.tables.count == result.report.proactive.blocks.count + 2)
        #expect(doc.tables.allSatisfy { $0.isRectangular })
        let t3 = doc.tables[doc.tables.count - 2]
        #expect(t3.columnWidths.count == 10)
        #expect(t3.rows.count == 3 + ReportRow.allCases.count)
        // The heading 三、本年度办理结果 opens the first result row and is merged down the 22 result rows.
        let first = t3.rows[3 + ReportRow.outcome(.granted).index]
        #expect(first[0].paragraph.text == "三、本年度办理结果" && first[0].verticalMerge == .restart)
        #expect(first[1].paragraph.text == "（一）予以公开" && first[1].gridSpan == 2)
        let lastResult = t3.rows[3 + ReportRow.processedTotal.index]
        #expect(lastResult[0].verticalMerge == .continuation && lastResult[1].paragraph.text == "（七）总计")
        // Every row's label is the template's (from ReportRow, the one source).
        for row in ReportRow.allCases {
            #expect(t3.rows[3 + row.index].contains { $0.paragraph.text == row.officialLabel }, "\(row.rawValue)")
        }
        // The numbers are the report's.
        let received = t3.rows[3 + ReportRow.received.index]
        #expect(received.suffix(7).map(\.paragraph.text) == result.report.applications.values(of: .received).map(String.init))
        let t4 = try #require(doc.tables.last)
        #expect(t4.columnWidths.count == 15 && t4.rows.count == 4)
        #expect(t4.rows[0].map(\.paragraph.text) == ["行政复议", "行政诉讼"])
        // It opens as a Word package with well-formed XML.
        let parts = try OOXMLPackage.parts(of: try AnnualReportDOCX.data(result.report))
        let xml = try #require(parts["word/document.xml"])
        _ = try XMLDocument(data: xml)
        #expect(String(decoding: xml, as: UTF8.self).contains("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"))
    }
}
