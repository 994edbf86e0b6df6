import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// 待办提纲与待办数 — the inbox's outline (`reviewOutline`, which takes the applications plainly
/// past their reply date from their stored deadline columns) and its count (`reviewCount`, which
/// counts them with an indexed COUNT) stay equal to the full computation (`reviewQueue`, every
/// application's clock evaluated from its events) over random sequences of changes made through
/// the service door: requests received, events recorded, items snoozed and unsnoozed, days passing.
@Suite("待办提纲与待办数 Inbox outline and count")
struct ReviewOutlineStoreTests: DemoWorkspaceSuite {
    let clock = TestClock("2026-09-14")

    var today: @Sendable () -> CivilDate { let clock = self.clock; return { clock.today } }

    /// What the order and the count depend on, without the wording.
    func outline(_ items: [ReviewItem]) -> [String] {
        items.map { "\($0.kind.rawValue)|\($0.id)|\($0.due?.iso ?? "-")|\($0.overdue)" }
    }

    @Test func theOutlineAndTheCountEqualTheFullQueueOverRandomChanges() throws {
        let ws = try workspace()
        let admin = as_(ws, "admin")
        let officers = ["admin", "liu.edu"].map { as_(ws, $0) }
        var g = SeededGenerator(state: 20_2026)
        var applications: [String] = []
        var plainOverdueSeen = 0, snoozedOverdue = 0, changesMade = 0
        var kindsSeen: Set<ReviewKind> = []
        for step in 0..<45 {
            let today = clock.today
            do {
                switch Int.random(in: 0..<10, using: &g) {
                case 0, 1, 2:
                    let received = today.adding(days: -Int.random(in: 0...45, using: &g))
                    let app = try admin.addApplication(NewApplication(
                        received: received, channel: .inPerson, applicantType: .naturalPerson, applicantName: "申请人\(step)",
                        content: "申请公开第\(step)号事项", unit: ["edu", "chengguan", nil].randomElement(using: &g)!))
                    applications.append(app.id)
                case 3, 4:
                    guard let id = applications.randomElement(using: &g) else { continue }
                    let event: ApplicationEvent = [
                        .extend(today, days: 20, approver: "王局长"),
                        .clarifyRequest(today, correctionDue: today.adding(days: Int.random(in: 3...20, using: &g))),
                        .clarifyReceived(today),
                        .consultStart(today, party: .thirdParty),
                        .consultEnd(today),
                        .feeNotice(today, amount: 100),
                        .feePaid(today),
                        .reply(today, outcome: .granted),
                        .withdraw(today),
                    ].randomElement(using: &g)!
                    _ = try admin.recordEvent(applicationId: id, event)
                case 5:
                    // Snooze an item of someone's queue, an overdue application more often than not.
                    let who = officers.randomElement(using: &g)!
                    let queue = try who.reviewQueue()
                    let overdue = queue.filter { $0.kind == .applicationOverdue }
                    guard let item = (Bool.random(using: &g) ? overdue : queue).randomElement(using: &g) else { continue }
                    try who.snooze(kind: item.kind, id: item.id, until: today.adding(days: Int.random(in: 1...8, using: &g)))
                    if item.kind == .applicationOverdue { snoozedOverdue += 1 }
                case 6:
                    let who = officers.randomElement(using: &g)!
                    guard let item = try who.reviewQueue().randomElement(using: &g) else { continue }
                    try who.unsnooze(kind: item.kind, id: item.id)
                default:
                    clock.today = today.adding(days: Int.random(in: 1...9, using: &g))
                }
                changesMade += 1
            } catch is ServiceError {
            } catch is AccessDenied {
            } catch is DeadlineError {
            } catch is CaseHistoryRefusal {
            }
            for officer in officers {
                let queue = try officer.reviewQueue()
                let outlined = try officer.reviewOutline()
                let who = officer.actor.login
                #expect(try officer.reviewCount() == queue.count, "step \(step), \(who): the count")
                #expect(outline(outlined) == outline(queue), "step \(step), \(who): the outline's items and order")
                #expect(try officer.reviewDetails(outlined) == queue, "step \(step), \(who): the outline worded")
                plainOverdueSeen += outlined.filter { $0.kind == .applicationOverdue && $0.isOutline }.count
                kindsSeen.formUnion(queue.map(\.kind))
            }
        }
        #expect(changesMade > 25)
        #expect(plainOverdueSeen > 0, "the random changes made applications plainly overdue")
        #expect(snoozedOverdue > 0, "an overdue application was snoozed")
        // The near dates the outline evaluates were met: due soon, the 补正 notice's last days.
        #expect(kindsSeen.isSuperset(of: [.applicationDueSoon, .clarifyNoticeDue, .applicationOverdue]), "\(kindsSeen)")
    }

    /// The outline leaves the overdue application's reason to `reviewDetails`; the worded item
    /// names the days late as the queue does.
    @Test func anOverdueApplicationIsAnOutlineRowUntilWorded() throws {
        let ws = try workspace()
        let admin = as_(ws, "admin")
        let app = try admin.addApplication(NewApplication(
            received: clock.today.adding(days: -60), channel: .inPerson, applicantType: .naturalPerson,
            applicantName: "张三", content: "申请公开某村征地补偿明细"))
        let row = try #require(admin.reviewOutline().first { $0.id == app.id })
        #expect(row.kind == .applicationOverdue && row.isOutline && row.overdue)
        let worded = try #require(admin.reviewDetails([row]).first)
        #expect(!worded.isOutline && worded.reason.contains("已过"))
        #expect(try admin.reviewQueue().first { $0.id == app.id } == worded)
    }
}
