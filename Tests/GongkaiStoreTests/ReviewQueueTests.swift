import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

@Suite("待办 Review queue")
struct ReviewQueueTests: DemoWorkspaceSuite {
    func service(_ ws: Workspace, _ login: String, today: String) -> GongkaiService {
        let day = CivilDate(iso: today)!
        return GongkaiService(workspace: ws, actor: Actor(login: login, origin: "test"), today: { day })
    }

    /// Issue 22: a deadline counted into 2027 (no arrangement built in) carries its mark and names the year.
    @Test func aProvisionalPublicationDeadlineCarriesItsMarkAndTheMissingYear() throws {
        let ws = try workspace()
        let clerk = service(ws, "zhao.edu", today: "2026-12-21")
        let saved = try clerk.addDocument(NewDocument(title: "县寒假托管服务方案", type: .general,
                                                      disclosure: DocumentDisclosure(attribute: .proactive),
                                                      formed: CivilDate(iso: "2026-12-21")!))
        try clerk.performDocumentAction(.submit, id: saved.id)
        let item = try #require(try service(ws, "liu.edu", today: "2026-12-21").reviewQueue().first { $0.id == saved.id })
        #expect(item.provisional == true && item.due?.year == 2027)
        #expect(item.dueText == item.due!.iso + "?")
        #expect(item.reason.contains(item.due!.iso + "?") && item.reason.contains("2027"))
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
        // The demo's 张三 application (received 26 days ago) is due within 3 working days.
        // …and the county office's columns whose last document is older than 90 days.
        #expect(items.map(\.kind) == [.applicationDueSoon, .documentReview, .documentReview, .staleColumn, .staleColumn])
        let never = CivilDate(iso: "9999-12-31")!   // undated items come last
        #expect(items.map(\.due) == items.map(\.due).sorted { ($0 ?? never) < ($1 ?? never) })
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
        expectRefused(.invalid) {
            try reviewer("2026-11-27").snooze(kind: item.kind, id: item.id, until: CivilDate(iso: "2026-11-27")!)
        }
    }
}

@Suite("待办：依申请公开 Review queue for applications")
struct ApplicationReviewTests {
    /// An empty workspace with one application received Friday 2025-09-26 (due 2025-10-30, C1).
    func setUp() throws -> (Workspace, String) {
        let ws = try Workspace.inMemory()
        let start = CivilDate(iso: "2025-09-26")!
        let admin = GongkaiService(workspace: ws, actor: Actor(login: "admin", origin: "test"), today: { start })
        _ = try admin.initialize(demo: false, created: true)
        let app = try admin.addApplication(NewApplication(received: start, channel: .inPerson, applicantType: .naturalPerson,
                                                          applicantName: "张三", content: "申请公开某村征地补偿明细"))
        return (ws, app.id)
    }

    func queue(_ ws: Workspace, on day: String) throws -> [ReviewItem] {
        let d = CivilDate(iso: day)!
        return try GongkaiService(workspace: ws, actor: Actor(login: "admin", origin: "test"), today: { d }).reviewQueue()
    }

    @Test func theCorrectionNoticeWindowThenDueSoonThenOverdue() throws {
        let (ws, id) = try setUp()
        // 7 working days after 2025-09-26 across 国庆: 09-28 (调休), 09-29, 09-30, 10-09, 10-10,
        // 10-11 (调休), 10-13. Two working days before, the notice's last days show.
        let early = try queue(ws, on: "2025-10-10")
        #expect(early.contains { $0.kind == .clarifyNoticeDue && $0.id == id && $0.due?.iso == "2025-10-13" })
        #expect(try queue(ws, on: "2025-09-29").isEmpty)
        let soon = try queue(ws, on: "2025-10-27")
        #expect(soon.map(\.kind) == [.applicationDueSoon])
        #expect(soon[0].due?.iso == "2025-10-30" && soon[0].reason.contains("还剩 3 个工作日"))
        let late = try queue(ws, on: "2025-11-03")
        #expect(late.map(\.kind) == [.applicationOverdue] && late[0].overdue)
        #expect(late[0].reason.contains("已过 2 个工作日"))
    }

