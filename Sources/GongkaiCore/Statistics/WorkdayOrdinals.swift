/// 工作日序号 — lets the database tell "replied after the 20-working-day limit" for the many
/// applications with no pause, correction or extension, without replaying each one's clock.
///
/// For every day d of a span: `key(d) = 2 × (working days from the span's start through d) +
/// (d is not a working day ? 1 : 0)`. For an application received on r with no other event the
/// due date is the 20th working day after r (C1), and a day d is past it exactly when
/// `key(d) − 2 × ⌊key(r) / 2⌋ > 40`: more than 20 working days in (r, d], or exactly 20 and d
/// a rest day after the due day. `isPastDue` states this rule and the tests hold it against
/// `DeadlineClock` day by day.
public struct WorkdayOrdinals: Sendable {
    public let first: CivilDate
    public let last: CivilDate
    private let keys: [Int]

    public init(from first: CivilDate, through last: CivilDate, calendar: WorkdayCalendar) {
        self.first = first
        self.last = max(first, last)
        var keys: [Int] = []
        var n = 0
        var d = first
        while d <= self.last {
            let work = calendar.isWorkday(d)
            if work { n += 1 }
            keys.append(2 * n + (work ? 0 : 1))
            d = d.adding(days: 1)
        }
        self.keys = keys
    }

    /// The key of `date`, nil outside the span.
    public func key(_ date: CivilDate) -> Int? {
        let i = first.days(to: date)
        return keys.indices.contains(i) ? keys[i] : nil
    }

    /// 2 × the reply limit: the SQL threshold of the rule above.
    public static let threshold = 2 * DeadlineClock.replyDays

    /// Whether `day` is after the due date of an application received on `received` with no
    /// pause, correction or extension (nil outside the span).
    public func isPastDue(received: CivilDate, day: CivilDate) -> Bool? {
        guard let r = key(received), let d = key(day) else { return nil }
        return d - 2 * (r / 2) > Self.threshold
    }

    /// `{"2025-01-01": 1, …}` — the span as a JSON object for SQLite's `json_each`.
    public var json: String {
        var out = "{"
        var d = first
        for (i, k) in keys.enumerated() {
            if i > 0 { out += "," }
            out += "\"\(d.iso)\":\(k)"
            d = d.adding(days: 1)
        }
        return out + "}"
    }
}
