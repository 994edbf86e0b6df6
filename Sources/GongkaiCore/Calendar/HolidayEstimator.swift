import Foundation

/// 法定节日（估算）— one statutory festival's days off, estimated; see `HolidayEstimator`.
public struct EstimatedFestival: Hashable, Sendable, Codable {
    /// 节日名称, e.g. 春节.
    public let name: String
    /// The statutory days off (not the State Council's bridging 调休), sorted.
    public let days: [CivilDate]
}

/// 节假日估算 — a year's statutory holidays estimated from 《全国年节及纪念日放假办法》(revised
/// 2024-11-10) and the Chinese lunisolar calendar. ESTIMATED, a hint only.
///
/// It never feeds deadline counting: a year without an entered arrangement stays Monday–Friday
/// and provisional (C5). The estimate lets the UI warn, for instance, "2027-02-05..02-08 is
/// probably 春节" while the admin waits for the November notice. It gives the statutory days
/// only: the notice decides weekend substitutes (补休) and 调休, which cannot be predicted.
public enum HolidayEstimator {
    /// The years the 清明 formula below is valid for (it is the 21st-century form).
    public static let supportedYears = 2001...2099

    /// 标注 — shown beside every estimate.
    public static let disclaimer = "估算，仅供参考；以国务院办公厅当年节假日安排通知为准"

    /// The statutory festivals of `year`, or nil outside `supportedYears`.
    public static func estimatedFestivals(year: Int) -> [EstimatedFestival]? {
        guard supportedYears.contains(year),
              let springFestival = lunarDate(month: 1, day: 1, gregorianYear: year),
              let dragonBoat = lunarDate(month: 5, day: 5, gregorianYear: year),
              let midAutumn = lunarDate(month: 8, day: 15, gregorianYear: year),
              let newYear = CivilDate(year: year, month: 1, day: 1),
              let qingming = qingmingDay(year: year),
              let mayDay = CivilDate(year: year, month: 5, day: 1),
              let national = CivilDate(year: year, month: 10, day: 1) else { return nil }
        // The 2024 revision (in force 2025-01-01) added 除夕 to 春节 and 5月2日 to 劳动节.
        let revised = year >= 2025
        let spring = revised ? (-1...2).map { springFestival.adding(days: $0) }
                             : (0...2).map { springFestival.adding(days: $0) }
        return [
            EstimatedFestival(name: "元旦", days: [newYear]),
            EstimatedFestival(name: "春节", days: spring),
            EstimatedFestival(name: "清明节", days: [qingming]),
            EstimatedFestival(name: "劳动节", days: revised ? [mayDay, mayDay.adding(days: 1)] : [mayDay]),
            EstimatedFestival(name: "端午节", days: [dragonBoat]),
            EstimatedFestival(name: "中秋节", days: [midAutumn]),
            EstimatedFestival(name: "国庆节", days: (0...2).map { national.adding(days: $0) }),
        ]
    }

    /// All estimated statutory days off of `year`, sorted; empty outside `supportedYears`.
    public static func estimatedHolidays(year: Int) -> [CivilDate] {
        (estimatedFestivals(year: year) ?? []).flatMap(\.days).sorted()
    }

    /// The Gregorian date in `gregorianYear` of lunar `month`/`day` (not a leap month), via
    /// Foundation's Chinese calendar in 北京时间.
    public static func lunarDate(month: Int, day: Int, gregorianYear: Int) -> CivilDate? {
        guard let zone = TimeZone(identifier: "Asia/Shanghai") else { return nil }
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = zone
        var chinese = Calendar(identifier: .chinese)
        chinese.timeZone = zone
        guard let first = CivilDate(year: gregorianYear, month: 1, day: 1) else { return nil }
        let length = CivilDate.isLeapYear(gregorianYear) ? 366 : 365
        for offset in 0..<length {
            let d = first.adding(days: offset)
            // Noon avoids any edge effect of the zone offset on the day boundary.
            guard let instant = gregorian.date(from: DateComponents(year: d.year, month: d.month,
                                                                    day: d.day, hour: 12)) else { continue }
            let c = chinese.dateComponents([.month, .day, .isLeapMonth], from: instant)
            if c.month == month, c.day == day, c.isLeapMonth != true { return d }
        }
        return nil
    }

    /// 清明 — the solar term (sun at 15°), by the usual 21st-century formula
    /// ⌊Y × 0.2422 + 4.81⌋ − ⌊Y / 4⌋ April, Y = year mod 100; right for 2001–2099 apart from
    /// rare one-day misses, which is why it is only an estimate.
    public static func qingmingDay(year: Int) -> CivilDate? {
        guard supportedYears.contains(year) else { return nil }
        let y = Double(year % 100)
        let day = Int((y * 0.2422 + 4.81).rounded(.down)) - (year % 100) / 4
        return CivilDate(year: year, month: 4, day: day)
    }
}
