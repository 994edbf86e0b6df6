import Testing
@testable import GongkaiCore

@Suite struct WorkdayCalendarTests {
    let cal = WorkdayCalendar.builtIn

    @Test("DOMAIN C1 example: received 2025-09-26 → due 2025-10-30")
    func domainExample() {
        let r = cal.addWorkdays(from: d("2025-09-26"), days: 20)
        #expect(r.due == d("2025-10-30"))
        #expect(r.from == d("2025-09-26"))
        #expect(r.days == 20)
        #expect(!r.provisional)
        #expect(r.missingYears.isEmpty)
        let holidays = r.skipped.filter { $0.reason == .holiday }.map(\.date)
        let weekends = r.skipped.filter { $0.reason == .weekend }.map(\.date)
        #expect(holidays == days("2025-10-01", "2025-10-08"))
        #expect(weekends == ["2025-09-27", "2025-10-12", "2025-10-18", "2025-10-19", "2025-10-25", "2025-10-26"].map(d))
        // 09-28 and 10-11 are 调休 make-up days: counted, so not in skipped.
        #expect(!r.skipped.contains { $0.date == d("2025-09-28") || $0.date == d("2025-10-11") })
        // Every day in (from, due] is either counted or skipped.
        #expect(r.from.days(to: r.due) == r.days + r.skipped.count)
    }

    @Test("C1: the start day is not counted, even when it is a working day")
    func startNotCounted() {
        #expect(cal.addWorkdays(from: d("2025-03-03"), days: 1).due == d("2025-03-04"))
        #expect(cal.addWorkdays(from: d("2025-03-07"), days: 1).due == d("2025-03-10")) // Fri → Mon
        #expect(cal.addWorkdays(from: d("2025-03-08"), days: 1).due == d("2025-03-10")) // Sat → Mon
        #expect(cal.addWorkdays(from: d("2025-03-03"), days: 0).due == d("2025-03-03"))
        #expect(cal.addWorkdays(from: d("2025-03-03"), days: -3).days == 0)
    }

