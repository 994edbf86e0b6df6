import Foundation
import GongkaiTestSupport
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// 待办项备忘 — the near-date request items `reviewCount` and `reviewPlan` share, and the plan's
/// computed items, are worked out again whenever they may differ: another process's request (a
/// second connection to the same file), a snooze, an event recorded here, another day, the other
/// interface language. Each answer is the one a fresh connection (nothing kept) gives.
@Suite("待办项备忘 Inbox items kept while nothing changes")
struct ReviewItemsMemoStoreTests {
    @Test func anotherSessionsRequestAnEventADayAndTheLanguageAreSeen() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("near-memo-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/w.sqlite"
        let start = CivilDate(iso: "2025-09-26")!
        let day = TestClock("2025-10-27")
        try seededWorkspaceFile(at: path, demo: false, by: "admin", on: start)
        let (mine, _) = try Workspace.open(at: path)
        let (theirs, _) = try Workspace.open(at: path)
        let me = GongkaiService(workspace: mine, actor: Actor(login: "admin", origin: "test"), today: { day.today })
        let them = GongkaiService(workspace: theirs, actor: Actor(login: "admin", origin: "test"), today: { day.today })
        /// What a new connection (nothing kept) says: the count and the queue's near-date items.
        func fresh() throws -> (count: Int, near: [ReviewItem]) {
            let (ws, _) = try Workspace.open(at: path)
            let s = GongkaiService(workspace: ws, actor: Actor(login: "admin", origin: "test"), today: { day.today })
            return (try s.reviewCount(), try s.reviewPlan().placedItems.filter { $0.kind == .applicationDueSoon })
        }
        func mineNow() throws -> (count: Int, near: [ReviewItem]) {
            (try me.reviewCount(), try me.reviewPlan().placedItems.filter { $0.kind == .applicationDueSoon })
        }
        #expect(try mineNow().count == 0)

        // Another session registers a request received on 09-26: due 10-30, 3 working days left on 10-27.
        let app = try them.addApplication(NewApplication(received: start, channel: .inPerson, applicantType: .naturalPerson,
                                                         applicantName: "张三", content: "申请公开某村征地补偿明细"))
        var now = try mineNow()
        #expect(now.count == 1 && now.near.map(\.id) == [app.id])
        let first = try fresh()
        #expect(now.count == first.count && now.near == first.near)

        // The next day: 2 working days left (the reason says so).
        day.today = CivilDate(iso: "2025-10-28")!
        now = try mineNow()
        #expect(now.near.first?.reason.contains("还剩 2 个工作日") == true, "\(now.near)")
        let second = try fresh()
        #expect(now.near == second.near)

        // In English the same item is worded in English.
        let english = try UILanguage.$current.withValue(.en) { try me.reviewPlan().placedItems.filter { $0.kind == .applicationDueSoon } }
        #expect(english.count == 1 && english[0].reason != now.near[0].reason)
        let again = try UILanguage.$current.withValue(.en) { try me.reviewPlan().placedItems.filter { $0.kind == .applicationDueSoon } }
        #expect(again == english)

        // Snoozed here, it leaves the plan and the count; back when the snooze ends.
        try me.snooze(kind: .applicationDueSoon, id: app.id, until: day.today.adding(days: 3))
        now = try mineNow()
        #expect(now.count == 0 && now.near.isEmpty)
        try me.unsnooze(kind: .applicationDueSoon, id: app.id)
        now = try mineNow()
        #expect(now.count == 1 && now.near.map(\.id) == [app.id])

        // A reply recorded here closes it.
        _ = try me.recordEvent(applicationId: app.id, .reply(day.today, outcome: .granted))
        now = try mineNow()
        #expect(now.count == 0 && now.near.isEmpty)
    }
}
