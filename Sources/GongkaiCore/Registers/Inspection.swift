/// 巡检记录 — one inspection of a government website or new-media account (Docs/领域规则.md §9; the county
/// summary: "加强日常巡检和监测，发现问题……及时妥善处理"): when, by whom, which channel, which of the
/// security checks were made and which failed, the problems found, and the day they were fixed.
public struct Inspection: Hashable, Sendable, Codable {
    public var id: String
    public var unitId: String
    public var date: CivilDate
    /// 巡检人.
    public var inspector: String
    public var channelKind: InspectionChannelKind
    /// 渠道名称 — e.g. 县人民政府门户网站, 微信公众号“某县发布”.
    public var channel: String
    /// 检查项 — the checks made (in `InspectionCheck` order).
    public var checks: [InspectionCheck]
    /// 未通过的检查项 — a subset of `checks`.
    public var failed: [InspectionCheck]
    /// 发现问题 — text; empty when nothing was found.
    public var problems: String
    /// 整改日期.
    public var fixedOn: CivilDate?

    public init(id: String, unitId: String, date: CivilDate, inspector: String, channelKind: InspectionChannelKind,
                channel: String, checks: [InspectionCheck] = InspectionCheck.allCases, failed: [InspectionCheck] = [],
                problems: String = "", fixedOn: CivilDate? = nil) {
        self.id = id
        self.unitId = unitId
        self.date = date
        self.inspector = inspector
        self.channelKind = channelKind
        self.channel = channel
        self.checks = checks
        self.failed = failed
        self.problems = problems
        self.fixedOn = fixedOn
    }

    /// 发现问题 — a failed check or a problem written down.
    public var foundProblems: Bool {
        !failed.isEmpty || !problems.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    /// 待整改 — problems found and not fixed yet.
    public var awaitingFix: Bool { foundProblems && fixedOn == nil }
}

/// 巡检规则被违反 — why an inspection record was refused (nothing was saved).
public enum InspectionRuleError: Error, Equatable, Sendable, CustomStringConvertible {
    case missingInspector
    case missingChannel
    case noCheck
    case unknownCheck(String)
    /// A failed check that was not among the checks made.
    case failedNotChecked(InspectionCheck)
    /// A failed check with no description of the problem.
    case missingProblems
    /// The inspection date lies after today.
    case inFuture(date: CivilDate, today: CivilDate)
    /// 整改日期早于巡检日期, or after today.
    case fixedBeforeInspection(fixed: CivilDate, date: CivilDate)
    case fixedInFuture(fixed: CivilDate, today: CivilDate)
    /// Nothing was found, so there is nothing to fix.
    case nothingToFix

    /// In the current language (`UILanguage.current`).
    public var description: String {
        typealias R = CoreText.Registers
        let sep = R.listSeparator.text()
        switch self {
        case .missingInspector: return R.inspectMissingInspector.text([InputHint.inspector.text()])
        case .missingChannel: return R.inspectMissingChannel.text([InputHint.channel.text()])
        case .noCheck: return R.inspectNoCheck.text([InspectionCheck.allCases.map(\.displayName).joined(separator: sep)])
        case .unknownCheck(let w):
            return R.inspectUnknownCheck.text([w, InspectionCheck.allCases.map { R.codeAndName.text([$0.rawValue, $0.displayName]) }
                .joined(separator: sep)])
        case .failedNotChecked(let c): return R.inspectFailedNotChecked.text([c.displayName])
        case .missingProblems: return R.inspectMissingProblems.text([InputHint.problems.text()])
        case .inFuture(let d, let t): return R.inspectInFuture.text([d.iso, t.iso])
        case .fixedBeforeInspection(let f, let d): return R.inspectFixedBefore.text([f.iso, d.iso])
        case .fixedInFuture(let f, let t): return R.inspectFixedInFuture.text([f.iso, t.iso])
        case .nothingToFix: return R.inspectNothingToFix.text()
        }
    }}

/// 巡检规则 — checks on an inspection record.
public enum InspectionRules {
    /// 巡检记录校验 — inspector and channel named, at least one check, failed ⊆ checks, a failed check
    /// described, dates not in the future, fixed on or after the inspection and only when something
    /// was found.
    public static func validate(_ i: Inspection, today: CivilDate) throws(InspectionRuleError) {
        if i.inspector.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw .missingInspector }
        if i.channel.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw .missingChannel }
        if i.checks.isEmpty { throw .noCheck }
        if let c = i.failed.first(where: { !i.checks.contains($0) }) { throw .failedNotChecked(c) }
        if !i.failed.isEmpty, i.problems.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw .missingProblems }
        if i.date > today { throw .inFuture(date: i.date, today: today) }
        if let f = i.fixedOn {
            if !i.foundProblems { throw .nothingToFix }
            if f < i.date { throw .fixedBeforeInspection(fixed: f, date: i.date) }
            if f > today { throw .fixedInFuture(fixed: f, today: today) }
        }
    }

    /// 记录整改 — the day the problems found were fixed.
    public static func fix(_ i: Inspection, on date: CivilDate, today: CivilDate) throws(InspectionRuleError) -> Inspection {
        var next = i
        next.fixedOn = date
        try validate(next, today: today)
        return next
    }
}
