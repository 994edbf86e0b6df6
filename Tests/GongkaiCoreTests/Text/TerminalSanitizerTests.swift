import Foundation
import Testing
@testable import GongkaiCore

/// The one sanitiser's forms for printed text, markup and JSON (issue 19).
@Suite("终端净化 TerminalSanitizer for lines, markup and JSON")
struct TerminalSanitizerTests {
    let hostile = "a\u{1B}]52;c;ZXZp\u{07}b\u{9B}2J\u{202E}c\u{2066}d\u{0}e"

    @Test func linesKeepLineFeedsAndCRLFButShowEveryOtherControl() {
        #expect(TerminalSanitizer.sanitizeLines("一\n二\r\n三\r四\t五") == "一\n二\r\n三␍四\t五")
        let shown = TerminalSanitizer.sanitizeLines(hostile)
        #expect(shown == "a␛]52;c;ZXZp␇b␦2J␦c␦d␀e")
        #expect(TerminalSanitizer.isClean(shown))
    }

    @Test func markupKeepsLayoutAndShowsTheRest() {
        #expect(TerminalSanitizer.sanitizeMarkup("<p>\r\n\t\(hostile)</p>") == "<p>\r\n\ta␛]52;c;ZXZp␇b␦2J␦c␦d␀e</p>")
    }

    @Test func jsonEscapesC1BidiAndDelAndReadsBackTheSame() throws {
        let encoded = String(decoding: try JSONEncoder().encode(["k": hostile + "\u{7F}\u{2028}"]), as: UTF8.self)
        let escaped = TerminalSanitizer.escapeJSON(encoded)
        #expect(escaped.unicodeScalars.allSatisfy { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) && TerminalSanitizer.placeholder(for: $0) == nil })
        #expect(escaped.contains("\\u009b") && escaped.contains("\\u202e") && escaped.contains("\\u007f"))
        let back = try JSONDecoder().decode([String: String].self, from: Data(escaped.utf8))
        #expect(back["k"] == hostile + "\u{7F}\u{2028}")
    }
}
