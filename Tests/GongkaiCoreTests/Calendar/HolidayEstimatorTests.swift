import Testing
@testable import GongkaiCore

@Suite struct HolidayEstimatorTests {
    @Test("春节 2027 ≈ 2027-02-05 (除夕) … 2027-02-08 (初三)")
    func springFestival2027() throws {
        let festivals = try #require(HolidayEstimator.estimatedFestivals(year: 2027))
        let spring = try #require(festivals.first { $0.name == "春节" })
        #expect(spring.days == days("2027-02-05", "2027-02-08"))
        #expect(HolidayEstimator.lunarDate(month: 1, day: 1, gregorianYear: 2026) == d("2026-02-17"))
        #expect(HolidayEstimator.lunarDate(month: 1, day: 1, gregorianYear: 2027) == d("2027-02-06"))
    }

    @Test("2027 estimate: 13 statutory days under the 2024 revision")
    func estimate2027() throws {
        let all = HolidayEstimator.estimatedHolidays(year: 2027)
        #expect(all.count == 13)
        #expect(all.contains(d("2027-04-05")))  // 清明
        #expect(all.contains(d("2027-05-02")))  // 劳动节 day 2 (from 2025)
        #expect(all.contains(d("2027-06-09")))  // 端午
        #expect(all.contains(d("2027-09-15")))  // 中秋
    }

    @Test("before 2025: 春节 3 days from 初一, 劳动节 1 day — 11 days", arguments: [2023, 2024])
    func preRevision(year: Int) {
        #expect(HolidayEstimator.estimatedHolidays(year: year).count == 11)
    }

    @Test("every estimated day of a built-in year is a real day off in the official notice",
          arguments: [2023, 2024, 2025, 2026])
    func agreesWithNotices(year: Int) throws {
        let official = Set(try #require(WorkdayCalendar.builtIn.arrangementsByYear[year]).daysOff)
        for day in HolidayEstimator.estimatedHolidays(year: year) {
            #expect(official.contains(day), "\(day) estimated but not a day off in \(year)")
        }
    }

    @Test("the estimate never changes the C5 Monday–Friday default")
    func doesNotChangeCalendar() {
        #expect(WorkdayCalendar.builtIn.dayKind(d("2027-02-08")) == .workday)
        #expect(!WorkdayCalendar.builtIn.hasArrangement(year: 2027))
    }

    @Test("outside the supported years there is no estimate")
    func unsupported() {
        #expect(HolidayEstimator.estimatedFestivals(year: 2100) == nil)
        #expect(HolidayEstimator.estimatedHolidays(year: 1990).isEmpty)
        #expect(HolidayEstimator.disclaimer.contains("估算"))
    }
}
