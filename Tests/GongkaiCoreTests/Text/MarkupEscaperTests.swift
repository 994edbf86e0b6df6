import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import GongkaiCore

/// One escaper, five contexts; each fed the same hostile text.
@Suite struct MarkupEscaperTests {
    /// Markup, entities, both quotes, terminal escape, NUL, DEL, a C1 control, a non-character.
    static let hostile = "<script>alert('x')</script> & \"引号\" \u{1B}[31m红\u{0}\u{7F}\u{85}\u{FFFE}"

    @Test func htmlTextEscapesMarkupQuotesAndDropsControls() {
        #expect(MarkupEscaper.escape(Self.hostile, for: .htmlText)
            == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;引号&quot; [31m红")
        #expect(MarkupEscaper.escape("&amp;", for: .htmlText) == "&amp;amp;")
        #expect(MarkupEscaper.escape("行\n二\t", for: .htmlText) == "行\n二\t")
    }

    @Test func htmlAttributeCannotCloseEitherQuote() {
        let out = MarkupEscaper.escape("x\" onerror='alert(1)' y=\"", for: .htmlAttribute)
        #expect(out == "x&quot; onerror=&#39;alert(1)&#39; y=&quot;")
        #expect(!out.contains("\"") && !out.contains("'") && !out.contains("<"))
    }

    @Test func xmlUsesXMLApostropheAndDropsWhatXMLForbids() {
        #expect(MarkupEscaper.escape("<b>&\"'", for: .xml) == "&lt;b&gt;&amp;&quot;&apos;")
        #expect(MarkupEscaper.escape("a\u{1B}[31mb\u{0}c\u{FFFF}", for: .xml) == "a[31mbc")
        #expect(MarkupEscaper.escape("行\n二\t\r", for: .xml) == "行\n二\t\r")
        // The escaped text parses back to the original (less the dropped controls).
        let text = "<a href=\"x\">'&'</a>"
        let doc = "<r a=\"\(MarkupEscaper.escape(text, for: .xml))\">\(MarkupEscaper.escape(text, for: .xml))</r>"
        let parsed = try? XMLDocument(xmlString: doc)
        #expect(parsed?.rootElement()?.stringValue == text)
        #expect(parsed?.rootElement()?.attribute(forName: "a")?.stringValue == text)
    }

    @Test func markdownEscapesInlineAndBlockMarkup() {
        #expect(MarkupEscaper.escape("*粗* _斜_ `码` [链](u) <b> & #号 | ~删~ !图 {x}", for: .markdown)
            == "\\*粗\\* \\_斜\\_ \\`码\\` \\[链\\]\\(u\\) \\<b\\> \\& \\#号 \\| \\~删\\~ \\!图 \\{x\\}")
        #expect(MarkupEscaper.escape("\\", for: .markdown) == "\\\\")
        #expect(MarkupEscaper.escape("1. 编号", for: .markdown) == "1\\. 编号")
        #expect(MarkupEscaper.escape("12) 编号", for: .markdown) == "12\\) 编号")
        #expect(MarkupEscaper.escape("- 列表", for: .markdown) == "\\- 列表")
        #expect(MarkupEscaper.escape("> 引用", for: .markdown) == "\\> 引用")
        #expect(MarkupEscaper.escape("= 标题", for: .markdown) == "\\= 标题")
        #expect(MarkupEscaper.escape("2025-01-02 第1. 条", for: .markdown) == "2025-01-02 第1. 条")
        #expect(MarkupEscaper.escape("红\u{1B}[0m\u{7}字", for: .markdown) == "红\\[0m字")
    }

    @Test func markdownTableCellKeepsTheRowWhole() {
        #expect(MarkupEscaper.escape("x|y\n<script>&", for: .markdownTableCell) == "x\\|y<br>&lt;script&gt;&amp;")
        #expect(MarkupEscaper.escape("a\r\nb\rc", for: .markdownTableCell) == "a<br>b<br>c")
        #expect(MarkupEscaper.escape("*强调* [链](u)\u{0}\u{9B}", for: .markdownTableCell) == "\\*强调\\* \\[链\\]\\(u\\)")
        let out = MarkupEscaper.escape(Self.hostile, for: .markdownTableCell)
        #expect(!out.contains("\n") && !out.contains("<s") && !out.contains("\u{1B}") && !out.contains("|"))
    }
}
