import GongkaiCore

/// 新增权责事项 — `duties add`. `unit` nil means the officer's own unit.
public struct AddDutyRequest: Codable, Sendable, Equatable {
    public var unit: String?
    public var kind: DutyKind
    public var name: String
    public var legalBasis: String
    public var responsibleUnit: String?
    public var procedure: String
    public var timeLimit: String
    public var supervisionPhone: String

    public init(unit: String? = nil, kind: DutyKind, name: String, legalBasis: String, responsibleUnit: String? = nil,
                procedure: String = "", timeLimit: String = "", supervisionPhone: String = "") {
        self.unit = unit
        self.kind = kind
        self.name = name
        self.legalBasis = legalBasis
        self.responsibleUnit = responsibleUnit
        self.procedure = procedure
        self.timeLimit = timeLimit
        self.supervisionPhone = supervisionPhone
    }
}

/// 调整或取消权责事项 — `duties update`. Fields given replace the current ones and the entry becomes
/// 调整 as of `date` (default today); `cancel` makes it 取消 as of `date` instead (fields are then not
/// allowed). Either way the previous version is kept.
public struct UpdateDutyRequest: Codable, Sendable, Equatable {
    public var kind: DutyKind?
    public var name: String?
    public var legalBasis: String?
    public var responsibleUnit: String?
    public var procedure: String?
    public var timeLimit: String?
    public var supervisionPhone: String?
    public var cancel: Bool
    public var date: CivilDate?
    /// 调整 / 取消的原因 (kept with the old version).
    public var reason: String?

    public init(kind: DutyKind? = nil, name: String? = nil, legalBasis: String? = nil, responsibleUnit: String? = nil,
                procedure: String? = nil, timeLimit: String? = nil, supervisionPhone: String? = nil,
                cancel: Bool = false, date: CivilDate? = nil, reason: String? = nil) {
        self.kind = kind
        self.name = name
        self.legalBasis = legalBasis
        self.responsibleUnit = responsibleUnit
        self.procedure = procedure
        self.timeLimit = timeLimit
        self.supervisionPhone = supervisionPhone
        self.cancel = cancel
        self.date = date
        self.reason = reason
    }

    public var changesFields: Bool {
        kind != nil || name != nil || legalBasis != nil || responsibleUnit != nil || procedure != nil
            || timeLimit != nil || supervisionPhone != nil
    }
}

/// 权责清单查询 — `duties list`: a unit (id or name; nil = every unit the officer sees), a kind,
/// and whether only the current list (现行 and 调整) is wanted.
public struct DutyQuery: Codable, Sendable, Equatable {
    public var unit: String?
    public var kind: DutyKind?
    public var currentOnly: Bool

    public init(unit: String? = nil, kind: DutyKind? = nil, currentOnly: Bool = false) {
        self.unit = unit
        self.kind = kind
        self.currentOnly = currentOnly
    }
}
