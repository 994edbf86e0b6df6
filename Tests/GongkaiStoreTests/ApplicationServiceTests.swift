import Foundation
import GRDB
import GongkaiTestSupport
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

private func d(_ s: String) -> CivilDate { CivilDate(iso: s)! }

/// A service over an empty workspace (county office only) with a pinned today.
private func emptyService(today: String = "2026-11-27") throws -> GongkaiService {
    let pinned = d(today)
    let ws = try seededWorkspace(demo: false, by: "li.ming", on: pinned)
    return GongkaiService(workspace: ws, actor: Actor(login: "li.ming", origin: "test"), today: { pinned })
}

private func request(_ received: String, name: String = "张三", content: String = "申请公开某项目预算",
                     unit: String? = nil) -> NewApplication {
    NewApplication(received: d(received), channel: .online, applicantType: .naturalPerson,
                   applicantName: name, content: content, unit: unit, idNumber: "110101199003071234",
                   contact: "13800000001", formWanted: "电子邮件")
}

private func auditCount(_ s: GongkaiService, _ action: String? = nil) throws -> Int {
    try s.workspace.writer.read { db in
        if let action {
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM auditLog WHERE action = ?", arguments: [action]) ?? 0
        }
        return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM auditLog") ?? 0
    }
}

private func eventCount(_ s: GongkaiService) throws -> Int {
    try s.workspace.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM applicationEvent") ?? 0 }
}

@Suite("申请登记与办理 Application service")
struct ApplicationServiceTests {
    @Test func idsFollowTheYearOfReceiptAndTheDomainExampleDueDate() throws {
        let s = try emptyService()
        let a = try s.addApplication(request("2025-09-26"))
        #expect(a.id == "A2025-0001")
        // C1: received 2025-09-26 → reply due 2025-10-30 (国庆 and 调休 2025-09-28 / 10-11 counted right).
        #expect(a.due == d("2025-10-30"))
        #expect(a.state == .overdue)            // today is pinned at 2026-11-27
        #expect(a.idNumber == "**************1234")
        #expect(a.derivation.makeUpWorkdays == [d("2025-09-28"), d("2025-10-11")])
        #expect(a.derivation.skipped.contains(SkippedDay(date: d("2025-10-08"), reason: .holiday)))
        #expect(try s.addApplication(request("2025-12-31")).id == "A2025-0002")
        #expect(try s.addApplication(request("2026-01-05")).id == "A2026-0001")
        #expect(try s.addApplication(request("2026-11-20")).id == "A2026-0002")
        #expect(try auditCount(s, "application.add") == 4)
        // Personal data stays out of the audit log.
        let after = try s.workspace.writer.read { db in
            try String.fetchAll(db, sql: "SELECT after FROM auditLog WHERE action = 'application.add'")
        }
        #expect(!after.joined().contains("张三") && !after.joined().contains("1234"))
    }

    @Test func idsContinueAfterTheDemoApplications() throws {
        let s = try demoService()
        #expect(try s.addApplication(request("2026-11-20")).id == "A2026-0007")
    }

