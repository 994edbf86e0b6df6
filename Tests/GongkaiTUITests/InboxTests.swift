import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// The review inbox in the TUI, driven with keys over a demo workspace (today 2026-11-27;
/// li.ming is the admin of the county office and sees every unit).
@Suite("待办箱 Inbox")
struct InboxTests {
    /// wcwidth needs the UTF-8 locale before any width is measured (tests run in parallel).
    init() { requireUTF8Locale() }

    func documentState(_ m: AppModel, _ id: String) throws -> String? {
        let source = m.data as! ServiceDataSource
        return try source.service.workspace.writer.read { db in
            try String.fetchOne(db, sql: "SELECT state FROM document WHERE id = ?", arguments: [id])
        }
    }

    func openInbox() throws -> AppModel {
        let m = try demoModel(width: 120, height: 40)
        m.handle(.char("i"))
        return m
    }

    func select(_ m: AppModel, id: String) {
        m.handle(.char("g"))
        while m.state.inbox?.current?.id != id, m.state.inbox!.selected < m.state.inbox!.items.count - 1 {
            m.handle(.char("j"))
        }
    }

    @Test func opensWithTheMostUrgentFirstAndTheCountOnTheStatusBar() throws {
        let m = try openInbox()
        let inbox = try #require(m.state.inbox)
        // Two county-office columns whose last document is older than 90 days are stale too.
        #expect(inbox.items.map(\.kind) == [.applicationDueSoon, .documentReview, .documentReview, .staleColumn, .staleColumn])
        #expect(screen(m)[1].hasPrefix(">待办  [1/5]"))
        #expect(screen(m)[38].contains("待办 5"))
        m.handle(.escape)
        #expect(m.state.inbox == nil)
    }

    @Test func approveThenUndo() throws {
        let m = try openInbox()
        select(m, id: "D2026-0002")
        m.handle(.char("a"))
        #expect(try documentState(m, "D2026-0002") == "approved")
        #expect(m.state.message?.text.contains("已签发") == true)
        #expect(!(m.state.inbox?.items.contains { $0.id == "D2026-0002" } ?? true))
        m.handle(.char("u"))
        #expect(try documentState(m, "D2026-0002") == "in-review")
        #expect(m.state.inbox?.items.contains { $0.id == "D2026-0002" } == true)
        m.handle(.char("u"))
        #expect(m.state.message?.isError == true)   // nothing left to undo
    }

    @Test func returnAsksForAChineseCommentAndNeedsOne() throws {
        let m = try openInbox()
        select(m, id: "D2026-0010")
        m.handle(.char("r"))
        #expect(m.state.inbox?.prompt != nil)
        m.handle(.enter)                                  // empty: refused, prompt stays
        #expect(m.state.inbox?.prompt != nil && m.state.message?.isError == true)
        for c in "请补充项目照片" { m.handle(.char(c)) }
        let frame = AppView.render(m.state)
        #expect(frame.grid.textLines()[39] == "退回意见：请补充项目照片")
        #expect(frame.cursor?.x == 10 + 14 && frame.cursor?.y == 39)   // caret after 7 CJK characters
        m.handle(.enter)
        #expect(try documentState(m, "D2026-0010") == "draft")
        let returned = try #require(m.state.inbox?.items.first { $0.kind == .documentReturned })
        #expect(returned.reason.contains("请补充项目照片"))
    }

    @Test func batchApproveOfMarkedItemsAsksOnce() throws {
        let m = try openInbox()
        select(m, id: "D2026-0010"); m.handle(.char(" "))
        select(m, id: "D2026-0002"); m.handle(.char(" "))
        #expect(m.state.inbox?.marked.count == 2)
        m.handle(.char("A"))
        #expect(m.state.confirmation?.question.hasPrefix("签发 已标记的 2 件（") == true)
        m.handle(.char("n"))
        #expect(try documentState(m, "D2026-0010") == "in-review")
        m.handle(.char("A")); m.handle(.char("y"))
        #expect(try documentState(m, "D2026-0010") == "approved")
        #expect(try documentState(m, "D2026-0002") == "approved")
        m.handle(.char("u"))
        #expect(try documentState(m, "D2026-0010") == "in-review")
        #expect(try documentState(m, "D2026-0002") == "in-review")
    }