    @Test("year boundary: 2023-12-29 + 1 working day → 2024-01-02")
    func yearBoundary() {
        let r = cal.addWorkdays(from: d("2023-12-29"), days: 1)
        #expect(r.due == d("2024-01-02"))
        #expect(r.skipped == [SkippedDay(date: d("2023-12-30"), reason: .holiday),
                              SkippedDay(date: d("2023-12-31"), reason: .holiday),
                              SkippedDay(date: d("2024-01-01"), reason: .holiday)])
        #expect(!r.provisional)
    }

    @Test("a make-up Sunday counts: 2026-01-02 (holiday Fri) + 1 → 2026-01-04 (Sun)")
    func makeUpSundayCounts() {
        #expect(cal.addWorkdays(from: d("2026-01-02"), days: 1).due == d("2026-01-04"))
        #expect(cal.addWorkdays(from: d("2026-02-13"), days: 1).due == d("2026-02-14"))
        #expect(cal.addWorkdays(from: d("2026-02-14"), days: 1).due == d("2026-02-24"))
    }

    @Test("C5: 2027 has no arrangement → Monday–Friday only, provisional, missingYears [2027]")
    func missingYear() {
        #expect(!cal.hasArrangement(year: 2027))
        #expect(cal.dayKind(d("2027-01-01")) == .workday)      // Friday, 元旦 not guessed
        #expect(cal.dayKind(d("2027-02-08")) == .workday)      // 春节 not guessed either
        #expect(cal.dayKind(d("2027-02-06")) == .weekend)
        let r = cal.addWorkdays(from: d("2026-12-31"), days: 1)
        #expect(r.due == d("2027-01-01"))
        #expect(r.provisional)
        #expect(r.missingYears == [2027])
        // 20 days from 2027-02-01 (Mon): four plain weeks, straight through 春节.
        let s = cal.addWorkdays(from: d("2027-02-01"), days: 20)
        #expect(s.due == d("2027-03-01"))
        #expect(!s.skipped.isEmpty && s.skipped.allSatisfy { $0.reason == .weekend })
        #expect(s.missingYears == [2027])
        #expect(cal.missingYears(from: d("2025-06-01"), to: d("2028-01-05")) == [2027, 2028])
        #expect(cal.missingYears(from: 2022, to: 2024) == [2022])
    }

    @Test("a result entirely in covered years is not provisional")
    func coveredNotProvisional() {
        let r = cal.addWorkdays(from: d("2026-11-01"), days: 20)
        #expect(r.due == d("2026-11-27"))
        #expect(!r.provisional)
        #expect(r.missingYears == [])
    }

    @Test("pauses remove working days only; a holiday inside a pause stays a holiday")
    func pausesAcrossNationalDay() {
        // Consultation sent 2025-09-25, answered 2025-10-14: the working days in (S, E] are paused.
        let paused = Set(cal.workdays(after: d("2025-09-25"), through: d("2025-10-14")))
        #expect(paused == Set(["2025-09-26", "2025-09-28", "2025-09-29", "2025-09-30", "2025-10-09",
                               "2025-10-10", "2025-10-11", "2025-10-13", "2025-10-14"].map(d)))
        let r = cal.addWorkdays(from: d("2025-09-22"), days: 20, pausedWorkdays: paused)
        #expect(r.due == d("2025-11-06"))
        #expect(r.skipped.filter { $0.reason == .paused }.map(\.date) == paused.sorted())
        #expect(r.skipped.filter { $0.reason == .holiday }.map(\.date) == days("2025-10-01", "2025-10-08"))
        #expect(r.skipped.contains(SkippedDay(date: d("2025-09-27"), reason: .weekend)))
        // Without the pause the same application is due two weeks earlier.
        #expect(cal.addWorkdays(from: d("2025-09-22"), days: 20).due == d("2025-10-24"))
    }

    @Test("workdaysBetween: working days left, negative when past")
    func workdaysBetween() {
        #expect(cal.workdaysBetween(after: d("2025-10-28"), through: d("2025-10-30")) == 2)
        #expect(cal.workdaysBetween(after: d("2025-10-30"), through: d("2025-10-30")) == 0)
        #expect(cal.workdaysBetween(after: d("2025-11-03"), through: d("2025-10-30")) == -2)
        #expect(cal.workdaysBetween(after: d("2025-09-30"), through: d("2025-10-09")) == 1)
        #expect(cal.workdaysBetween(after: d("2025-09-26"), through: d("2025-10-30")) == 20)
    }

    @Test("an admin arrangement for 2027 makes 2027 covered and replaces nothing else")
    func merging() throws {
        let a2027 = try HolidayArrangement.validated(
            year: 2027, notice: "测试用安排", noticeDate: "2026-11-10",
            daysOff: ["2027-01-01..2027-01-03", "2027-02-05..2027-02-11"],
            makeUpWorkdays: ["2027-02-20"])
        let merged = cal.merging([a2027])
        #expect(merged.hasArrangement(year: 2027))
        #expect(merged.coveredYears == [2023, 2024, 2025, 2026, 2027])
        #expect(merged.dayKind(d("2027-02-08")) == .holiday)
        #expect(merged.dayKind(d("2027-02-20")) == .makeUpWorkday)
        let r = merged.addWorkdays(from: d("2026-12-31"), days: 1)
        #expect(r.due == d("2027-01-04"))
        #expect(!r.provisional)
        // The built-in calendar itself is untouched.
        #expect(!cal.hasArrangement(year: 2027))
    }

    @Test("a later arrangement for the same year replaces the earlier one")
    func replacement() throws {
        let corrected = try HolidayArrangement.validated(
            year: 2025, notice: "测试更正", noticeDate: "2024-11-12",
            daysOff: ["2025-01-01"], makeUpWorkdays: [])
        let merged = cal.merging([corrected])
        #expect(merged.dayKind(d("2025-10-01")) == .workday)
        #expect(merged.arrangementsByYear[2025]?.notice == "测试更正")
    }
}
