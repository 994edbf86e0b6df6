/// 申请计数 — a number of applications that table 三 counts alike: same applicant column, received
/// in the report year or before it, closed (in which row) before the year, in it, after it, or not at
/// all. A database hands table 三 tens of these instead of one `ApplicationFact` per application
/// (Docs/性能.md); `ApplicationTable.computed(year:facts:)` stays the record-by-record reference.
public struct ApplicationTally: Hashable, Sendable {
    /// Where a date falls relative to the report year.
    public enum YearPosition: Int, Hashable, Sendable, Comparable {
        case before = -1, during = 0, after = 1
        public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
        /// The position of `date` relative to `year`.
        public init(_ date: CivilDate, year: Int) {
            self = date.year < year ? .before : date.year == year ? .during : .after
        }
    }

    public var applicantType: ApplicantType
    /// 收到 — in the report year (`.during`) or before it (`.before`); later ones are not counted.
    public var received: YearPosition
    /// 办结 — the row it closed in (`ApplicationFact.closing`) and where the closing date falls; nil
    /// while open.
    public var closing: (row: ReportRow, when: YearPosition)? {
        get { closingRow.map { ($0, closingWhen ?? .after) } }
        set { closingRow = newValue?.row; closingWhen = newValue?.when }
    }
    public var count: Int

    private var closingRow: ReportRow?
    private var closingWhen: YearPosition?

    public init(applicantType: ApplicantType, received: YearPosition,
                closing: (row: ReportRow, when: YearPosition)?, count: Int) {
        self.applicantType = applicantType
        self.received = received
        self.closingRow = closing?.row
        self.closingWhen = closing?.when
        self.count = count
    }

    /// The tally of one fact for `year` (count 1); nil for a fact received after the year.
    public init?(_ fact: ApplicationFact, year: Int) {
        let received = YearPosition(fact.received, year: year)
        guard received != .after else { return nil }
        self.init(applicantType: fact.applicantType, received: received,
                  closing: fact.closing.map { ($0.row, YearPosition($0.date, year: year)) }, count: 1)
    }

    /// Open at the end of the previous year: received before the year and not closed before it.
    var openAtStart: Bool { received == .before && (closing.map { $0.when != .before } ?? true) }
    /// Open at 31 December of the year.
    var openAtEnd: Bool { closing.map { $0.when == .after } ?? true }
}

extension ApplicationTable {
    /// 统计 — table 三 for `year` from tallies (`ApplicationTally`): the same numbers as
    /// `computed(year:facts:)` over the facts the tallies count.
    public static func computed(year: Int, tallies: [ApplicationTally]) -> ApplicationTable {
        var t = ApplicationTable(year: year)
        for g in tallies {
            let col = ReportColumn(g.applicantType)
            if g.received == .during { t[.received, col] += g.count }
            if g.openAtStart { t[.carriedIn, col] += g.count }
            if let c = g.closing, c.when == .during { t[c.row, col] += g.count }
            if g.openAtEnd { t[.carriedOut, col] += g.count }
        }
        return t.withDerivedTotals()
    }
}
