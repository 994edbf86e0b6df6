import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// The reader (issue 22): Enter in the inbox opens the item itself; decisions, n/p, j/k past the
/// ends, q and H inside it. Over the demo workspace (today 2026-11-27, li.ming the county admin).
@Suite("审阅器 Reader")
struct ReaderTests {
    init() { requireUTF8Locale() }

    func state(_ m: AppModel, _ table: String, _ id: String) throws -> String? {
        try (m.data as! ServiceDataSource).service.workspace.writer.read { db in
            try String.fetchOne(db, sql: "SELECT state FROM \(table) WHERE id = ?", arguments: [id])
        }
    }

    func inbox(_ m: AppModel) -> InboxState { m.state.inbox! }

    /// Opens the inbox and moves to item `id`.
    func select(_ m: AppModel, _ id: String) {
        if m.state.inbox == nil { m.handle(.char("i")) }
        m.handle(.char("g"))
        while m.state.inbox?.current?.id != id, m.state.inbox!.selected < m.state.inbox!.items.count - 1 {
            m.handle(.char("j"))
        }
    }

    @Test func enterOpensTheDocumentItselfAndQReturnsToTheSameItem() throws {
        let m = try demoModel(width: 120, height: 40)
        select(m, "D2026-0010")
        let index = inbox(m).selected
        m.handle(.enter)
        let reader = try #require(inbox(m).reader)
        #expect(reader.item.id == "D2026-0010")
        let lines = screen(m)
        #expect(lines[1].hasPrefix(">阅读  [\(index + 1)/\(inbox(m).items.count)]  待审核 D2026-0010"))
        #expect(lines.contains { $0.contains("状态：待审核") })
        #expect(lines.contains { $0.contains("正文：") })
        #expect(lines[37].contains("a 签发 r 退回 s 暂缓"))
        m.handle(.char("q"))
        #expect(inbox(m).reader == nil && inbox(m).selected == index && m.state.inbox != nil)
        m.handle(.enter)
        m.handle(.escape)
        #expect(inbox(m).reader == nil && inbox(m).current?.id == "D2026-0010")
    }

    @Test func aDecisionInTheReaderMovesOnToTheNextItem() throws {
        let m = try demoModel(width: 120, height: 40)
        select(m, "D2026-0002")
        let index = inbox(m).selected
        let next = inbox(m).items[index + 1]
        m.handle(.enter)
        m.handle(.char("a"))
        #expect(try state(m, "document", "D2026-0002") == "approved")
        #expect(inbox(m).reader?.item == next && inbox(m).current == next)
        #expect(m.state.message?.text.contains("已签发") == true)
        // u undoes from inside the reader; the reader stays on the item it shows.
        m.handle(.char("u"))
        #expect(try state(m, "document", "D2026-0002") == "in-review")
        #expect(inbox(m).reader?.item == next)
    }

    @Test func aSignedDocumentThatComesBackOverdueIsNotReadAgainNext() throws {
        // D2026-0010 formed long ago: once signed it is at once 逾期未发布, a new inbox item.
        let m = try demoModel(width: 120, height: 40) { ws in
            try ws.writer.write { db in
                try db.execute(sql: "UPDATE document SET formed = '2026-09-01' WHERE id = 'D2026-0010'")
            }
        }
        select(m, "D2026-0010")
        m.handle(.enter)
        m.handle(.char("a"))
        #expect(try state(m, "document", "D2026-0010") == "approved")
        #expect(inbox(m).items.contains { $0.id == "D2026-0010" && $0.kind == .publicationOverdue })
        let reader = try #require(inbox(m).reader)
        #expect(reader.item.id != "D2026-0010" && inbox(m).current == reader.item)
    }

    @Test func returnAsksForTheCommentAndMovesOn() throws {
        let m = try demoModel(width: 120, height: 40)
        select(m, "D2026-0010")
        m.handle(.enter)
        m.handle(.char("r"))
        #expect(inbox(m).prompt != nil && inbox(m).reader != nil)
        for c in "请补充项目照片" { m.handle(.char(c)) }
        #expect(screen(m)[39] == "退回意见：请补充项目照片")
        m.handle(.enter)
        #expect(try state(m, "document", "D2026-0010") == "draft")
        let reader = try #require(inbox(m).reader)
        #expect(!(reader.item.kind == .documentReview && reader.item.id == "D2026-0010"))
        #expect(reader.item == inbox(m).current)
    }

