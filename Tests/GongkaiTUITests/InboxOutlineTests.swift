import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// 待办箱只读屏上的行 (issue 20): the inbox opens on the queue's plan and the rows of its first
/// screen; moving reads the rows that come into view, worded as the full queue words them, and a
/// jump reads the screen it lands on.
@Suite("待办箱分页 Inbox paging")
struct InboxOutlineTests {
    @Test func onlyTheRowsOnScreenAreReadAndTheyMatchTheFullQueue() throws {
        let m = try demoModel(width: 80, height: 12, demo: false)
        let service = (m.data as! ServiceDataSource).service
        _ = try service.generateDemo(DemoGenerationRequest(documents: 400, applications: 40, fromYear: 2025, toYear: 2026, seed: 5))
        m.reloadAll()
        let full = try service.reviewQueue()
        let h = m.inboxBodyHeight
        m.handle(.char("i"))
        var inbox = try #require(m.state.inbox)
        #expect(inbox.count == full.count)
        #expect(m.state.inboxCount == full.count)
        #expect(inbox.items.count <= h + 2, "opening reads the screen, not the queue")
        #expect(inbox.items == Array(full[inbox.first..<(inbox.first + inbox.items.count)]))
        let checks = full.indices.filter { full[$0].kind == .interpretationCheck }
        let hidden = try #require(checks.first { $0 >= h + 2 }, "a 三同步 item below the first screen")
        #expect(inbox.item(at: hidden) == nil, "a row below the screen is not read")
        // Down to it: the rows coming into view are worded as the full queue words them.
        for _ in 0..<hidden where m.state.inbox!.selected < hidden { m.handle(.char("j")) }
        inbox = try #require(m.state.inbox)
        #expect(inbox.current == full[hidden])
        for p in inbox.scroll..<min(full.count, inbox.scroll + h) { #expect(inbox.item(at: p) == full[p], "row \(p)") }
        #expect(inbox.items.count <= 3 * h, "the rows kept are a few screens, not every row passed")
        #expect(screen(m).contains { $0.contains(full[hidden].id) && $0.contains(String(full[hidden].title.prefix(4))) })
        // A jump reads the screen it lands on.
        m.handle(.char("G"))
        inbox = try #require(m.state.inbox)
        #expect(inbox.current == full.last)
        for p in inbox.scroll..<full.count { #expect(inbox.item(at: p) == full[p], "row \(p) at the end") }
        m.handle(.char("g"))
        #expect(m.state.inbox?.current == full.first)
    }
}
