/// 日类型 — what a calendar day is for deadline counting (Docs/领域规则.md §4).
public enum DayKind: String, DomainCode {
    /// 工作日 — Monday–Friday, not a holiday.
    case workday
    /// 调休上班 — a Saturday or Sunday the State Council made a working day.
    case makeUpWorkday = "make-up-workday"
    /// 法定节假日 (放假) — a day off of the arrangement, weekday or weekend.
    case holiday
    /// 休息日 — an ordinary Saturday or Sunday.
    case weekend

    public var chineseName: String {
        switch self {
        case .workday: return "工作日"
        case .makeUpWorkday: return "调休上班"
        case .holiday: return "法定节假日"
        case .weekend: return "休息日"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .workday: return "Working day"
        case .makeUpWorkday: return "Make-up working day"
        case .holiday: return "Public holiday"
        case .weekend: return "Weekend"
        }
    }

    /// Whether deadlines count this day.
    public var isWorkday: Bool { self == .workday || self == .makeUpWorkday }
}

/// 工作日历 — working days per Docs/领域规则.md §4 and CONVENTIONS C1, C5, C7.
///
/// A pure value: every deadline is recomputed from stored inputs with the calendar in force, so
/// entering a missing year's arrangement later corrects open items (C7).
public struct WorkdayCalendar: Sendable {
    /// Arrangements by the year they arrange; at most one per year.
    public let arrangementsByYear: [Int: HolidayArrangement]
    /// Holidays and make-up days of all arrangements.
    private let marked: [CivilDate: DayKind]
    /// Each year's days as working-day positions, built from `marked` on first use.
    private let tables: WorkdayTables

    /// Later arrangements for the same year replace earlier ones, so an admin file can correct a
    /// built-in year.
    public init(arrangements: [HolidayArrangement]) {
        var byYear: [Int: HolidayArrangement] = [:]
        for a in arrangements { byYear[a.year] = a }
        self.arrangementsByYear = byYear
        // A date's own year's notice outranks a neighbour's reaching across New Year.
        var marked: [CivilDate: (kind: DayKind, own: Bool)] = [:]
        for a in byYear.values.sorted(by: { $0.year < $1.year }) {
            let entries = a.daysOff.map { ($0, DayKind.holiday) } + a.makeUpWorkdays.map { ($0, DayKind.makeUpWorkday) }
            for (date, kind) in entries {
                let own = date.year == a.year
                if let existing = marked[date], existing.own, !own { continue }
                marked[date] = (kind, own)
            }
        }
        let kinds = marked.mapValues(\.kind)
        self.marked = kinds
        self.tables = WorkdayTables { date in kinds[date] ?? (date.isWeekend ? .weekend : .workday) }
    }

    /// 内置日历 — the 2023–2026 arrangements shipped with the program.
    public static let builtIn = WorkdayCalendar(arrangements: HolidayArrangement.builtInArrangements)

    /// This calendar with `arrangements` added, replacing any year they also cover.
    public func merging(_ arrangements: [HolidayArrangement]) -> WorkdayCalendar {
        WorkdayCalendar(arrangements: Array(arrangementsByYear.values).sorted { $0.year < $1.year }
            + arrangements)
    }

    /// All arrangements, oldest first.
    public var arrangements: [HolidayArrangement] {
        arrangementsByYear.values.sorted { $0.year < $1.year }
    }

    /// Years with an arrangement entered, ascending.
    public var coveredYears: [Int] { arrangementsByYear.keys.sorted() }

    /// Whether `year` is covered (C5): its own notice has been entered.
    public func hasArrangement(year: Int) -> Bool { arrangementsByYear[year] != nil }

    /// Years in from.year…to.year (either order) with no arrangement — the C5 provisional marker.
    public func missingYears(from: Int, to: Int) -> [Int] {
        (min(from, to)...max(from, to)).filter { !hasArrangement(year: $0) }
    }

    /// Years touched by the dates from…to (inclusive, either order) with no arrangement (C5).
    public func missingYears(from: CivilDate, to: CivilDate) -> [Int] {
        missingYears(from: from.year, to: to.year)
    }

    /// Classifies a day. The date's own year's notice decides first; a neighbouring year's notice
    /// is consulted for the days it reaches across New Year (2024's 元旦 begins 2023-12-30). A year
    /// with no notice is Monday–Friday only: holidays are never guessed (C5).
    public func dayKind(_ date: CivilDate) -> DayKind {
        if let kind = marked[date] { return kind }
        return date.isWeekend ? .weekend : .workday
    }

    /// 是否工作日.
    public func isWorkday(_ date: CivilDate) -> Bool { dayKind(date).isWorkday }