    /// Issue 22: an interpretation awaiting sign-off is decided in the inbox with the document keys.
    @Test func anInterpretationAwaitingSignOffIsSignedAndReturnedWithTheDocumentKeys() throws {
        let (m, service, first, second) = try twoInterpretationsInReview()
        func interpretationState(_ id: String) throws -> String? { try GongkaiTUITests.interpretationState(service, id) }
        m.handle(.char("i"))
        let item = try #require(m.state.inbox?.items.first { $0.id == first.id })
        #expect(item.kind == .interpretationReview && item.documentId == "D2026-0002")
        #expect(screen(m).contains { $0.contains("解读待审签") })
        select(m, id: first.id)
        m.handle(.char("a"))
        #expect(try interpretationState(first.id) == "approved")
        #expect(m.state.inbox?.items.contains { $0.id == first.id } == false)
        select(m, id: second.id)
        m.handle(.char("r"))
        for c in "请补充政策背景" { m.handle(.char(c)) }
        m.handle(.enter)
        #expect(try interpretationState(second.id) == "draft")
        #expect(m.state.inbox?.items.contains { $0.kind == .interpretationReview } == false)
    }

    /// Issue 22: a provisional due date keeps every digit and its mark in the inbox column.
    @Test func aProvisionalDueDateShowsWhole() throws {
        let m = try openInbox()
        var item = ReviewItem(kind: .applicationDueSoon, id: "Y2026-0099", title: "测试", due: CivilDate(iso: "2027-01-05"),
                              reason: "暂定", overdue: false)
        item.provisional = true
        m.state.inbox = InboxState(items: [item])
        #expect(screen(m).contains { $0.contains("2027-01-05? ") })
    }

    /// Issue 22: county-scale ids keep every character in the 编号 column at 80×24.
    @Test func countyScaleIdsAreNotCutAt80x24() throws {
        let m = try demoModel(width: 80, height: 24)
        m.handle(.char("i"))
        m.state.inbox = InboxState(items: [
            ReviewItem(kind: .documentReview, id: "D2026-G0012345", title: "县级规模文件", due: CivilDate(iso: "2026-12-07"),
                       reason: "文件待审核", overdue: false),
            ReviewItem(kind: .applicationDueSoon, id: "A2026-G001234", title: "县级规模申请", due: CivilDate(iso: "2026-11-30"),
                       reason: "即将到期", overdue: false),
        ])
        let lines = screen(m)
        #expect(lines.contains { $0.contains(" D2026-G0012345 县级规模文件") })
        #expect(lines.contains { $0.contains(" A2026-G001234  县级规模申请") })
        #expect(InboxView.idWidth(m.state.inbox!.items) == 14)
        #expect(InboxView.idWidth([]) == InboxView.minIdWidth)
        // Only the rows on screen are measured: a long id scrolled out of view does not widen it.
        m.state.inbox = InboxState(items: (0..<40).map { i in
            ReviewItem(kind: .documentReview, id: i == 39 ? "D2026-G0012345" : String(format: "D2026-%04d", i),
                       title: "文件\(i)", due: nil, reason: "文件待审核", overdue: false)
        })
        let top = screen(m)
        #expect(top.contains { $0.contains(" D2026-0000 文件0 ") }, "\(top)")
        // … and scrolled into view it is shown whole.
        m.handle(.char("G"))
        let bottom = screen(m)
        #expect(bottom.contains { $0.contains(" D2026-G0012345 文件39 ") }, "\(bottom)")
    }

    /// Issue 22: the 申请 pane's 编号 column holds the longest form of an application id.
    @Test func theApplicationsPaneShowsACountyScaleIdWhole() throws {
        let m = try demoModel(width: 80, height: 24) { ws in
            try ws.writer.write { db in
                try db.execute(sql: "UPDATE application SET id = 'A2026-G0012345' WHERE id = 'A2026-0001'")
            }
        }
        m.handle(.char("4"))
        #expect(screen(m).contains { $0.contains("A2026-G0012345 ") })
    }

    /// Issue 22: `H` in the inbox shows the history of the selected item, not of a pane's row.
    @Test func hInTheInboxShowsTheSelectedItemsHistory() throws {
        let m = try openInbox()
        select(m, id: "D2026-0002")
        m.handle(.char("H"))
        #expect(m.state.history?.itemId == "D2026-0002")
        #expect(screen(m).contains { $0.contains("修改记录：D2026-0002") })
        m.handle(.escape)
        #expect(m.state.history == nil && m.state.inbox?.current?.id == "D2026-0002")
    }

    @Test func snoozeHidesTheItemAndUndoBringsItBack() throws {
        let m = try openInbox()
        select(m, id: "D2026-0002")
        m.handle(.char("s"))
        #expect(m.state.inbox?.prompt?.text == "2026-12-04")   // a week from today by default
        for _ in 0..<10 { m.handle(.backspace) }
        for c in "2026-12-01" { m.handle(.char(c)) }
        m.handle(.enter)
        #expect(!(m.state.inbox?.items.contains { $0.id == "D2026-0002" } ?? true))
        #expect(m.state.inboxCount == 4)
        m.handle(.char("u"))
        #expect(m.state.inbox?.items.contains { $0.id == "D2026-0002" } == true)
        m.handle(.char("s"))
        for _ in 0..<10 { m.handle(.backspace) }
        for c in "2026-02-30" { m.handle(.char(c)) }
        m.handle(.enter)
        #expect(m.state.message?.text.contains("日期无效") == true)
    }

