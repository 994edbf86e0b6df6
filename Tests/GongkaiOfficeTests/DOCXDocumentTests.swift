import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import GongkaiOffice

@Suite("DOCX 文书")
struct DOCXDocumentTests {
    @Test func aLetterReopensAsAZipWithItsTextInDocumentXML() throws {
        let doc = DOCXDocument(paragraphs: [
            DOCXParagraph("政府信息公开申请答复书", alignment: .center, bold: true, size: 22, eastAsianFont: DOCXDocument.titleFont),
            DOCXParagraph("本机关于2026年3月2日收到您的申请。", firstLineChars: 2),
            DOCXParagraph("县教育局", alignment: .right),
        ], title: "答复书")
        let parts = try OOXMLPackage.parts(of: try doc.data())
        #expect(Set(parts.keys) == ["[Content_Types].xml", "_rels/.rels", "word/document.xml",
                                    "word/_rels/document.xml.rels", "word/styles.xml", "docProps/core.xml"])
        let xml = String(decoding: try #require(parts["word/document.xml"]), as: UTF8.self)
        #expect(xml.contains("本机关于2026年3月2日收到您的申请。"))
        #expect(xml.contains("<w:jc w:val=\"center\"/>") && xml.contains("<w:jc w:val=\"right\"/>"))
        #expect(xml.contains("w:eastAsia=\"仿宋_GB2312\"") && xml.contains("w:eastAsia=\"宋体\""))
        #expect(xml.contains("<w:b/>") && xml.contains("<w:ind w:firstLineChars=\"200\"/>"))
        #expect(xml.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        // Well-formed XML (Word refuses a file that is not).
        _ = try XMLDocument(data: try #require(parts["word/document.xml"]))
        let types = String(decoding: try #require(parts["[Content_Types].xml"]), as: UTF8.self)
        #expect(types.contains("wordprocessingml.document.main+xml"))
    }

    @Test func hostileTextIsEscapedAndControlCharactersDropped() throws {
        let hostile = "<script>alert(\"x\")</script> & 'q' \u{1B}[31m{{x}}\u{07}"
        let doc = DOCXDocument(paragraphs: [DOCXParagraph(hostile)], title: hostile)
        let parts = try OOXMLPackage.parts(of: try doc.data())
        let data = try #require(parts["word/document.xml"])
        let xml = String(decoding: data, as: UTF8.self)
        #expect(!xml.contains("<script>") && xml.contains("&lt;script&gt;"))
        #expect(xml.contains("&amp; &apos;q&apos;") && xml.contains("{{x}}"))
        #expect(!xml.contains("\u{1B}") && !xml.contains("\u{07}"))
        let parsed = try XMLDocument(data: data)
        #expect(parsed.rootElement()?.stringValue?.contains("<script>alert(\"x\")</script> & 'q' [31m{{x}}") == true)
        _ = try XMLDocument(data: try #require(parts["docProps/core.xml"]))
    }

    @Test func theSameDocumentGivesTheSameBytes() throws {
        let doc = DOCXDocument(paragraphs: [DOCXParagraph("同一内容")])
        #expect(try doc.data() == doc.data())
    }
}
