import Foundation
import Testing
@testable import GongkaiStore

/// `trimmedOfWhitespace` skips building a new string when nothing is to trim (issue 20); it must
/// give what Foundation's trimming gives for every kind of space at either end.
@Suite("去空白 Trimming")
struct TrimmedOfWhitespaceTests {
    @Test func equalsFoundationTrimming() {
        let spaces = ["", " ", "\t", "\n", "\r\n", "\u{A0}", "\u{3000}", "\u{2029}", "\u{85}", "\u{200B}", "\u{FEFF}"]
        let cores = ["", "申请人", "a b", "x\n\ny", "'=1", "\u{1B}", "é", "👩‍👩‍👧"]
        var compared = 0
        for lead in spaces {
            for core in cores {
                for trail in spaces {
                    let text = lead + core + trail
                    #expect(text.trimmedOfWhitespace == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(Array(text.unicodeScalars))")
                    compared += 1
                }
            }
        }
        #expect(compared == spaces.count * spaces.count * cores.count)
        #expect("  孙七 ".trimmedOfWhitespace == "孙七")
    }
}