    /// Enter reads the item (ReaderTests); `o` in the reader goes to it in its pane.
    @Test func enterThenOOpensTheItemInItsPane() throws {
        let m = try openInbox()
        select(m, id: "D2026-0010")
        m.handle(.enter)
        #expect(m.state.inbox?.reader?.item.id == "D2026-0010")
        m.handle(.char("o"))
        #expect(m.state.inbox == nil && m.state.focus == .documents)
        let list = m.state.lists[.documents]!
        #expect(list.row(at: list.selected)?.id == "D2026-0010")
        m.handle(.char("i"))
        select(m, id: "A2026-0001")
        m.handle(.enter)
        m.handle(.char("o"))
        #expect(m.state.focus == .applications)
        let apps = m.state.lists[.applications]!
        #expect(apps.row(at: apps.selected)?.id == "A2026-0001")
    }

    @Test func inboxAt120x40() throws {
        let m = try openInbox()
        expectGolden(screen(m), "inbox-120x40")
    }
}

@Suite("修改记录 History key")
struct HistoryKeyTests {
    /// wcwidth needs the UTF-8 locale before any width is measured (tests run in parallel).
    init() { requireUTF8Locale() }

    @Test func HShowsTheSelectedItemsAuditHistory() throws {
        let m = try demoModel(width: 120, height: 40)
        m.handle(.char("i"))
        // Approve the 东山镇 report from the inbox, then look at its history from the 文件 pane.
        for _ in 0..<100 where m.state.inbox?.current?.id != "D2026-0010" { m.handle(.char("j")) }
        #expect(m.state.inbox?.current?.id == "D2026-0010")
        m.handle(.char("a"))
        m.handle(.escape)
        m.select(id: "D2026-0010", in: .documents)
        m.handle(.char("H"))
        let history = try #require(m.state.history)
        #expect(history.itemId == "D2026-0010")
        // In words: added, filed in its catalog columns (demo data), approved — who, the
        // day, what, and each field before → after; never an action code or JSON.
        let sentences = history.lines.filter { !$0.hasPrefix("  ") }
        #expect(sentences.count == 4)
        #expect(sentences[0].contains("登记文件") && sentences[1].contains("文件归入目录栏目") && sentences[2].contains("文件归入目录栏目"))
        let day = try Regex(#" \d{4}-\d{2}-\d{2} "#)
        #expect(sentences[3].hasSuffix(" 签发文件") && sentences[3].firstMatch(of: day) != nil)
        #expect(history.lines.contains("  状态：待审核 → 已签发"))
        #expect(history.lines.contains { $0.hasPrefix("  标题：") })
        #expect(!history.lines.contains { $0.contains("document.") || $0.contains("{") || $0.contains("\"") })
        #expect(screen(m).contains { $0.contains("修改记录：D2026-0010") })
        m.handle(.char("2"))                 // keys do not leak through
        m.handle(.escape)
        #expect(m.state.history == nil)
    }
}

@Suite("文件窗格办理 Document steps from the 文件 pane")
struct DocumentPaneStepTests {
    /// wcwidth needs the UTF-8 locale before any width is measured (tests run in parallel).
    init() { requireUTF8Locale() }

    @Test func submitAndPublishWithTheirRules() throws {
        let m = try demoModel(width: 120, height: 40)
        let source = m.data as! ServiceDataSource
        func state(_ id: String) throws -> DocumentState? {
            try source.service.document(id: id).state
        }
        let docs = try source.service.documents(offset: 0, limit: 100)
        let draft = try #require(docs.first { $0.title.hasPrefix("城关镇2026年第三季度低保对象公示") })
        m.select(id: draft.id, in: .documents)
        m.handle(.char("s"))
        #expect(try state(draft.id) == .draft)                 // asked first, naming the document
        #expect(m.state.confirmation?.question.hasPrefix("提交审核 \(draft.id)《城关镇2026年第三季度低保对象公示") == true)
        m.handle(.char("y"))
        #expect(try state(draft.id) == .inReview)
        #expect(m.state.message?.text.contains("草稿 → 待审核") == true)
        m.handle(.char("P")); m.handle(.char("y"))             // not signed yet: refused, nothing changed
        #expect(m.state.message?.isError == true)
        #expect(try state(draft.id) == .inReview)
        let signed = try #require(docs.first { $0.title.contains("惠企政策的若干措施") && $0.state == .approved })
        m.select(id: signed.id, in: .documents)
        m.handle(.char("P"))
        m.handle(.char("y"))
        #expect(try state(signed.id) == .published, "\(m.state.message?.text ?? "")")
    }
}
