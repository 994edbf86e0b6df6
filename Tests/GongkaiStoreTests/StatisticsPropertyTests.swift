import Foundation
import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

private func d(_ s: String) -> CivilDate { CivilDate(iso: s)! }

/// The statistics the store aggregates in SQL (GROUP BY, the working-day ordinals, the clock
/// replayed only for applications with a pause) equal Core's record-by-record computation
/// (`YearStatistics.compute`) for random applications with random histories — replies on time and
/// late, extensions, corrections, consultations, withdrawals — in every year they touch, county-wide
/// and per unit (a seeded generator, so a failure reproduces).
@Suite("统计与逐件计算 Statistics against the record-by-record reference")
struct StatisticsPropertyTests {
    typealias Generator = SeededGenerator

    @Test func sqlAggregatesEqualTheRecordByRecordComputation() throws {
        let f = try ReportFixture()
        try f.ws.writer.write { db in
            try db.execute(sql: "DELETE FROM applicationEvent")
            try db.execute(sql: "DELETE FROM application")
        }
        let s = f.service, today = s.today()
        var g = Generator(state: 2026_1207)
        var records: [(unit: String, app: StatisticsInput.Application)] = []
        for _ in 0..<100 {
            let received = d("2024-06-01").adding(days: Int.random(in: 0...900, using: &g))
            guard received <= today else { continue }
            let unit = Bool.random(using: &g) ? "edu" : "hexi"
            let id = try f.add(received.iso, .naturalPerson, unit: unit)
            var day = received
            var accepted: [ApplicationEvent] = []
            for _ in 0..<Int.random(in: 0...4, using: &g) {
                day = day.adding(days: Int.random(in: 0...18, using: &g))
                guard day <= today else { break }
                let event: ApplicationEvent
                switch Int.random(in: 0..<10, using: &g) {
                case 0: event = .extend(day, days: Int.random(in: 1...20, using: &g), approver: "王主任")
                case 1: event = .clarifyRequest(day, correctionDue: day.adding(days: 15))
                case 2: event = .clarifyReceived(day)
                case 3: event = .consultStart(day, party: ConsultParty.allCases.randomElement(using: &g)!)
                case 4: event = .consultEnd(day)
                case 5: event = .withdraw(day)
                default: event = .reply(day, outcome: .granted)
                }
                // A history the door refuses is not recorded, as an officer could not record it.
                if (try? s.recordEvent(applicationId: id, event)) != nil { accepted.append(event) }
            }
            records.append((unit, .init(received: received, events: accepted)))
        }
        let calendar = try f.ws.writer.read { db in try GongkaiService.workdayCalendar(db) }
        var checked = 0
        for year in [2024, 2025, 2026] {
            for unit in [nil, "edu", "hexi"] as [String?] {
                let stats = try s.yearStatistics(year: year, unit: unit ?? "全县")
                let mine = records.filter { unit == nil || $0.unit == unit }.map(\.app)
                let reference = YearStatistics.compute(year: year, today: today, applications: mine, interpretations: [],
                                                       documents: [], calendar: calendar)
                #expect(stats.months == reference.months, "\(year) \(unit ?? "county")")
                #expect(stats.overdue == reference.overdue, "\(year) \(unit ?? "county")")
                // 补正告知超期 (C9): the first notice, sent in the year, after the 7th working day.
                let late = mine.filter { a in
                    guard let first = a.events.first(where: { $0.kind == .clarifyRequest }), first.date.year == year else { return false }
                    return first.date > calendar.addWorkdays(from: a.received, days: DeadlineClock.clarifyNoticeDays).due
                }.count
                #expect(stats.lateClarifyNotices == late, "\(year) \(unit ?? "county")")
                checked += 1
            }
        }
        #expect(checked == 9)
        #expect(records.filter { !$0.app.events.isEmpty }.count > 40)
        #expect(records.contains { $0.app.events.contains { $0.kind == .extend } })
        #expect(records.contains { $0.app.events.contains { $0.kind == .clarifyRequest } })
    }
}
