import Testing
@testable import GongkaiCore

/// The year tables (an index per working day) give exactly what the day-by-day walk gives: the
/// due day, every skipped day with its reason and the missing years, over random dates, counts,
/// consultation and fee pauses, and random holiday arrangements with make-up working days
/// (a seeded generator, so a failure reproduces).
@Suite struct WorkdayTablesPropertyTests {
    typealias Generator = SplitMix64

    /// A random arrangement for `year`: runs of days off (weekdays and weekends, some reaching
    /// across New Year) and weekend make-up working days.
    static func arrangement(year: Int, _ g: inout Generator) throws -> HolidayArrangement {
        let jan1 = CivilDate(year: year, month: 1, day: 1)!
        var off = Set<CivilDate>()
        for _ in 0..<Int.random(in: 1...7, using: &g) {
            let start = jan1.adding(days: Int.random(in: -2...360, using: &g))
            for k in 0..<Int.random(in: 1...8, using: &g) { off.insert(start.adding(days: k)) }
        }
        var makeUp = Set<CivilDate>()
        for _ in 0..<Int.random(in: 0...8, using: &g) {
            let day = jan1.adding(days: Int.random(in: 0...364, using: &g))
            if day.isWeekend, !off.contains(day) { makeUp.insert(day) }
        }
        return try HolidayArrangement(year: year, notice: "随机安排 \(year)", noticeDate: jan1.adding(days: -30),
                                      daysOff: Array(off.prefix(HolidayArrangement.maxDaysOff)),
                                      makeUpWorkdays: Array(makeUp))
    }

    @Test func tablesAgreeWithTheWalkOverRandomCalendarsDatesAndPauses() throws {
        var g = Generator(seed: 20261207)
        var compared = 0
        for round in 0..<12 {
            // Some calendars leave a year out (Monday–Friday only, provisional: C5).
            let years = (2022...2027).filter { _ in Bool.random(using: &g) || round == 0 }
            let calendar = round == 1 ? WorkdayCalendar.builtIn
                : WorkdayCalendar(arrangements: try years.map { try Self.arrangement(year: $0, &g) })
            for _ in 0..<250 {
                let from = CivilDate(year: 2021, month: 11, day: 1)!.adding(days: Int.random(in: 0...2400, using: &g))
                let days = Int.random(in: -2...70, using: &g)
                var paused = Set<CivilDate>(), fee = Set<CivilDate>()
                if Bool.random(using: &g) {
                    let s = from.adding(days: Int.random(in: -5...40, using: &g))
                    paused.formUnion(calendar.workdays(after: s, through: s.adding(days: Int.random(in: 0...30, using: &g))))
                }
                if Int.random(in: 0..<3, using: &g) == 0 {
                    let s = from.adding(days: Int.random(in: -5...40, using: &g))
                    fee.formUnion(calendar.workdays(after: s, through: s.adding(days: Int.random(in: 0...25, using: &g))))
                    // A stray rest day in a pause set stays a rest day.
                    fee.insert(s.adding(days: Int.random(in: 0...10, using: &g)))
                }
                let fast = calendar.addWorkdays(from: from, days: days, pausedWorkdays: paused, feePausedWorkdays: fee)
                let walked = calendar.addWorkdaysByWalking(from: from, days: days, pausedWorkdays: paused, feePausedWorkdays: fee)
                #expect(fast == walked, "from \(from), \(days) days, \(paused.count) paused, \(fee.count) fee-paused")
                let other = from.adding(days: Int.random(in: -400...400, using: &g))
                #expect(calendar.workdaysBetween(after: from, through: other, pausedWorkdays: paused)
                        == calendar.workdaysBetweenByWalking(after: from, through: other, pausedWorkdays: paused),
                        "between \(from) and \(other)")
                let listed = from < other ? (1...from.days(to: other)).map { from.adding(days: $0) }.filter(calendar.isWorkday) : []
                #expect(calendar.workdays(after: from, through: other) == listed, "workdays in (\(from), \(other)]")
                #expect(calendar.makeUpWorkdays(after: from, through: other) == listed.filter { calendar.dayKind($0) == .makeUpWorkday })
                compared += 1
            }
        }
        #expect(compared == 3000)
    }

    @Test func aYearBoundaryAndALongCountLandOnTheSameDayAsTheWalk() {
        let cal = WorkdayCalendar.builtIn
        // 2025-12-31 + 20: crosses into 2026 (元旦 2026-01-01…03, make-up 01-04).
        let from = CivilDate(year: 2025, month: 12, day: 31)!
        #expect(cal.addWorkdays(from: from, days: 20) == cal.addWorkdaysByWalking(from: from, days: 20))
        #expect(cal.addWorkdays(from: from, days: 20).due == CivilDate(year: 2026, month: 1, day: 29)!)
        // Several years ahead (provisional years on the way).
        #expect(cal.addWorkdays(from: from, days: 800) == cal.addWorkdaysByWalking(from: from, days: 800))
        #expect(cal.workdaysBetween(after: from, through: from.adding(days: 1500))
                == cal.workdaysBetweenByWalking(after: from, through: from.adding(days: 1500)))
    }
}
