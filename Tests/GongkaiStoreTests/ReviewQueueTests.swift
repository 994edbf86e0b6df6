import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

@Suite("待办 Review queue")
struct ReviewQueueTests {
    func workspace() throws -> Workspace {
        let ws = try Workspace.inMemory()
        _ = try GongkaiService(workspace: ws, actor: Actor(login: "admin", origin: "test"), today: { pinnedToday })
            .initialize(demo: true, created: true)
        return ws
    }

    func service(_ ws: Workspace, _ login: String, today: String) -> GongkaiService {
        let day = CivilDate(iso: today)!
        return GongkaiService(workspace: ws, actor: Actor(login: login, origin: "test"), today: { day })
    }

    @Test func reviewersSeeTheirUnitsDocumentsAwaitingReviewWithThePublicationDeadline() throws {
        let ws = try workspace()
        // 县教育局 reviewer: the enrolment plan (formed Sunday 2026-11-15) must be published by 2026-12-11.
        let items = try service(ws, "liu.edu", today: "2026-11-27").reviewQueue()
        #expect(items.count == 1)
        #expect(items[0].kind == .documentReview && items[0].title == "县义务教育阶段学校招生入学工作方案")
        #expect(items[0].due?.iso == "2026-12-11" && !items[0].overdue)
        // Its clerk has nothing to review.
        #expect(try service(ws, "zhao.edu", today: "2026-11-27").reviewQueue().isEmpty)
    }

    @Test func theCountyOfficeSeesEveryUnitsReviewsMostUrgentFirst() throws {
        let ws = try workspace()
        let items = try service(ws, "chen.review", today: "2026-11-27").reviewQueue()
        #expect(items.map(\.kind) == [.documentReview, .documentReview])
        #expect(items.map(\.due) == items.map(\.due).sorted { ($0 ?? .init(dayNumber: .max)) < ($1 ?? .init(dayNumber: .max)) })
    }

    @Test func unpublishedProactiveDocumentsBecomeOverdueAfterTwentyWorkingDays() throws {
        let ws = try workspace()
        let items = try service(ws, "wang.cg", today: "2027-01-10").reviewQueue()
        // 城关镇's 低保 notice (formed 2026-11-24, a draft) was due 2026-12-22; 2027 is a year
        // without an arrangement, but the deadline itself lies in 2026.
        let late = try #require(items.first { $0.kind == .publicationOverdue })
        #expect(late.due?.iso == "2026-12-22" && late.overdue)
        #expect(late.reason.contains("已逾期"))
        // A township's annual report for 2026 is due by 2027-01-31.
        let report = try #require(items.first { $0.kind == .annualReportDue })
        #expect(report.id == "report-2026" && report.due?.iso == "2027-01-31")
        #expect(items.first?.overdue == true)
    }

    @Test func theCountyOfficesOwnReportIsDueByTheEndOfMarch() throws {
        let ws = try workspace()
        let items = try service(ws, "admin", today: "2027-02-10").reviewQueue()
        #expect(items.first { $0.kind == .annualReportDue }?.due?.iso == "2027-03-31")
    }
}

@Suite("待办暂缓 Snooze")
struct SnoozeTests {
    @Test func aSnoozedItemComesBackOnItsDateAndUnsnoozeBringsItBackNow() throws {
        let ws = try Workspace.inMemory()
        _ = try GongkaiService(workspace: ws, actor: Actor(login: "admin", origin: "test"), today: { pinnedToday })
            .initialize(demo: true, created: true)
        func reviewer(_ day: String) -> GongkaiService {
            let d = CivilDate(iso: day)!
            return GongkaiService(workspace: ws, actor: Actor(login: "liu.edu", origin: "test"), today: { d })
        }
        let item = try #require(try reviewer("2026-11-27").reviewQueue().first)
        #expect(try reviewer("2026-11-27").snooze(kind: item.kind, id: item.id, until: CivilDate(iso: "2026-12-01")!) == nil)
        #expect(try reviewer("2026-11-27").reviewQueue().isEmpty)
        #expect(try reviewer("2026-11-30").reviewQueue().isEmpty)
        #expect(try reviewer("2026-12-01").reviewQueue().contains { $0.id == item.id })   // with the annual report from Dec 1
        // Snoozes are per officer: the county reviewer still sees it.
        let county = GongkaiService(workspace: ws, actor: Actor(login: "chen.review", origin: "test"), today: { pinnedToday })
        #expect(try county.reviewQueue().contains { $0.id == item.id })
        #expect(try reviewer("2026-11-27").snooze(kind: item.kind, id: item.id, until: CivilDate(iso: "2026-12-03")!)?.iso == "2026-12-01")
        try reviewer("2026-11-27").unsnooze(kind: item.kind, id: item.id)
        #expect(try reviewer("2026-11-27").reviewQueue().map(\.id) == [item.id])
        #expect(throws: ServiceError.self) {
            try reviewer("2026-11-27").snooze(kind: item.kind, id: item.id, until: CivilDate(iso: "2026-11-27")!)
        }
    }
}