    @Test func consultationsAndCorrectionPeriodsRaiseTheirOwnItems() throws {
        let (ws, id) = try setUp()
        func d(_ s: String) -> CivilDate { CivilDate(iso: s)! }
        let oct9 = d("2025-10-09"), sep29 = d("2025-09-29")
        let officer = GongkaiService(workspace: ws, actor: Actor(login: "admin", origin: "test"), today: { oct9 })
        _ = try officer.recordEvent(applicationId: id, .consultStart(d("2025-10-09"), party: .thirdParty))
        // 15 working days after 2025-10-09 (10-11 a 调休 Saturday) is 2025-10-29; three working
        // days before it the item shows.
        #expect(try queue(ws, on: "2025-10-23").isEmpty)
        let consult = try queue(ws, on: "2025-10-24")
        #expect(consult.map(\.kind) == [.consultationDue] && consult[0].due?.iso == "2025-10-29")

        let (ws2, id2) = try setUp()
        let clerk = GongkaiService(workspace: ws2, actor: Actor(login: "admin", origin: "test"), today: { sep29 })
        _ = try clerk.recordEvent(applicationId: id2, .clarifyRequest(d("2025-09-29"), correctionDue: d("2025-10-20")))
        #expect(try queue(ws2, on: "2025-10-20").isEmpty)
        let ended = try queue(ws2, on: "2025-10-21")
        #expect(ended.map(\.kind) == [.correctionEnded] && ended[0].reason.contains("逾期不补正"))
    }
}

@Suite("待办：栏目长期不更新 Stale columns in the inbox")
struct StaleColumnReviewTests {
    @Test func aUnitSeesItsOwnStaleColumnsAfterTheStalenessPeriod() throws {
        let ws = try Workspace.inMemory()
        _ = try GongkaiService(workspace: ws, actor: Actor(login: "admin", origin: "test"), today: { pinnedToday })
            .initialize(demo: true, created: true)
        func queue(_ login: String, _ day: String) throws -> [ReviewItem] {
            let d = CivilDate(iso: day)!
            return try GongkaiService(workspace: ws, actor: Actor(login: login, origin: "test"), today: { d }).reviewQueue()
        }
        // Freshly created columns are not stale yet.
        #expect(try queue("wang.cg", "2026-12-01").allSatisfy { $0.kind != .staleColumn })
        // Half a year later 城关镇's own sub-catalog columns with nothing new are listed for its officers only.
        let stale = try queue("wang.cg", "2027-06-01").filter { $0.kind == .staleColumn }
        #expect(!stale.isEmpty)
        #expect(stale.allSatisfy { $0.title.hasPrefix("部门乡镇信息公开/城关镇") })
        let other = try queue("zhao.edu", "2027-06-01").filter { $0.kind == .staleColumn }
        #expect(!other.isEmpty && other.allSatisfy { $0.title.hasPrefix("部门乡镇信息公开/县教育局") })
        #expect(Set(stale.map(\.id)).isDisjoint(with: other.map(\.id)))
    }
}

@Suite("目录统计 Catalog counts with undecided attributes")
struct CatalogCountNullTests {
    @Test func aColumnHoldingOnlyADocumentWithoutAttributeCountsZeroOverdue() throws {
        // Found through the inbox: 河西乡's draft without 公开属性 was the only document of its column,
        // and the column's overdue count came back NULL and crashed the read.
        let ws = try Workspace.inMemory()
        let admin = GongkaiService(workspace: ws, actor: Actor(login: "admin", origin: "test"), today: { pinnedToday })
        _ = try admin.initialize(demo: true, created: true)
        let late = CivilDate(iso: "2027-06-01")!
        let later = GongkaiService(workspace: ws, actor: Actor(login: "admin", origin: "test"), today: { late })
        let report = try later.catalogCheck()
        #expect(report.problems.contains { $0.kind == .staleColumn })
        #expect(try later.reviewQueue().count >= 0)
    }
}
