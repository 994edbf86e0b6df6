import Foundation
import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// Import binds one prepared statement per row and writes each application's clock columns from
/// the events it already parsed (issue 20): the stored rows must be exactly what registering the
/// events one by one leaves — the columns `ApplicationClockCache.refresh` computes from the stored
/// events, and the events numbered 1, 2, … in file order.
@Suite("导入的期限列 Imported clock columns")
struct ApplicationImportClockTests {
    @Test func importedColumnsEqualARefreshFromTheStoredEvents() throws {
        let f = try ReportFixture()
        let d = { (s: String) in CivilDate(iso: s)! }
        let records: [ImportedApplication] = [
            ImportedApplication(line: 2, application: NewApplication(received: d("2026-10-09"), channel: .online,
                applicantType: .naturalPerson, applicantName: "甲", content: "预算", unit: "edu")),
            ImportedApplication(line: 3, application: NewApplication(received: d("2026-03-02"), channel: .ordinaryMail,
                applicantType: .business, applicantName: "乙", content: "名单", unit: "hexi"),
                events: [.reply(d("2026-03-20"), outcome: .granted)]),
            ImportedApplication(line: 4, application: NewApplication(received: d("2026-06-01"), channel: .inPerson,
                applicantType: .research, applicantName: "丙", content: "数据", unit: "edu"),
                events: [.withdraw(d("2026-06-05"))]),
            ImportedApplication(line: 5, application: NewApplication(received: d("2026-11-02"), channel: .online,
                applicantType: .otherOrg, applicantName: "丁", content: "文件", unit: "edu"),
                events: [.extend(d("2026-11-20"), days: 20, approver: "王局长")]),
        ]
        let result = try f.service.importApplications(records, file: "台账.csv")
        #expect(result.count == 4)
        let columns = "phase, sortRank, sortDue, refreshOn, replied, outcome, withdrawn"
        let imported = try f.ws.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT id, \(columns) FROM application WHERE id IN (\(result.ids.map { "'\($0)'" }.joined(separator: ","))) ORDER BY id")
        }
        let refreshed = try f.ws.writer.write { db in
            let calendar = try GongkaiService.workdayCalendar(db)
            for id in result.ids { try ApplicationClockCache.refresh(db, id: id, calendar: calendar, today: f.service.today()) }
            return try Row.fetchAll(db, sql: "SELECT id, \(columns) FROM application WHERE id IN (\(result.ids.map { "'\($0)'" }.joined(separator: ","))) ORDER BY id")
        }
        #expect(imported == refreshed)
        #expect(Set(imported.map { $0["phase"] as String }) == ["processing", "replied", "withdrawn", "extended"])
        for (record, id) in zip(records, result.ids) {
            let stored = try f.service.application(id: id).events
            #expect(stored.map(\.seq) == Array(0..<record.events.count).map { $0 + 1 })
            #expect(stored.map(\.event) == record.events)
        }
    }
}
