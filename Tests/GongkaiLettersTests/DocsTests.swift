import Foundation
import Testing
@testable import GongkaiLetters

/// Docs/告知书与答复书.md shows every shipped template as it is (the page and the code never drift).
@Suite("文书文档 Docs")
struct DocsTests {
    @Test func theDocsPageShowsEveryShippedTemplateVerbatim() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let page = try String(contentsOf: root.appendingPathComponent("Docs/告知书与答复书.md"), encoding: .utf8)
        for (name, text) in LetterTemplates.shipped {
            let body = text.trimmingCharacters(in: .newlines)
            #expect(page.contains("```mustache\n" + body + "\n```"), "\(name).mustache differs from the docs page")
            #expect(page.contains("`\(name).mustache`"))
        }
        for field in LetterField.all where field.name != "line" {
            #expect(page.contains("| `\(field.name)` |"), "variable \(field.name) is not documented")
        }
    }
}
