import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import GongkaiOffice

@Suite("DOCX 表格")
struct DOCXTableTests {
    @Test func aTableIsWrittenWithItsGridMergesAndBorders() throws {
        let table = DOCXTable(columnWidths: [1000, 2000, 1500], rows: [
            [DOCXTableCell(DOCXParagraph("行政复议", alignment: .center, bold: true), gridSpan: 3)],
            [DOCXTableCell(DOCXParagraph("三、本年度办理结果"), verticalMerge: .restart),
             DOCXTableCell(DOCXParagraph("（一）予以公开")), DOCXTableCell(DOCXParagraph("7"))],
            [.continuation(), DOCXTableCell(DOCXParagraph("<总计> & 1")), DOCXTableCell(DOCXParagraph("9"))],
        ])
        #expect(table.isRectangular)
        let doc = DOCXDocument(blocks: [.paragraph(DOCXParagraph("表三")), .table(table), .paragraph(DOCXParagraph("完"))],
                               title: "年度报告")
        #expect(doc.paragraphs.map(\.text) == ["表三", "完"])
        #expect(doc.tables == [table])
        let parts = try OOXMLPackage.parts(of: try doc.data())
        let data = try #require(parts["word/document.xml"])
        let xml = String(decoding: data, as: UTF8.self)
        #expect(xml.contains("<w:tblGrid><w:gridCol w:w=\"1000\"/><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"1500\"/></w:tblGrid>"))
        #expect(xml.contains("<w:gridSpan w:val=\"3\"/>"))
        #expect(xml.contains("<w:vMerge w:val=\"restart\"/>") && xml.contains("<w:vMerge/>"))
        #expect(xml.contains("<w:insideV w:val=\"single\""))
        #expect(xml.contains("&lt;总计&gt; &amp; 1") && !xml.contains("<总计>"))
        // The merged cell's width is the sum of its columns.
        #expect(xml.contains("<w:tcW w:w=\"4500\" w:type=\"dxa\"/><w:gridSpan w:val=\"3\"/>"))
        // Order kept: paragraph, table, paragraph; and well-formed XML.
        let p = try #require(xml.range(of: "表三")), t = try #require(xml.range(of: "<w:tbl>")), e = try #require(xml.range(of: "完"))
        #expect(p.lowerBound < t.lowerBound && t.lowerBound < e.lowerBound)
        let parsed = try XMLDocument(data: data)
        #expect(try parsed.nodes(forXPath: "//*[local-name()='tr']").count == 3)
        #expect(try parsed.nodes(forXPath: "//*[local-name()='tc']").count == 7)
    }

    @Test func aRowThatDoesNotCoverTheGridIsNotRectangular() {
        let t = DOCXTable(columnWidths: [1000, 1000], rows: [[DOCXTableCell(DOCXParagraph("a"))]])
        #expect(!t.isRectangular)
    }
}
