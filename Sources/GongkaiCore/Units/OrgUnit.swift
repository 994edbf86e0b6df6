/// 单位 — the county government, its departments (部门) and its townships (乡镇).
public struct OrgUnit: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var kind: UnitKind
    /// 县政府办公室 / 政务公开办: the county office sees every unit's work (a unit flag).
    public var isCountyOffice: Bool

    public init(id: String, name: String, kind: UnitKind, isCountyOffice: Bool = false) {
        self.id = id
        self.name = name
        self.kind = kind
        self.isCountyOffice = isCountyOffice
    }
}

/// 单位类别 — 县政府 / 部门 / 乡镇.
public enum UnitKind: String, DomainCode {
    case county
    case department
    case township

    public var chineseName: String {
        switch self {
        case .county: return "县政府"
        case .department: return "部门"
        case .township: return "乡镇"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .county: return "County government"
        case .department: return "Department"
        case .township: return "Township"
        }
    }
}