    /// 工作日期限 — the `days`-th working day after `from` (C1: the start day is not counted), with
    /// every uncounted day and its reason (C7). Working days in `pausedWorkdays` are not counted
    /// (C2); a holiday inside a pause stays a holiday. Negative `days` count as 0.
    ///
    /// The due day comes from the year tables (an index per working day); the paused days inside
    /// the span lengthen it until it stops moving. `addWorkdaysByWalking` is the reference.
    public func addWorkdays(from: CivilDate, days: Int, pausedWorkdays: Set<CivilDate> = [],
                            feePausedWorkdays: Set<CivilDate> = []) -> WorkdayCount {
        let wanted = max(0, days)
        guard (2...9990).contains(from.year) else {
            return addWorkdaysByWalking(from: from, days: days, pausedWorkdays: pausedWorkdays,
                                        feePausedWorkdays: feePausedWorkdays)
        }
        let start = from.dayNumber
        var due = start
        if wanted > 0 {
            // Paused working days (C2, C8), as day numbers; days off in a pause stay days off.
            var excluded: [Int] = []
            for d in pausedWorkdays.union(feePausedWorkdays) where d.dayNumber > start && isWorkday(d) {
                excluded.append(d.dayNumber)
            }
            var extra = 0
            while true {
                due = tables.nthWorkday(after: start, wanted + extra)
                let inside = excluded.reduce(0) { $0 + ($1 <= due ? 1 : 0) }
                if inside == extra { break }
                extra = inside
            }
        }
        var skipped: [SkippedDay] = []
        tables.forEachDay(after: start, through: due) { n, kind in
            switch kind {
            case .holiday: skipped.append(SkippedDay(date: CivilDate(dayNumber: n), reason: .holiday))
            case .weekend: skipped.append(SkippedDay(date: CivilDate(dayNumber: n), reason: .weekend))
            case .workday, .makeUpWorkday:
                guard !pausedWorkdays.isEmpty || !feePausedWorkdays.isEmpty else { return }
                let date = CivilDate(dayNumber: n)
                if feePausedWorkdays.contains(date) {
                    skipped.append(SkippedDay(date: date, reason: .feePaused))
                } else if pausedWorkdays.contains(date) {
                    skipped.append(SkippedDay(date: date, reason: .paused))
                }
            }
        }
        let end = CivilDate(dayNumber: due)
        return WorkdayCount(from: from, days: wanted, due: end, skipped: skipped,
                            missingYears: missingYears(from: from, to: end))
    }

    /// The day-by-day walk `addWorkdays` replaced: the reference the property tests hold it to.
    public func addWorkdaysByWalking(from: CivilDate, days: Int, pausedWorkdays: Set<CivilDate> = [],
                                     feePausedWorkdays: Set<CivilDate> = []) -> WorkdayCount {
        let wanted = max(0, days)
        var counted = 0
        var day = from
        var skipped: [SkippedDay] = []
        while counted < wanted {
            day = day.adding(days: 1)
            switch dayKind(day) {
            case .holiday: skipped.append(SkippedDay(date: day, reason: .holiday))
            case .weekend: skipped.append(SkippedDay(date: day, reason: .weekend))
            case .workday, .makeUpWorkday:
                if feePausedWorkdays.contains(day) {
                    skipped.append(SkippedDay(date: day, reason: .feePaused))
                } else if pausedWorkdays.contains(day) {
                    skipped.append(SkippedDay(date: day, reason: .paused))
                } else {
                    counted += 1
                }
            }
        }
        return WorkdayCount(from: from, days: wanted, due: day, skipped: skipped,
                            missingYears: missingYears(from: from, to: day))
    }

    /// 剩余工作日 — working days in (after, through], not counting `pausedWorkdays`; negative
    /// (the working days in (through, after]) when `through` is earlier.
    public func workdaysBetween(after: CivilDate, through: CivilDate,
                                pausedWorkdays: Set<CivilDate> = []) -> Int {
        if through < after {
            return -workdaysBetween(after: through, through: after, pausedWorkdays: pausedWorkdays)
        }
        guard (2...9990).contains(after.year), through.year <= 9990 else {
            return workdaysBetweenByWalking(after: after, through: through, pausedWorkdays: pausedWorkdays)
        }
        let a = after.dayNumber, b = through.dayNumber
        let paused = pausedWorkdays.reduce(0) { n, d in
            let k = d.dayNumber
            return n + (k > a && k <= b && isWorkday(d) ? 1 : 0)
        }
        return tables.workdayCount(after: a, through: b) - paused
    }

    /// The walk `workdaysBetween` replaced (the tests' reference).
    public func workdaysBetweenByWalking(after: CivilDate, through: CivilDate,
                                         pausedWorkdays: Set<CivilDate> = []) -> Int {
        if through < after {
            return -workdaysBetweenByWalking(after: through, through: after, pausedWorkdays: pausedWorkdays)
        }
        var n = 0
        var day = after
        while day < through {
            day = day.adding(days: 1)
            if isWorkday(day) && !pausedWorkdays.contains(day) { n += 1 }
        }
        return n
    }

    /// The 调休 make-up working days in (after, through] (the clock's derivation lists them, C7).
    public func makeUpWorkdays(after: CivilDate, through: CivilDate) -> [CivilDate] {
        guard after < through else { return [] }
        guard (2...9990).contains(after.year), through.year <= 9990 else {
            return workdays(after: after, through: through).filter { dayKind($0) == .makeUpWorkday }
        }
        var out: [CivilDate] = []
        tables.forEachDay(after: after.dayNumber, through: through.dayNumber) { n, kind in
            if kind == .makeUpWorkday { out.append(CivilDate(dayNumber: n)) }
        }
        return out
    }

    /// The working days in (after, through], for building a pause set (C2).
    public func workdays(after: CivilDate, through: CivilDate) -> [CivilDate] {
        guard after < through else { return [] }
        guard (2...9990).contains(after.year), through.year <= 9990 else {
            return (1...after.days(to: through)).map { after.adding(days: $0) }.filter(isWorkday)
        }
        var out: [CivilDate] = []
        tables.forEachDay(after: after.dayNumber, through: through.dayNumber) { n, kind in
            if kind.isWorkday { out.append(CivilDate(dayNumber: n)) }
        }
        return out
    }
}
