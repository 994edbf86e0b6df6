import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// 待办箱只读屏上的行 (issue 20): the inbox opens on the queue's outline and words only the 三同步
/// items on screen; moving words the rows that come into view, as the full queue words them.
@Suite("待办箱提纲 Inbox outline")
struct InboxOutlineTests {
    func visible(_ inbox: InboxState, _ m: AppModel) -> ArraySlice<ReviewItem> {
        inbox.items[inbox.scroll..<min(inbox.items.count, inbox.scroll + m.inboxBodyHeight)]
    }

    @Test func onlyTheRowsOnScreenAreWordedAndTheyMatchTheFullQueue() throws {
        let m = try demoModel(width: 80, height: 12, demo: false)
        let service = (m.data as! ServiceDataSource).service
        _ = try service.generateDemo(DemoGenerationRequest(documents: 400, applications: 40, fromYear: 2025, toYear: 2026, seed: 5))
        m.reloadAll()
        let full = try service.reviewQueue()
        m.handle(.char("i"))
        var inbox = try #require(m.state.inbox)
        #expect(inbox.items.map(\.id) == full.map(\.id), "the outline keeps the queue's order")
        #expect(visible(inbox, m).filter(\.isOutline).isEmpty)
        let checks = full.indices.filter { full[$0].kind == .interpretationCheck }
        let hidden = try #require(checks.first { $0 >= m.inboxBodyHeight }, "a 三同步 item below the first screen")
        #expect(inbox.items[hidden].isOutline, "a row not on screen is not checked")
        // Down to it: the rows coming into view are worded as the full queue words them.
        while m.state.inbox!.selected < hidden { m.handle(.char("j")) }
        inbox = try #require(m.state.inbox)
        #expect(inbox.current == full[hidden])
        for item in visible(inbox, m) { #expect(item == full[inbox.items.firstIndex(of: item)!]) }
        #expect(screen(m).contains { $0.contains(full[hidden].id) && $0.contains(String(full[hidden].title.prefix(4))) })
    }
}