    @Test func nAndPMoveWithoutLeavingAndStopAtTheEnds() throws {
        let m = try demoModel(width: 120, height: 40)
        m.handle(.char("i"))
        m.handle(.enter)
        let items = inbox(m).items
        #expect(inbox(m).reader?.item == items[0])
        m.handle(.char("p"))
        #expect(inbox(m).reader?.item == items[0] && m.state.message?.text == "已是第一件待办")
        m.handle(.char("n"))
        #expect(inbox(m).reader?.item == items[1] && inbox(m).selected == 1)
        for _ in 0..<items.count { m.handle(.char("n")) }
        #expect(inbox(m).reader?.item == items.last && m.state.message?.text == "已是最后一件待办")
        m.handle(.char("p"))
        #expect(inbox(m).reader?.item == items[items.count - 2])
    }

    /// A body of 40 numbered paragraphs: longer than the 80×24 screen.
    static let longBody = (1...40).map { "第\($0)条 本条规定了这项工作的具体要求和办理时限。" }.joined(separator: "\n")

    @Test func jPastTheEndOfTheTextGoesToTheNextItemAndKAtTheTopToThePrevious() throws {
        let m = try demoModel(width: 80, height: 24) { ws in
            try ws.writer.write { db in
                try db.execute(sql: "UPDATE document SET body = ? WHERE id = 'D2026-0002'", arguments: [Self.longBody])
            }
        }
        select(m, "D2026-0002")
        let index = inbox(m).selected
        m.handle(.enter)
        let reader = try #require(inbox(m).reader)
        let last = ReaderView.maxScroll(reader, state: m.state)
        #expect(last > 0)   // the text is longer than the screen at 80×24
        m.handle(.ctrl("d"))
        #expect(inbox(m).reader?.scroll == min(last, ReaderView.bodyHeight(m.state) / 2))
        m.handle(.char("G"))
        #expect(inbox(m).reader?.scroll == last && inbox(m).reader?.item.id == "D2026-0002")
        m.handle(.char("j"))
        #expect(inbox(m).selected == index + 1 && inbox(m).reader?.scroll == 0)
        m.handle(.char("k"))
        #expect(inbox(m).selected == index && inbox(m).reader?.item.id == "D2026-0002")
    }

    @Test func anApplicationShowsItsTimelineAndItsContentSanitised() throws {
        let m = try demoModel(width: 120, height: 40) { ws in
            try ws.writer.write { db in
                try db.execute(sql: "UPDATE application SET content = content || ? WHERE id IN (SELECT id FROM application)",
                               arguments: ["\u{1B}[31m红字"])
            }
        }
        m.handle(.char("i"))
        let app = try #require(inbox(m).items.firstIndex { $0.kind == .applicationDueSoon })
        for _ in 0..<app { m.handle(.char("j")) }
        m.handle(.enter)
        let lines = screen(m)
        #expect(lines.contains { $0.contains("办理记录") })
        #expect(lines.contains { $0.contains("␛[31m红字") })
        #expect(!lines.joined().contains("\u{1B}"))
        #expect(lines[37].hasPrefix(" s 暂缓 n/p"))          // no sign-off for an application
        m.handle(.char("a"))
        #expect(m.state.message?.isError == true && inbox(m).reader?.item.kind == .applicationDueSoon)
    }

    @Test func anInterpretationShowsItsChecklistAndIsSignedInTheReader() throws {
        let m = try demoModel(width: 120, height: 40)
        let service = (m.data as! ServiceDataSource).service
        let j = try service.addInterpretation(AddInterpretationRequest(documentId: "D2026-0010", forms: [.text]))
        try service.performInterpretationAction(.submit, id: j.id)
        m.handle(.char("i"))
        select(m, j.id)
        m.handle(.enter)
        let lines = screen(m)
        #expect(lines[1].contains("解读待审签 \(j.id)"))
        #expect(lines.contains { $0.contains("☐同步审签") && $0.contains("同步组织") })
        #expect(lines.contains { $0.contains("解读要素：") && $0.contains("☐") })
        m.handle(.char("a"))
        #expect(try state(m, "interpretation", j.id) == "approved")
        #expect(inbox(m).reader?.item.id != j.id)
    }