    @Test func refusesEmptyFieldsFutureReceiptAndUnknownUnit() throws {
        let s = try emptyService()
        #expect(throws: ServiceError.missingField("申请人姓名或名称")) { try s.addApplication(request("2026-11-20", name: "  ")) }
        #expect(throws: ServiceError.receivedInFuture(received: d("2026-11-28"), today: d("2026-11-27"))) {
            try s.addApplication(request("2026-11-28"))
        }
        // One unit resolver: a name matching nothing is refused with the candidates listed.
        let error = #expect(throws: ServiceError.self) { try s.addApplication(request("2026-11-20", unit: "不存在局")) }
        guard case .unitNotResolved(let ref, let candidates)? = error else { Issue.record("\(String(describing: error))"); return }
        #expect(ref == "不存在局")
        #expect(candidates.count == 1 && candidates[0].hasPrefix("县人民政府办公室"))
        #expect(error?.chineseMessage.contains("可选：县人民政府办公室") == true)
        #expect(try s.listApplications(ApplicationQuery()).total == 0)
        #expect(try auditCount(s, "application.add") == 0)
    }

    @Test func consultationPausesTheClockAndAReplyDuringItChangesNothing() throws {
        let s = try emptyService()
        let id = try s.addApplication(request("2026-11-02")).id
        let open = try s.recordEvent(applicationId: id, .consultStart(d("2026-11-20"), party: .thirdParty))
        #expect(open.state == .consulting)
        #expect(open.due == nil)
        // The consultee's own deadline: 15 working days after 2026-11-20 (C2).
        #expect(open.clock.consultDeadline == WorkdayCalendar.builtIn.addWorkdays(from: d("2026-11-20"), days: 15).due)
        // JSON carries "due": null while paused.
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys]
        let json = String(decoding: try enc.encode(open), as: UTF8.self)
        #expect(json.contains("\"due\":null"))
        #expect(json.contains("\"workdaysLeft\":null"))

        let events = try eventCount(s), audits = try auditCount(s)
        expectRefused(.deadline) {
            try s.recordEvent(applicationId: id, .reply(d("2026-11-25"), outcome: .granted))
        }
        #expect(try eventCount(s) == events)
        #expect(try auditCount(s) == audits)
        // C2: the answer on 2026-11-26 ends the pause; the 4 working days 11-23..11-26 are not counted.
        let resumed = try s.recordEvent(applicationId: id, .consultEnd(d("2026-11-26")))
        #expect(resumed.state == .processing)
        #expect(resumed.derivation.pausedRanges.first?.pausedWorkdays == 4)
        #expect(resumed.derivation.pausedRanges.first?.endedBy == .answered)
        let plain = WorkdayCalendar.builtIn.addWorkdays(from: d("2026-11-02"), days: 20).due
        #expect(resumed.due == WorkdayCalendar.builtIn.addWorkdays(from: plain, days: 4).due)
        #expect(resumed.derivation.skipped.filter { $0.reason == .paused }.map(\.date)
                == [d("2026-11-23"), d("2026-11-24"), d("2026-11-25"), d("2026-11-26")])
    }

    @Test func refusesEventsBeforeReceiptFutureEventsAndUnknownApplications() throws {
        let s = try emptyService()
        let id = try s.addApplication(request("2026-11-10")).id
        #expect(throws: ServiceError.deadline(.eventBeforeReceipt(date: d("2026-11-09"), received: d("2026-11-10")))) {
            try s.recordEvent(applicationId: id, .withdraw(d("2026-11-09")))
        }
        #expect(throws: ServiceError.deadline(.eventInFuture(date: d("2026-11-30"), today: d("2026-11-27")))) {
            try s.recordEvent(applicationId: id, .withdraw(d("2026-11-30")))
        }
        #expect(throws: ServiceError.unknownApplication("A2026-9999")) {
            try s.recordEvent(applicationId: "A2026-9999", .withdraw(d("2026-11-20")))
        }
        #expect(try eventCount(s) == 0)
        #expect(try auditCount(s, "application.event") == 0)
    }

    @Test func extensionsAreLimitedToTwentyDaysAndRefusedAfterTheDueDate() throws {
        let s = try emptyService()
        let id = try s.addApplication(request("2026-11-02")).id
        let first = try s.recordEvent(applicationId: id, .extend(d("2026-11-20"), days: 15, approver: "刘主任"))
        #expect(first.state == .extended)
        #expect(first.derivation.countedDays == 35)
        #expect(throws: ServiceError.deadline(.extensionTotalExceeded(already: 15, requested: 6))) {
            try s.recordEvent(applicationId: id, .extend(d("2026-11-23"), days: 6, approver: "刘主任"))
        }
        let late = try s.addApplication(request("2026-10-08")).id
        let due = try s.application(id: late).due!
        #expect(throws: ServiceError.deadline(.extensionAfterDue(date: due.adding(days: 1), due: due))) {
            try s.recordEvent(applicationId: late, .extend(due.adding(days: 1), days: 5, approver: "刘主任"))
        }
    }

    @Test func clarificationRestartsTheClockFromTheCorrection() throws {
        let s = try emptyService()
        let id = try s.addApplication(request("2026-11-02")).id
        let waiting = try s.recordEvent(applicationId: id, .clarifyRequest(d("2026-11-04"), correctionDue: d("2026-11-18")))
        #expect(waiting.state == .awaitingCorrection)
        #expect(waiting.due == nil)
        #expect(waiting.clock.correctionDue == d("2026-11-18"))
        let restarted = try s.recordEvent(applicationId: id, .clarifyReceived(d("2026-11-16")))
        #expect(restarted.clock.clockStart == d("2026-11-16"))
        #expect(restarted.due == WorkdayCalendar.builtIn.addWorkdays(from: d("2026-11-16"), days: 20).due)
    }

    @Test func replyAndWithdrawKeepTheLedgerColumnsAndPendingCountConsistent() throws {
        let s = try emptyService()
        let a = try s.addApplication(request("2026-11-02")).id
        let b = try s.addApplication(request("2026-11-03")).id
        #expect(try s.overview().pending == 2)
        _ = try s.recordEvent(applicationId: a, .reply(d("2026-11-20"), outcome: .withheldThirdParty))
        _ = try s.recordEvent(applicationId: b, .withdraw(d("2026-11-21")))
        #expect(try s.overview().pending == 0)
        let legacy = try s.applications(offset: 0, limit: 10).first { $0.id == a }
        #expect(legacy?.replied == d("2026-11-20") && legacy?.outcome == .withheldThirdParty)
        #expect(try s.application(id: b).state == .withdrawn)
        expectRefused(.deadline) { try s.recordEvent(applicationId: a, .withdraw(d("2026-11-25"))) }
        #expect(try auditCount(s, "application.event") == 2)
    }

    @Test func listIsSortedByUrgencyAndFilters() throws {
        let s = try emptyService()
        let overdue = try s.addApplication(request("2026-10-08", name: "甲", content: "征地补偿")).id
        let soon = try s.addApplication(request("2026-10-30", name: "乙", content: "学校布局")).id
        let later = try s.addApplication(request("2026-11-20", name: "丙", content: "道路规划", unit: "县人民政府办公室")).id
        let consulting = try s.addApplication(request("2026-11-18", name: "丁", content: "环评报告")).id
        _ = try s.recordEvent(applicationId: consulting, .consultStart(d("2026-11-20"), party: .agency))
        let replied = try s.addApplication(request("2026-11-02", name: "戊", content: "低保名单")).id
        _ = try s.recordEvent(applicationId: replied, .reply(d("2026-11-10"), outcome: .granted))

        let all = try s.listApplications(ApplicationQuery())
        #expect(all.items.map(\.id) == [overdue, soon, later, consulting, replied])
        #expect(all.items[0].state == .overdue && all.items[0].workdaysLeft! < 0)
        #expect(all.items[0].applicantName == "甲*")
        #expect(all.items[3].due == nil && all.items[3].consultDeadline != nil)

        #expect(try s.listApplications(ApplicationQuery(state: .overdue)).items.map(\.id) == [overdue])
        #expect(try s.listApplications(ApplicationQuery(overdue: true)).items.map(\.id) == [overdue])
        #expect(try s.listApplications(ApplicationQuery(state: .processing)).items.map(\.id) == [soon, later])
        #expect(try s.listApplications(ApplicationQuery(state: .consulting)).items.map(\.id) == [consulting])
        #expect(try s.listApplications(ApplicationQuery(state: .replied)).items.map(\.id) == [replied])
        let soonLeft = all.items[1].workdaysLeft!
        #expect(try s.listApplications(ApplicationQuery(dueWithin: soonLeft)).items.map(\.id) == [soon])
        #expect(try s.listApplications(ApplicationQuery(dueWithin: soonLeft, overdue: true)).items.map(\.id) == [overdue, soon])
        #expect(try s.listApplications(ApplicationQuery(search: "环评")).items.map(\.id) == [consulting])
        #expect(try s.listApplications(ApplicationQuery(search: "乙")).items.map(\.id) == [soon])
        #expect(try s.listApplications(ApplicationQuery(search: "100%")).total == 0)
        #expect(try s.listApplications(ApplicationQuery(unit: "county-office")).total == 5)
        let page = try s.listApplications(ApplicationQuery(offset: 1, limit: 2))
        #expect(page.total == 5 && page.items.map(\.id) == [soon, later])
    }

    @Test func anOpenConsultationThatRunsOutIsListedByTodaysClockWithoutAWrite() throws {
        let ws = try Workspace.inMemory()
        let clock = PinnedDay(d("2026-11-02"))
        let s = GongkaiService(workspace: ws, actor: Actor(login: "li", origin: "test"), today: { clock.day })
        _ = try s.initialize(demo: false, created: true)
        let id = try s.addApplication(request("2026-10-09")).id
        _ = try s.recordEvent(applicationId: id, .consultStart(d("2026-11-02"), party: .thirdParty))
        #expect(try s.listApplications(ApplicationQuery(state: .consulting)).total == 1)
        let before = try auditCount(s)
        clock.day = d("2027-01-04")    // long past the 15 working days and the resumed due date
        let list = try s.listApplications(ApplicationQuery())
        #expect(list.items.first?.state == .overdue)
        #expect(try s.listApplications(ApplicationQuery(state: .overdue)).total == 1)
        #expect(try auditCount(s, "application.clock-refresh") == 0)
        #expect(try auditCount(s) == before)
    }
}

