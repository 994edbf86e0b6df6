import Foundation
import Testing
@testable import GongkaiCore

@Suite struct PublicationClockTests {
    let cal = WorkdayCalendar.builtIn

    @Test("formed 2025-09-26 → due 2025-10-30 across 国庆 2025 (C1)")
    func acrossNationalDay() throws {
        let s = try #require(PublicationClock.status(formed: docDay("2025-09-26"), published: nil,
                                                     attribute: .proactive, today: docDay("2025-09-30"),
                                                     calendar: cal))
        #expect(s.due == docDay("2025-10-30"))
        #expect(!s.overdue && !s.publishedLate && !s.provisional && s.missingYears.isEmpty)
        // (09-30, 10-30]: 10-01..10-08 off, 10-11 a make-up Saturday counted, weekends skipped:
        // 20 minus the three already counted (09-28 make-up Sunday, 09-29, 09-30).
        #expect(s.workdaysLeft == 17)
    }

    @Test("the due day itself is still on time; the day after is overdue")
    func dueDayBoundary() throws {
        let onDue = try #require(PublicationClock.status(formed: docDay("2025-09-26"), published: nil,
                                                         attribute: .proactive, today: docDay("2025-10-30"), calendar: cal))
        #expect(onDue.workdaysLeft == 0 && !onDue.overdue)
        let after = try #require(PublicationClock.status(formed: docDay("2025-09-26"), published: nil,
                                                         attribute: .proactive, today: docDay("2025-10-31"), calendar: cal))
        #expect(after.overdue && after.workdaysLeft == -1)
        // A Saturday: no further working day has passed since Friday, still overdue.
        let sat = try #require(PublicationClock.status(formed: docDay("2025-09-26"), published: nil,
                                                       attribute: .proactive, today: docDay("2025-11-01"), calendar: cal))
        #expect(sat.overdue && sat.workdaysLeft == -1)
    }

    @Test("published on the due date is on time; a day later is late; no countdown once published")
    func published() throws {
        let onTime = try #require(PublicationClock.status(formed: docDay("2025-09-26"), published: docDay("2025-10-30"),
                                                          attribute: .proactive, today: docDay("2025-12-01"), calendar: cal))
        #expect(!onTime.publishedLate && !onTime.overdue && onTime.workdaysLeft == nil)
        let late = try #require(PublicationClock.status(formed: docDay("2025-09-26"), published: docDay("2025-10-31"),
                                                        attribute: .proactive, today: docDay("2025-12-01"), calendar: cal))
        #expect(late.publishedLate && !late.overdue)
    }

    @Test("a year with no arrangement (2027) makes the due date provisional (C5)")
    func missingYear() throws {
        let s = try #require(PublicationClock.status(formed: docDay("2026-12-15"), published: nil,
                                                     attribute: .proactive, today: docDay("2026-12-16"), calendar: cal))
        // Weekdays only in 2027: 12 working days to 12-31, then 01-01 (a Friday, not guessed as 元旦), 01-04..08, 01-11, 01-12.
        #expect(s.due == docDay("2027-01-12"))
        #expect(s.provisional && s.missingYears == [2027])
        let all2027 = try #require(PublicationClock.status(formed: docDay("2027-03-01"), published: nil,
                                                           attribute: .proactive, today: docDay("2027-03-01"), calendar: cal))
        #expect(all2027.provisional && all2027.missingYears == [2027])
        #expect(all2027.due == docDay("2027-03-29"))
        // Entering 2027 removes the marker.
        let a2027 = try HolidayArrangement(year: 2027, notice: "测试用 2027 年安排", noticeDate: docDay("2026-11-10"),
                                           daysOff: [docDay("2027-01-01")], makeUpWorkdays: [])
        let with2027 = cal.merging([a2027])
        let fixed = try #require(PublicationClock.status(formed: docDay("2026-12-15"), published: nil,
                                                         attribute: .proactive, today: docDay("2026-12-16"), calendar: with2027))
        #expect(!fixed.provisional && fixed.due == docDay("2027-01-13"))
    }

    @Test("only 主动公开 documents have the clock", arguments: [DisclosureAttribute.onRequest, .withheld, nil])
    func onlyProactive(attribute: DisclosureAttribute?) {
        #expect(PublicationClock.status(formed: docDay("2025-09-26"), published: nil, attribute: attribute,
                                        today: docDay("2025-12-01"), calendar: cal) == nil)
    }

    @Test("from a document-list row; JSON carries ISO dates")
    func fromSummary() throws {
        let doc = DocumentSummary(id: "D1", title: "关于印发X县义务教育实施方案的通知", docNumber: "X政发〔2025〕9号",
                                  type: .normative, attribute: .proactive, state: .approved, unitId: "jyj",
                                  unitName: "县教育局", formed: docDay("2025-09-26"), published: nil)
        let s = try #require(PublicationClock.status(of: doc, today: docDay("2025-11-03"), calendar: cal))
        #expect(s.overdue)
        let json = String(decoding: try JSONEncoder().encode(s), as: UTF8.self)
        #expect(json.contains("\"due\":\"2025-10-30\""))
    }
}
