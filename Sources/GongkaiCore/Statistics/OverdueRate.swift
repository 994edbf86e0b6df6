/// 逾期率 — the share of applications of a year whose reply was, or already is, late.
///
/// For year Y the reference day R is 31 December of Y, or today while Y is not over yet.
/// - 已答复 `answered`: applications whose (first) reply is dated in Y.
/// - 逾期答复 `answeredLate`: of those, replied after their due date (条例第三十三条 with
///   C1–C4: pauses, corrections and extensions counted, as the deadline clock computes it).
/// - 逾期未答复 `openOverdue`: received on or before R, neither replied nor withdrawn on or before
///   R, and past their due date on R (the clock replayed with the events dated up to R).
/// - `rate` = (answeredLate + openOverdue) / (answered + openOverdue): of every application whose
///   timeliness is known on R, the late ones. Open applications still within their time limit
///   and withdrawn ones are left out (not yet late, or never to be answered); nil when nothing
///   is counted.
///
/// An application answered late in January of Y+1 counts as 逾期未答复 in Y and as 逾期答复 in
/// Y+1: each year says what was late in it.
public struct OverdueRate: Hashable, Sendable, Codable {
    public var answered: Int
    public var answeredLate: Int
    public var openOverdue: Int

    public init(answered: Int = 0, answeredLate: Int = 0, openOverdue: Int = 0) {
        self.answered = answered
        self.answeredLate = answeredLate
        self.openOverdue = openOverdue
    }

    /// (answeredLate + openOverdue) / (answered + openOverdue); nil when that is 0 / 0.
    public var rate: Double? {
        let d = answered + openOverdue
        return d == 0 ? nil : Double(answeredLate + openOverdue) / Double(d)
    }

    enum CodingKeys: String, CodingKey { case answered, answeredLate, openOverdue, rate }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(answered: try c.decode(Int.self, forKey: .answered),
                  answeredLate: try c.decode(Int.self, forKey: .answeredLate),
                  openOverdue: try c.decode(Int.self, forKey: .openOverdue))
    }

    /// The counts and `rate` (null when nothing is counted), for `gongkai stats --format json`.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(answered, forKey: .answered)
        try c.encode(answeredLate, forKey: .answeredLate)
        try c.encode(openOverdue, forKey: .openOverdue)
        try c.encode(rate, forKey: .rate)
    }

    public static func + (a: OverdueRate, b: OverdueRate) -> OverdueRate {
        OverdueRate(answered: a.answered + b.answered, answeredLate: a.answeredLate + b.answeredLate,
                    openOverdue: a.openOverdue + b.openOverdue)
    }

    /// How one application counts in year `year` with reference day `asOf` (see the type).
    public enum Standing: Hashable, Sendable {
        case answeredOnTime, answeredLate, openOverdue
        /// Not counted: open within time, withdrawn, received after `asOf`, replied in another year.
        case notCounted
    }

    /// The reference day of `year` as of `today`: 31 December, or today while the year runs.
    public static func referenceDay(year: Int, today: CivilDate) -> CivilDate {
        let end = CivilDate(year: year, month: 12, day: 31)!
        return min(end, today)
    }

    /// Classifies one application with the deadline clock (the definition; the store counts
    /// simple applications in SQL with `WorkdayOrdinals` and gives the rest to this function).
    public static func standing(received: CivilDate, events: [ApplicationEvent], year: Int, asOf: CivilDate,
                                calendar: WorkdayCalendar) -> Standing {
        let full = DeadlineClock.evaluate(received: received, events: events, today: asOf, calendar: calendar)
        if let reply = full.replyDate, reply.year == year, reply <= asOf {
            return full.repliedLate ? .answeredLate : .answeredOnTime
        }
        guard received <= asOf else { return .notCounted }
        // Nothing after the reference day: the clock above is already the clock as of that day.
        if events.allSatisfy({ $0.date <= asOf }) { return full.state == .overdue ? .openOverdue : .notCounted }
        let known = events.filter { $0.date <= asOf }
        let then = DeadlineClock.evaluate(received: received, events: known, today: asOf, calendar: calendar)
        return then.state == .overdue ? .openOverdue : .notCounted
    }

    /// Adds one standing.
    public mutating func count(_ s: Standing) {
        switch s {
        case .answeredOnTime: answered += 1
        case .answeredLate: answered += 1; answeredLate += 1
        case .openOverdue: openOverdue += 1
        case .notCounted: break
        }
    }
}