/// A mutable "today" for tests that let time pass.
final class PinnedDay: @unchecked Sendable {
    var day: CivilDate
    init(_ day: CivilDate) { self.day = day }
}

@Suite("迁移 Migrating a v1 workspace")
struct ApplicationMigrationTests {
    @Test func existingApplicationsGetReplyEventsAndSortKeys() throws {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue, upTo: "v1-meta")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO unit (id, name, kind, isCountyOffice, createdAt) VALUES ('county-office', '县人民政府办公室', 'county', 1, 'x');
                INSERT INTO application (id, applicantType, applicantName, channel, received, content, unitId, replied, outcome, createdAt)
                VALUES ('A2025-0001', 'natural-person', '张三', 'online', '2025-09-26', '甲', 'county-office', '2025-10-20', 'granted', 'x'),
                       ('A2025-0002', 'natural-person', '李四', 'online', '2025-09-26', '乙', 'county-office', NULL, NULL, 'x');
                """)
        }
        try Schema.migrator.migrate(queue)
        try queue.write { db in   // a registered officer of the county office reads it
            try db.execute(sql: "INSERT INTO officer (login, name, unitId, role, createdAt) VALUES ('li', '李', 'county-office', 'clerk', 'x')")
        }
        let ws = Workspace(path: ":memory:", writer: queue)
        let s = GongkaiService(workspace: ws, actor: Actor(login: "li", origin: "test"), today: { pinnedToday })
        let replied = try s.application(id: "A2025-0001")
        #expect(replied.state == .replied && replied.events.map(\.event.kind) == [.reply])
        #expect(replied.events.first?.actor == "migration")
        let list = try s.listApplications(ApplicationQuery())
        #expect(list.items.map(\.id) == ["A2025-0002", "A2025-0001"])
        #expect(list.items.first?.due == CivilDate(iso: "2025-10-30"))
        #expect(try s.listApplications(ApplicationQuery(overdue: true)).items.map(\.id) == ["A2025-0002"])
    }
}

@Suite("工作日历 Calendar in the store")
struct CalendarServiceTests {
    static let year2027 = """
        {"year":2027,"notice":"国务院办公厅关于2027年部分节假日安排的通知","noticeDate":"2026-11-10",
         "daysOff":["2027-01-01","2027-02-05..2027-02-11"],"makeUpWorkdays":["2027-02-14"]}
        """

    @Test func addWorkdaysMatchesTheDomainExample() throws {
        let s = try emptyService()
        let r = try s.addWorkdays(from: d("2025-09-26"), days: 20)
        #expect(r.due == d("2025-10-30") && !r.provisional)
        expectRefused(.invalidValue) { try s.addWorkdays(from: d("2025-09-26"), days: -1) }
    }

    @Test func importingAMissingYearIsAuditedAndRecomputesOpenItems() throws {
        let s = try emptyService(today: "2026-12-28")
        let id = try s.addApplication(request("2026-12-28")).id
        let before = try s.application(id: id)
        #expect(before.clock.provisional && before.clock.missingYears == [2027])
        #expect(try s.calendarYear(2027).source == .missing)
        #expect(try s.calendarYear(2027).estimatedHolidays.isEmpty == false)

        let report = try s.importArrangement(try HolidayArrangement.fromJSON(Data(Self.year2027.utf8)))
        #expect(report.replaced == .missing && report.recomputedOpenApplications == 1)
        let after = try s.application(id: id)
        #expect(!after.clock.provisional)
        // 2027-01-01 is now a holiday: one more day is skipped, so the due date moves one working day on.
        #expect(after.due! > before.due!)
        #expect(after.derivation.skipped.contains(SkippedDay(date: d("2027-01-01"), reason: .holiday)))
        let year = try s.calendarYear(2027)
        #expect(year.source == .imported && year.daysOff == ["2027-01-01", "2027-02-05..2027-02-11"])
        #expect(year.importedBy == "li.ming")
        #expect(try auditCount(s, "calendar.import") == 1)
    }

    @Test func aStoredYearReplacesTheBuiltInOne() throws {
        let s = try emptyService()
        let json = """
            {"year":2026,"notice":"更正","noticeDate":"2025-11-04","daysOff":["2026-01-01"],"makeUpWorkdays":[]}
            """
        let report = try s.importArrangement(try HolidayArrangement.fromJSON(Data(json.utf8)))
        #expect(report.replaced == .builtIn)
        #expect(try s.calendarYear(2026).source == .imported)
        #expect(try s.workdayCalendar().isWorkday(d("2026-02-16")))    // 春节 removed by the correction
        let again = try s.importArrangement(try HolidayArrangement.fromJSON(Data(json.utf8)))
        #expect(again.replaced == .imported)
        #expect(try s.calendarYear(2025).source == .builtIn)
    }
}
