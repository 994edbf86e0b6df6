import Foundation
import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiLetters
@testable import GongkaiOffice
@testable import GongkaiStore
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Applicant text is hostile: it reaches every format escaped or harmless.
@Suite("申请人文字的转义 Hostile applicant text")
struct HostileTextTests {
    static let name = "# 张三<script>alert('x')</script> & \"引号\""
    static let content = ">> 右对齐 {{applicantName}} [链接](http://x) **粗** \u{1B}]52;c;ZXZpbA==\u{07}\u{1B}[2J\n- 列表\r\n1. 编号 &amp; \u{202E}倒"

    func hostileLetter() throws -> (GongkaiService, LetterDocument) {
        let s = try letterService()
        // The door refuses control and bidi characters (issue 19), so the hostile content is an
        // older record, planted with SQL: letters must stay safe with it.
        let id = try application(s, name: Self.name, content: "申请内容")
        try s.workspace.writer.write { db in
            try db.execute(sql: "UPDATE application SET content = ? WHERE id = ?", arguments: [Self.content, id])
        }
        _ = try s.recordEvent(applicationId: id, .reply(d("2026-03-16"), outcome: .granted, note: "{{#x}}注{{/x}} <b>"))
        return (s, try compose(s, id, LetterRequest(kind: .reply, date: pinned)).document)
    }

    @Test func caseDataNeverBecomesLayoutOrTemplate() throws {
        let (_, doc) = try hostileLetter()
        // The applicant's “# ” did not make a second title; “>> ” did not right-align anything.
        #expect(doc.paragraphs.filter { $0.role == .title }.count == 1)
        #expect(doc.paragraphs.filter { $0.role == .right }.count == 2)
        let text = doc.plainText
        #expect(text.contains("{{applicantName}}"))         // never re-read as a tag
        #expect(text.contains("{{#x}}注{{/x}}"))
        #expect(!text.contains("\u{1B}") && !text.contains("\u{07}") && !text.contains("\u{202E}"))
        #expect(!text.contains("\r") && !text.contains("\u{E000}"))
        #expect(doc.paragraphs.contains { $0.runs.contains { $0.fromCase && $0.text.hasPrefix("# 张三") } })
    }

    @Test func htmlEscapesEverything() throws {
        let (_, doc) = try hostileLetter()
        let html = String(decoding: try LetterFormat.html.data(doc), as: UTF8.self)
        #expect(!html.contains("<script>") && html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(html.contains("&amp; &quot;引号&quot;"))
        #expect(html.contains("&amp;amp;"))
        #expect(!html.contains("<b>") && html.contains("&lt;b&gt;"))
        #expect(!html.contains("\u{1B}"))
        #expect(html.contains("@page { size: A4") && html.contains("仿宋"))
        #expect(html.contains("<h1>政府信息公开申请答复书</h1>"))
    }

    @Test func docxEscapesEverythingAndStaysWellFormed() throws {
        let (_, doc) = try hostileLetter()
        let parts = try OOXMLPackage.parts(of: try LetterFormat.docx.data(doc))
        let data = try #require(parts["word/document.xml"])
        let xml = String(decoding: data, as: UTF8.self)
        #expect(!xml.contains("<script>") && xml.contains("&lt;script&gt;"))
        #expect(xml.contains("&amp;amp;"))
        let parsed = try XMLDocument(data: data)
        let all = try #require(parsed.rootElement()?.stringValue)
        #expect(all.contains("# 张三<script>alert('x')</script> & \"引号\""))
        #expect(all.contains("{{applicantName}}"))
    }

    @Test func markdownCannotFormMarkupFromCaseData() throws {
        let (_, doc) = try hostileLetter()
        let md = String(decoding: try LetterFormat.md.data(doc), as: UTF8.self)
        let lines = md.components(separatedBy: "\n")
        // Exactly one heading, the template's own.
        #expect(lines.filter { $0.hasPrefix("#") } == ["# 政府信息公开申请答复书"])
        #expect(md.contains("\\# 张三\\<script\\>alert\\('x'\\)\\</script\\> \\& \"引号\""))
        #expect(md.contains("\\[链接\\]\\(http://x\\)") && md.contains("\\*\\*粗\\*\\*"))
        #expect(md.contains("\\&amp;") && !md.contains(" <b>"))
        #expect(!lines.contains { $0.hasPrefix(">") || $0.hasPrefix("- ") || $0.hasPrefix("1.") })
        #expect(MarkupEscaper.escape("1. 编号", for: .markdown) == "1\\. 编号")
        #expect(MarkupEscaper.escape("- 列表", for: .markdown) == "\\- 列表")
    }
}