    @Test func hShowsTheHistoryOfTheItemRead() throws {
        let m = try demoModel(width: 120, height: 40)
        select(m, "D2026-0002")
        m.handle(.enter)
        m.handle(.char("H"))
        #expect(m.state.history?.itemId == "D2026-0002")
        m.handle(.escape)
        #expect(m.state.history == nil && inbox(m).reader != nil)
    }

    @Test func theLastDecisionClosesTheReaderOnAnEmptyInbox() throws {
        let m = try demoModel(width: 120, height: 40)
        m.handle(.char("i"))
        m.handle(.enter)
        // Snooze everything, one item after the other, from inside the reader.
        for _ in 0..<inbox(m).items.count {
            m.handle(.char("s"))
            m.handle(.enter)
        }
        #expect(inbox(m).items.isEmpty && inbox(m).reader == nil)
        #expect(screen(m).contains { $0.contains("没有待办事项。") })
    }
}

/// The reader of each kind at 80×24 and 120×40 (golden text under Golden/).
@Suite("审阅器 Reader goldens")
struct ReaderGoldenTests {
    init() { requireUTF8Locale() }

    /// A model at `width`×`height` with an interpretation of D2026-0002 awaiting sign-off, the
    /// inbox open and the reader on item `id`.
    func reader(_ id: String, width: Int, height: Int) throws -> AppModel {
        let m = try demoModel(width: width, height: height)
        let service = (m.data as! ServiceDataSource).service
        let j = try service.addInterpretation(AddInterpretationRequest(documentId: "D2026-0002", forms: [.text, .graphic],
                                                                       leader: "县教育局局长", elements: [.background, .mainContent],
                                                                       body: "一、政策背景\n二、主要内容"))
        try service.performInterpretationAction(.submit, id: j.id)
        m.handle(.char("i"))
        while m.state.inbox?.current?.id != id, m.state.inbox!.selected < m.state.inbox!.items.count - 1 {
            m.handle(.char("j"))
        }
        m.handle(.enter)
        #expect(m.state.inbox?.reader?.item.id == id)
        return m
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func eachKind(width: Int, height: Int) throws {
        for (id, name) in [("D2026-0002", "document"), ("A2026-0001", "application"), ("J2026-0004", "interpretation")] {
            expectGolden(screen(try reader(id, width: width, height: height)), "reader-\(name)-\(width)x\(height)")
        }
    }
}

/// The reader in English: every label, the kind and the keys are English (the document's own
/// title and text stay as written).
@Suite("审阅器 Reader in English")
struct ReaderEnglishTests {
    init() { requireUTF8Locale() }

    @Test func aDocumentAt80x24() throws {
        try UILanguage.$current.withValue(.en) {
            let m = try demoModel(width: 80, height: 24)
            m.handle(.char("i"))
            for _ in 0..<100 where m.state.inbox?.current?.id != "D2026-0002" { m.handle(.char("j")) }
            m.handle(.enter)
            let lines = screen(m)
            expectGolden(lines, "en-reader-document-80x24")
            #expect(lines[1].hasPrefix(">Reader  [3/5]  Awaiting review D2026-0002"))
            #expect(lines[21].hasPrefix(" a sign r return s snooze n/p next/prev o view H history q back"))
            // Why it needs an interpretation, in English (InterpretationRequirement.reason).
            #expect(lines.contains { $0 == " Three-in-sync (every normative document needs an interpretation)" })
            for label in ["Type: ", "Issuing unit: ", "State: ", "Disclosure: ", "Three-in-sync (", "Text:"] {
                #expect(lines.contains { $0.hasPrefix(" " + label) }, "\(label)")
            }
        }
    }
}
