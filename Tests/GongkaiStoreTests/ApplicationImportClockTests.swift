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
        // One audit entry per record, naming it, all with the time of the one transaction.
        let entries = try f.ws.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT item, at, after FROM auditLog WHERE action = 'application.import' ORDER BY id")
        }
        #expect(entries.map { $0["item"] as String } == result.ids)
        #expect(Set(entries.map { $0["at"] as String }).count == 1)
        #expect(entries.first?["after"] as String? == AuditLog.json(GongkaiService.ImportAudit(
            file: "台账.csv", line: 2, received: "2026-10-09", unitId: "edu", events: [])))
        for (record, id) in zip(records, result.ids) {
            let stored = try f.service.application(id: id).events
            #expect(stored.map(\.seq) == Array(0..<record.events.count).map { $0 + 1 })
            #expect(stored.map(\.event) == record.events)
        }
    }

    /// Random ledgers: each history is registered row by row through the door (`addApplication`,
    /// then `recordEvent` per event, an event the door refuses left out), and the same
    /// application with the events the door accepted is imported. Every stored column and event of
    /// the imported application equals the one registered row by row (but the id and the times).
    @Test func importedRowsEqualRegisteringRowByRow() throws {
        let f = try ReportFixture()
        let s = f.service, today = s.today()
        var g = SeededGenerator(state: 2026_1207_20)
        var pairs: [(registered: String, record: ImportedApplication)] = []
        for n in 0..<120 {
            let received = CivilDate(iso: "2025-09-01")!.adding(days: Int.random(in: 0...440, using: &g))
            guard received <= today else { continue }
            let app = NewApplication(received: received, channel: ReceiptChannel.allCases.randomElement(using: &g)!,
                                     applicantType: ApplicantType.allCases.randomElement(using: &g)!,
                                     applicantName: " 申请人\(n) ", content: "申请公开第 \(n) 项信息\n",
                                     unit: Bool.random(using: &g) ? "edu" : "hexi",
                                     contact: n % 3 == 0 ? "1380000\(n)" : nil)
            let id = try s.addApplication(app).id
            var day = received, accepted: [ApplicationEvent] = []
            for _ in 0..<Int.random(in: 0...4, using: &g) {
                day = day.adding(days: Int.random(in: 0...15, using: &g))
                guard day <= today else { break }
                let event: ApplicationEvent
                switch Int.random(in: 0..<9, using: &g) {
                case 0: event = .extend(day, days: Int.random(in: 1...20, using: &g), approver: "王主任")
                case 1: event = .clarifyRequest(day, correctionDue: day.adding(days: 20))
                case 2: event = .clarifyReceived(day)
                case 3: event = .consultStart(day, party: ConsultParty.allCases.randomElement(using: &g)!)
                case 4: event = .consultEnd(day)
                case 5: event = .withdraw(day)
                default: event = .reply(day, outcome: [.granted, .partiallyGranted, .unavailableNotHeld].randomElement(using: &g)!)
                }
                if (try? s.recordEvent(applicationId: id, event)) != nil { accepted.append(event) }
            }
            pairs.append((id, ImportedApplication(line: n + 2, application: app, events: accepted)))
        }
        let result = try s.importApplications(pairs.map(\.record), file: "台账.csv")
        #expect(result.count == pairs.count)
        let skip: Set<String> = ["id", "createdAt", "updatedAt"]
        func row(_ id: String) throws -> [String: DatabaseValue] {
            try f.ws.writer.read { db in
                let r = try Row.fetchOne(db, sql: "SELECT * FROM application WHERE id = ?", arguments: [id])!
                return Dictionary(uniqueKeysWithValues: r.columnNames.filter { !skip.contains($0) }.map { ($0, r[$0] as DatabaseValue) })
            }
        }
        var phases: Set<String> = []
        for ((registered, _), imported) in zip(pairs, result.ids) {
            let expected = try row(registered), got = try row(imported)
            #expect(got == expected, "\(imported) vs \(registered)")
            phases.insert(String(describing: got["phase"]!))
            let a = try s.application(id: registered).events.map { ($0.seq, $0.event) }
            let b = try s.application(id: imported).events.map { ($0.seq, $0.event) }
            #expect(a.map(\.0) == b.map(\.0))
            #expect(a.map(\.1) == b.map(\.1))
        }
        // The ledgers reach open, extended, replied and withdrawn applications.
        #expect(phases.count >= 4, "\(phases)")
    }
}
