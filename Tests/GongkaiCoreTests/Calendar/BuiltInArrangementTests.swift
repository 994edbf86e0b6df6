import Testing
@testable import GongkaiCore

/// The shipped 2023–2026 calendars against the Docs/领域规则.md §4 table (checked against the
/// official notices), day by day.
@Suite struct BuiltInArrangementTests {
    let cal = WorkdayCalendar.builtIn

    /// The table written out independently of BuiltInArrangements.swift: (days off, make-up days).
    static let table: [Int: (off: [(String, String)], makeUp: [String])] = [
        2023: ([("2022-12-31", "2023-01-02"), ("2023-01-21", "2023-01-27"), ("2023-04-05", "2023-04-05"),
                ("2023-04-29", "2023-05-03"), ("2023-06-22", "2023-06-24"), ("2023-09-29", "2023-10-06")],
               ["2023-01-28", "2023-01-29", "2023-04-23", "2023-05-06", "2023-06-25", "2023-10-07", "2023-10-08"]),
        2024: ([("2023-12-30", "2024-01-01"), ("2024-02-10", "2024-02-17"), ("2024-04-04", "2024-04-06"),
                ("2024-05-01", "2024-05-05"), ("2024-06-08", "2024-06-10"), ("2024-09-15", "2024-09-17"),
                ("2024-10-01", "2024-10-07")],
               ["2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14",
                "2024-09-29", "2024-10-12"]),
        2025: ([("2025-01-01", "2025-01-01"), ("2025-01-28", "2025-02-04"), ("2025-04-04", "2025-04-06"),
                ("2025-05-01", "2025-05-05"), ("2025-05-31", "2025-06-02"), ("2025-10-01", "2025-10-08")],
               ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"]),
        2026: ([("2026-01-01", "2026-01-03"), ("2026-02-15", "2026-02-23"), ("2026-04-04", "2026-04-06"),
                ("2026-05-01", "2026-05-05"), ("2026-06-19", "2026-06-21"), ("2026-09-25", "2026-09-27"),
                ("2026-10-01", "2026-10-07")],
               ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]),
    ]

    @Test("every year 2023–2026 matches the DOMAIN table exactly", arguments: [2023, 2024, 2025, 2026])
    func matchesTable(year: Int) throws {
        let row = try #require(Self.table[year])
        let arrangement = try #require(cal.arrangementsByYear[year])
        let expectedOff = row.off.flatMap { days($0.0, $0.1) }
        #expect(arrangement.daysOff == expectedOff)
        #expect(arrangement.makeUpWorkdays == row.makeUp.map(d))
        #expect(arrangement.notice == "国务院办公厅关于\(year)年部分节假日安排的通知")
        for day in expectedOff { #expect(cal.dayKind(day) == .holiday, "\(day)") }
        for day in row.makeUp.map(d) {
            #expect(day.isWeekend, "\(day) should be a Saturday or Sunday")
            #expect(cal.dayKind(day) == .makeUpWorkday, "\(day)")
            #expect(cal.isWorkday(day))
        }
    }

    @Test("notice dates are those of Docs/领域规则.md")
    func noticeDates() {
        #expect(HolidayArrangement.year2023.noticeDate == d("2022-12-08"))
        #expect(HolidayArrangement.year2024.noticeDate == d("2023-10-25"))
        #expect(HolidayArrangement.year2025.noticeDate == d("2024-11-12"))
        #expect(HolidayArrangement.year2026.noticeDate == d("2025-11-04"))
        #expect(cal.coveredYears == [2023, 2024, 2025, 2026])
    }

    /// Each year's working days = days − weekend days − statutory holidays (11 before the 2024
    /// revision, 13 after), which holds only if every 调休 is balanced: a strong check on typos.
    @Test("working days per year balance: 249, 251, 248, 248")
    func workdaysPerYear() {
        let expected = [2023: 249, 2024: 251, 2025: 248, 2026: 248]
        for (year, count) in expected {
            let n = cal.workdaysBetween(after: CivilDate(year: year - 1, month: 12, day: 31)!,
                                        through: CivilDate(year: year, month: 12, day: 31)!)
            #expect(n == count, "\(year)")
        }
    }

    @Test("2026 春节: make-up Saturdays 02-14 and 02-28 are workdays, 02-16 is a holiday")
    func springFestival2026() {
        #expect(cal.dayKind(d("2026-02-14")) == .makeUpWorkday)
        #expect(cal.dayKind(d("2026-02-28")) == .makeUpWorkday)
        #expect(cal.dayKind(d("2026-02-16")) == .holiday)
        #expect(cal.dayKind(d("2026-02-15")) == .holiday) // a Sunday inside the break stays "holiday"
        #expect(cal.dayKind(d("2026-02-24")) == .workday)
        #expect(cal.dayKind(d("2026-02-21")) == .holiday)
        #expect(!cal.isWorkday(d("2026-02-23")))
    }

    @Test("ordinary days: Monday is a workday, a plain Saturday is a weekend")
    func ordinaryDays() {
        #expect(cal.dayKind(d("2025-03-03")) == .workday)
        #expect(cal.dayKind(d("2025-03-08")) == .weekend)
        #expect(cal.dayKind(d("2025-03-09")) == .weekend)
    }

    @Test("New Year arrangements reach into the previous year")
    func acrossNewYear() {
        // 2024's 元旦 starts on Saturday 2023-12-30; 2023's on Saturday 2022-12-31.
        #expect(cal.dayKind(d("2023-12-30")) == .holiday)
        #expect(cal.dayKind(d("2023-12-31")) == .holiday)
        #expect(cal.dayKind(d("2022-12-31")) == .holiday)
        // 2022 itself has no arrangement, so a Friday in 2022 is just a workday (C5).
        #expect(cal.dayKind(d("2022-12-30")) == .workday)
        #expect(!cal.hasArrangement(year: 2022))
    }
}
