/// 解读统计 — interpretations published in a period (and unit), by form, the share that met all
/// three 三同步 checks, and the late ones (the seed's “上半年度共发布政策解读相关信息9条”).
///
/// Each published interpretation is judged on its own against its document (a second, later video
/// of a document is late even when the text interpretation was on time). An interpretation whose
/// document is unknown counts as published but never as meeting the checks.
public struct InterpretationStats: Hashable, Sendable, Codable {
    /// The period, inclusive on both ends.
    public let from: CivilDate
    public let to: CivilDate
    /// The interpreting unit filtered on, nil for all units.
    public let unit: String?
    /// 发布解读条数 — published within [from, to].
    public let published: Int
    /// 按形式统计 — in form order, forms with no interpretation left out; an interpretation with
    /// several forms counts once under each.
    public let byForm: [FormCount]
    /// 三同步均达标 — of `published`.
    public let metAllThree: Int
    /// metAllThree / published; nil when nothing was published.
    public let shareMetAllThree: Double?
    /// 滞后发布 — lag beyond the allowed setting, oldest first.
    public let late: [LateInterpretation]

    /// 某形式条数.
    public struct FormCount: Hashable, Sendable, Codable {
        public let form: InterpretationForm
        public let count: Int
    }

    /// 滞后发布的解读.
    public struct LateInterpretation: Hashable, Sendable, Codable {
        public let interpretation: String
        public let doc: String
        public let documentPublished: CivilDate
        public let published: CivilDate
        public let lagWorkdays: Int
    }

    /// Computes the statistics. `documents` gives each interpretation's document dates by id.
    public static func compute(from: CivilDate, to: CivilDate, unit: String? = nil,
                               interpretations: [Interpretation], documents: [String: SyncDocument],
                               settings: InterpretationSettings = .default,
                               calendar: WorkdayCalendar) -> InterpretationStats {
        let inPeriod = interpretations.filter { i in
            guard let p = i.published, from <= p, p <= to else { return false }
            return unit.map { $0 == i.unit.unitId } ?? true
        }.sorted { ($0.published!, $0.id) < ($1.published!, $1.id) }

        var formCounts: [InterpretationForm: Int] = [:]
        for i in inPeriod { for f in Set(i.forms) { formCounts[f, default: 0] += 1 } }

        var met = 0
        var late: [LateInterpretation] = []
        for i in inPeriod {
            guard let doc = documents[i.documentId] else { continue }
            // `today` = the period's end: the interpretation is published, so it only matters for
            // the unpublished case, which cannot arise here.
            let check = SyncCheck.evaluate(document: doc, interpretations: [i], settings: settings,
                                           calendar: calendar, today: to)
            if check.allMet { met += 1 }
            if let lag = check.lagWorkdays, lag > settings.allowedLagWorkdays, let dp = doc.published {
                late.append(LateInterpretation(interpretation: i.id, doc: doc.id, documentPublished: dp,
                                               published: i.published!, lagWorkdays: lag))
            }
        }
        return InterpretationStats(
            from: from, to: to, unit: unit, published: inPeriod.count,
            byForm: InterpretationForm.allCases.compactMap { f in formCounts[f].map { FormCount(form: f, count: $0) } },
            metAllThree: met,
            shareMetAllThree: inPeriod.isEmpty ? nil : Double(met) / Double(inPeriod.count),
            late: late)
    }
}
