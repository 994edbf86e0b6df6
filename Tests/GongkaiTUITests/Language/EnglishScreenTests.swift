import Testing
@testable import GongkaiCore
@testable import GongkaiTUI

/// English golden screens at 80x24: the four panes and the help, rendered in English the way the
/// event loop renders (inside `UILanguage.$current.withValue(.en)`). The Chinese goldens of
/// ScreenTests stay as they are.
@Suite("语言 English screens")
struct EnglishScreenTests {
    init() { requireUTF8Locale() }

    func english<T>(_ body: () throws -> T) rethrows -> T {
        try UILanguage.$current.withValue(.en) { try body() }
    }

    @Test(arguments: [("1", "catalog"), ("2", "documents"), ("3", "interpretations"), ("4", "applications")])
    func eachPaneAt80x24(key: String, name: String) throws {
        try english {
            let m = try demoModel(width: 80, height: 24)
            m.handle(.char(Character(key)))
            let lines = screen(m)
            expectGolden(lines, "en-\(name)-80x24")
            // No Chinese in the frame of the screen: the tab bar, the column header, the status bar.
            for row in [0, 2, lines.count - 2] {
                #expect(!LanguageCatalogTests.hasCJK(lines[row]), "row \(row) has Chinese: \(lines[row])")
            }
        }
    }

    @Test func helpAt80x24() throws {
        try english {
            let m = try demoModel(width: 80, height: 24)
            m.handle(.char("?"))
            let lines = screen(m)
            expectGolden(lines, "en-help-80x24")
            #expect(!lines.contains { LanguageCatalogTests.hasCJK($0) }, "the help's first page is all English")
        }
    }

    @Test func theChineseScreenIsUnchangedAfterAnEnglishOne() throws {
        // The language is the task's, not the process's: an English render leaves Chinese alone.
        _ = try english { screen(try demoModel(width: 80, height: 24)) }
        let m = try demoModel(width: 80, height: 24)
        expectGolden(screen(m), "shell-80x24")
    }
}
