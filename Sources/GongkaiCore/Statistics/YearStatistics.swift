/// 统计 — one year's figures for the statistics view (`:stats`, `gongkai stats`): applications
/// received and answered per month, the overdue rate, interpretations published per form, and
/// documents published per top-level catalog column (公开目录一级栏目).
///
/// Conventions (Docs/统计.md):
/// - 收到 counts an application in the month of its receipt date (条例第三十一条), 答复 in the
///   month of its reply date (withdrawn applications are not answered).
/// - 逾期率: see `OverdueRate`.
/// - 解读形式: interpretations published in the year; one with several forms counts once under
///   each (as `InterpretationStats`).
/// - 目录栏目: documents published in the year, once under each top-level column they are filed
///   in (a document filed twice under one column counts once there); unfiled ones under 未归目录.
public struct YearStatistics: Hashable, Sendable, Codable {
    public var year: Int
    /// The unit (id) the figures are limited to; nil for every unit the officer may see.
    public var unitId: String?
    public var unitName: String?
    /// 统计截止日 — 31 December, or today while the year runs (the overdue reference day).
    public var asOf: CivilDate
    /// Twelve entries, January first.
    public var months: [MonthCount]
    public var overdue: OverdueRate
    public var interpretationsPublished: Int
    public var byForm: [FormCount]
    public var documentsPublished: Int
    public var byArea: [AreaCount]
    /// Working-day arrangements missing for years the overdue count touched (C5): provisional.
    public var provisionalYears: [Int]
    /// 补正告知超期 — applications whose 补正 notice, sent in the year, came later than 7 working days
    /// after receipt (条例第三十条; C9).
    public var lateClarifyNotices: Int = 0

    public struct MonthCount: Hashable, Sendable, Codable {
        public var month: Int
        public var received: Int
        public var answered: Int
        public init(month: Int, received: Int = 0, answered: Int = 0) {
            self.month = month
            self.received = received
            self.answered = answered
        }
    }

    public struct FormCount: Hashable, Sendable, Codable {
        public var form: InterpretationForm
        public var count: Int
        public init(form: InterpretationForm, count: Int) { self.form = form; self.count = count }
    }

    public struct AreaCount: Hashable, Sendable, Codable {
        /// The catalog node id of the top-level column; nil for documents filed nowhere.
        public var nodeId: String?
        public var name: String
        public var count: Int
        public init(nodeId: String?, name: String, count: Int) {
            self.nodeId = nodeId
            self.name = name
            self.count = count
        }
    }

    public init(year: Int, unitId: String? = nil, unitName: String? = nil, asOf: CivilDate,
                months: [MonthCount]? = nil, overdue: OverdueRate = OverdueRate(),
                interpretationsPublished: Int = 0, byForm: [FormCount] = [], documentsPublished: Int = 0,
                byArea: [AreaCount] = [], provisionalYears: [Int] = []) {
        self.year = year
        self.unitId = unitId
        self.unitName = unitName
        self.asOf = asOf
        self.months = months ?? (1...12).map { MonthCount(month: $0) }
        self.overdue = overdue
        self.interpretationsPublished = interpretationsPublished
        self.byForm = byForm
        self.documentsPublished = documentsPublished
        self.byArea = byArea
        self.provisionalYears = provisionalYears
    }

    public var totalReceived: Int { months.reduce(0) { $0 + $1.received } }
    public var totalAnswered: Int { months.reduce(0) { $0 + $1.answered } }

    /// The name shown for documents filed under no catalog column.
    public static let unfiledName = "未归目录"
}

/// 统计的输入 — plain records for `YearStatistics.compute`, the reference computation the store's
/// SQL aggregates are tested against.
public enum StatisticsInput {
    public struct Application: Sendable {
        public var received: CivilDate
        public var events: [ApplicationEvent]
        public init(received: CivilDate, events: [ApplicationEvent]) {
            self.received = received
            self.events = events
        }
    }

    public struct PublishedInterpretation: Sendable {
        public var published: CivilDate
        public var forms: [InterpretationForm]
        public init(published: CivilDate, forms: [InterpretationForm]) {
            self.published = published
            self.forms = forms
        }
    }

    public struct PublishedDocument: Sendable {
        public var published: CivilDate
        /// Top-level catalog columns (id, name) the document is filed under.
        public var areas: [(id: String, name: String)]
        public init(published: CivilDate, areas: [(id: String, name: String)]) {
            self.published = published
            self.areas = areas
        }
    }
}

extension YearStatistics {
    /// The figures of `year` from plain records, record by record (the definition; the store
    /// computes the same with GROUP BY queries). Areas and forms are in descending count, then
    /// form order / name.
    public static func compute(year: Int, today: CivilDate, applications: [StatisticsInput.Application],
                               interpretations: [StatisticsInput.PublishedInterpretation],
                               documents: [StatisticsInput.PublishedDocument],
                               calendar: WorkdayCalendar) -> YearStatistics {
        let asOf = OverdueRate.referenceDay(year: year, today: today)
        var s = YearStatistics(year: year, asOf: asOf)
        for a in applications {
            if a.received.year == year { s.months[a.received.month - 1].received += 1 }
            let status = DeadlineClock.evaluate(received: a.received, events: a.events, today: asOf, calendar: calendar)
            if let reply = status.replyDate, reply.year == year { s.months[reply.month - 1].answered += 1 }
            s.overdue.count(OverdueRate.standing(received: a.received, events: a.events, year: year, asOf: asOf,
                                                 calendar: calendar))
        }
        var forms: [InterpretationForm: Int] = [:]
        for i in interpretations where i.published.year == year {
            s.interpretationsPublished += 1
            for f in Set(i.forms) { forms[f, default: 0] += 1 }
        }
        s.byForm = formOrder(InterpretationForm.allCases.compactMap { f in forms[f].map { FormCount(form: f, count: $0) } })
        var areas: [String?: (name: String, count: Int)] = [:]
        for d in documents where d.published.year == year {
            s.documentsPublished += 1
            var seen = Set<String>()
            for a in d.areas where seen.insert(a.id).inserted {
                areas[a.id, default: (a.name, 0)].count += 1
            }
            if d.areas.isEmpty { areas[nil, default: (unfiledName, 0)].count += 1 }
        }
        s.byArea = areas.map { AreaCount(nodeId: $0.key, name: $0.value.name, count: $0.value.count) }
            .sorted(by: areaOrder)
        return s
    }

    /// Forms: most interpretations first, then in the order of `InterpretationForm`.
    public static func formOrder(_ counts: [FormCount]) -> [FormCount] {
        let index = Dictionary(uniqueKeysWithValues: InterpretationForm.allCases.enumerated().map { ($1, $0) })
        return counts.sorted { ($1.count, index[$0.form]!) < ($0.count, index[$1.form]!) }
    }

    /// Areas: most documents first, then by name, 未归目录 last among equals.
    public static func areaOrder(_ a: AreaCount, _ b: AreaCount) -> Bool {
        if a.count != b.count { return a.count > b.count }
        if (a.nodeId == nil) != (b.nodeId == nil) { return b.nodeId == nil }
        return a.name < b.name
    }
}
