import Foundation

/// 工作日序号表 — per calendar year, each day's kind and its position among the year's working
/// days, built once per year on first use, so "the n-th working day after d" is an index lookup
/// and "working days between" a subtraction (Docs/性能.md: the day-by-day walk was import's hot spot).
/// `WorkdayCalendar.addWorkdaysByWalking` keeps the walk as the reference the tests compare with.
final class WorkdayTables: @unchecked Sendable {
    /// One year's table.
    struct Year {
        /// Day number (`CivilDate.dayNumber`) of 1 January.
        let first: Int
        /// Kind of each day of the year, by day of year (0-based).
        let kinds: [DayKind]
        /// Working days from 1 January through the day, by day of year.
        let through: [Int32]
        /// Day of year of the k-th working day (0-based k).
        let workdays: [Int16]
        var total: Int { workdays.count }
    }

    private let lock = NSLock()
    private var years: [Int: Year] = [:]
    private let kind: @Sendable (CivilDate) -> DayKind

    init(kind: @escaping @Sendable (CivilDate) -> DayKind) { self.kind = kind }

    /// The table of `year`, built on first use.
    func year(_ year: Int) -> Year {
        lock.lock()
        defer { lock.unlock() }
        if let y = years[year] { return y }
        let start = CivilDate(year: year, month: 1, day: 1)!
        let first = start.dayNumber
        let length = CivilDate.isLeapYear(year) ? 366 : 365
        var kinds: [DayKind] = []
        var through: [Int32] = []
        var workdays: [Int16] = []
        kinds.reserveCapacity(length)
        through.reserveCapacity(length)
        for i in 0..<length {
            let k = kind(CivilDate(dayNumber: first + i))
            kinds.append(k)
            if k.isWorkday { workdays.append(Int16(i)) }
            through.append(Int32(workdays.count))
        }
        let y = Year(first: first, kinds: kinds, through: through, workdays: workdays)
        years[year] = y
        return y
    }

    /// The year and day of year of a day number.
    func locate(_ dayNumber: Int) -> (Year, Int) {
        let date = CivilDate(dayNumber: dayNumber)
        let y = year(date.year)
        return (y, dayNumber - y.first)
    }

    /// The day number of the `n`-th working day after `from` (n ≥ 1).
    func nthWorkday(after from: Int, _ n: Int) -> Int {
        var (y, i) = locate(from)
        var target = Int(y.through[i]) + n
        while target > y.total {
            target -= y.total
            y = year(CivilDate(dayNumber: y.first).year + 1)
        }
        return y.first + Int(y.workdays[target - 1])
    }

    /// Working days in (after, through] (0 when through ≤ after).
    func workdayCount(after a: Int, through b: Int) -> Int {
        guard a < b else { return 0 }
        let (ya, ia) = locate(a), (yb, ib) = locate(b)
        if ya.first == yb.first { return Int(yb.through[ib] - ya.through[ia]) }
        var n = ya.total - Int(ya.through[ia]) + Int(yb.through[ib])
        let yearA = CivilDate(dayNumber: ya.first).year, yearB = CivilDate(dayNumber: yb.first).year
        if yearB > yearA + 1 { for y in (yearA + 1)..<yearB { n += year(y).total } }
        return n
    }

    /// Calls `body` with the day number and kind of every day in (after, through].
    func forEachDay(after a: Int, through b: Int, _ body: (Int, DayKind) -> Void) {
        guard a < b else { return }
        var (y, i) = locate(a + 1)
        var d = a + 1
        while d <= b {
            if i == y.kinds.count {
                y = year(CivilDate(dayNumber: d).year)
                i = 0
            }
            body(d, y.kinds[i])
            d += 1
            i += 1
        }
    }
}
