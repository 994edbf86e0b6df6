/// 权责事项 — one power or duty of a unit's 权责清单 / 机构职能目录 (Docs/领域规则.md §9; the county summary:
/// "梳理权责清单,机构职能目录并公开"): kind, name, legal basis, responsible unit, procedure, time
/// limit and supervision phone, with its state.
public struct DutyEntry: Hashable, Sendable, Codable {
    public var id: String
    /// The unit whose list this entry belongs to.
    public var unitId: String
    public var kind: DutyKind
    /// 事项名称.
    public var name: String
    /// 设定依据 — the laws and regulations the power rests on.
    public var legalBasis: String
    /// 实施主体 / 责任单位 — the office or body that exercises it (text: often a section of the unit).
    public var responsibleUnit: String
    /// 办理流程.
    public var procedure: String
    /// 办理时限 — as the law states it (e.g. "20个工作日"); text, not computed.
    public var timeLimit: String
    /// 监督电话.
    public var supervisionPhone: String
    public var state: DutyState
    /// 调整 / 取消 date; nil while 现行.
    public var stateDate: CivilDate?
    /// 1 when first entered, +1 at each adjustment or cancellation (older versions are kept).
    public var version: Int

    public init(id: String, unitId: String, kind: DutyKind, name: String, legalBasis: String,
                responsibleUnit: String, procedure: String = "", timeLimit: String = "",
                supervisionPhone: String = "", state: DutyState = .current, stateDate: CivilDate? = nil,
                version: Int = 1) {
        self.id = id
        self.unitId = unitId
        self.kind = kind
        self.name = name
        self.legalBasis = legalBasis
        self.responsibleUnit = responsibleUnit
        self.procedure = procedure
        self.timeLimit = timeLimit
        self.supervisionPhone = supervisionPhone
        self.state = state
        self.stateDate = stateDate
        self.version = version
    }
}

/// 权责清单规则被违反 — why an entry or a change of it was refused (nothing was saved).
public enum DutyRuleError: Error, Equatable, Sendable, CustomStringConvertible {
    /// 事项名称为空.
    case missingName
    /// 设定依据为空 — a power is exercised by law (依法行使), so its basis is part of the entry.
    case missingLegalBasis
    /// 调整 / 取消 without the date it took effect.
    case missingStateDate(DutyState)
    /// 现行 with a date: the date belongs to 调整 and 取消.
    case dateWithoutChange
    /// A cancelled entry is history: it is not edited or cancelled again (enter a new one).
    case alreadyCancelled(String)
    /// The change date is before the last recorded change of the entry.
    case dateBeforeLastChange(date: CivilDate, last: CivilDate)

    /// In the current language (`UILanguage.current`).
    public var description: String {
        typealias R = CoreText.Registers
        switch self {
        case .missingName: return R.dutyMissingName.text()
        case .missingLegalBasis: return R.dutyMissingLegalBasis.text()
        case .missingStateDate(let s): return R.dutyMissingStateDate.text([s.displayName, InputHint.date.text()])
        case .dateWithoutChange: return R.dutyDateWithoutChange.text()
        case .alreadyCancelled(let id): return R.dutyAlreadyCancelled.text([id])
        case .dateBeforeLastChange(let d, let last): return R.dutyDateBeforeLastChange.text([d.iso, last.iso])
        }
    }}

/// 权责清单规则 — what makes an entry valid and how an entry changes (every change keeps the old
/// version; the store records it). Project rules, not law: see Docs/权责清单.md.
public enum DutyRules {
    /// 事项校验 — name and legal basis present; 调整 / 取消 carry their date, 现行 none.
    public static func validate(_ entry: DutyEntry) throws(DutyRuleError) {
        if entry.name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw .missingName }
        if entry.legalBasis.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw .missingLegalBasis }
        switch entry.state {
        case .current: if entry.stateDate != nil { throw .dateWithoutChange }
        case .adjusted, .cancelled: if entry.stateDate == nil { throw .missingStateDate(entry.state) }
        }
    }

    /// 调整 — the entry with its new contents becomes 调整 as of `date` (version + 1). A cancelled
    /// entry cannot change; the date cannot precede the entry's last change.
    public static func adjust(_ old: DutyEntry, to new: DutyEntry, on date: CivilDate) throws(DutyRuleError) -> DutyEntry {
        try requireChangeable(old, on: date)
        var next = new
        next.id = old.id
        next.unitId = old.unitId
        next.state = .adjusted
        next.stateDate = date
        next.version = old.version + 1
        try validate(next)
        return next
    }

    /// 取消 — the entry leaves the current list as of `date` (version + 1), kept for history.
    public static func cancel(_ old: DutyEntry, on date: CivilDate) throws(DutyRuleError) -> DutyEntry {
        try requireChangeable(old, on: date)
        var next = old
        next.state = .cancelled
        next.stateDate = date
        next.version = old.version + 1
        return next
    }

    static func requireChangeable(_ old: DutyEntry, on date: CivilDate) throws(DutyRuleError) {
        if old.state == .cancelled { throw .alreadyCancelled(old.id) }
        if let last = old.stateDate, date < last { throw .dateBeforeLastChange(date: date, last: last) }
    }

    /// 现行清单 — the entries in force (现行 and 调整), by kind in the order of `DutyKind`, then name.
    public static func currentList(_ entries: [DutyEntry]) -> [DutyEntry] {
        let order = Dictionary(uniqueKeysWithValues: DutyKind.allCases.enumerated().map { ($1, $0) })
        return entries.filter { $0.state.isInCurrentList }.sorted {
            if $0.kind != $1.kind { return order[$0.kind]! < order[$1.kind]! }
            if $0.name != $1.name { return $0.name < $1.name }
            return $0.id < $1.id
        }
    }
}
