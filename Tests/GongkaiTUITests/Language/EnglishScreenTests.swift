import Testing
@testable import GongkaiCore
@testable import GongkaiStore
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

    @Test func requestDetailAt80x24() throws {
        try english {
            let m = try demoModel(width: 80, height: 24)
            m.handle(.char("4"))
            m.execute(CommandLine(name: "search", argument: "A2026-0005"))
            m.handle(.enter)
            let frame = AppView.render(m.state, keymap: m.keymap)
            let lines = frame.grid.textLines()
            expectGolden(lines, "en-applications-detail-80x24")
            // The store's lines are English (the applicant's name and request stay as typed) and
            // styled by their kind, not by Chinese words.
            let state = try #require(lines.firstIndex { $0.hasPrefix(" State: ") })
            #expect(frame.grid[1, state].style != .normal)
            let timeline = try #require(lines.firstIndex { $0.hasPrefix(" Timeline:") })
            #expect(frame.grid[1, timeline].style == .columnHeader)
            let data = ["A2026-0005", " Request:", " Form wanted:"]   // the applicant's own words
            for row in lines.indices where row > 1 && !data.contains(where: { lines[row].contains($0) }) {
                #expect(!LanguageCatalogTests.hasCJK(lines[row]), "row \(row) has Chinese: \(lines[row])")
            }
        }
    }

    @Test func inboxAt80x24() throws {
        try english {
            let m = try demoModel(width: 80, height: 24)
            m.handle(.char("i"))
            let lines = screen(m)
            expectGolden(lines, "en-inbox-80x24")
            let items = try #require(m.state.inbox?.items)
            #expect(!items.isEmpty)
            // Reasons the store writes are English; titles of documents and column paths are data.
            let written: Set<ReviewKind> = [.documentReview, .publicationOverdue, .applicationOverdue, .applicationDueSoon,
                                            .clarifyNoticeDue, .consultationDue, .correctionEnded, .annualReportDue]
            for item in items where written.contains(item.kind) {
                #expect(!LanguageCatalogTests.hasCJK(item.reason), "\(item.id): \(item.reason)")
            }
            #expect(!LanguageCatalogTests.hasCJK(lines[0]) && !LanguageCatalogTests.hasCJK(lines[lines.count - 2]))
        }
    }

    @Test func theChineseScreenIsUnchangedAfterAnEnglishOne() throws {
        // The language is the task's, not the process's: an English render leaves Chinese alone.
        _ = try english { screen(try demoModel(width: 80, height: 24)) }
        let m = try demoModel(width: 80, height: 24)
        expectGolden(screen(m), "shell-80x24")
    }
}
