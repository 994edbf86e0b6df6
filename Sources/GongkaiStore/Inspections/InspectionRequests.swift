import GongkaiCore

/// 新增巡检记录 — `inspect add`. `unit` nil means the officer's own unit; `date` nil today.
public struct AddInspectionRequest: Codable, Sendable, Equatable {
    public var unit: String?
    public var date: CivilDate?
    public var inspector: String
    public var channelKind: InspectionChannelKind
    public var channel: String
    public var checks: [InspectionCheck]
    public var failed: [InspectionCheck]
    public var problems: String
    public var fixedOn: CivilDate?

    public init(unit: String? = nil, date: CivilDate? = nil, inspector: String, channelKind: InspectionChannelKind,
                channel: String, checks: [InspectionCheck] = InspectionCheck.allCases, failed: [InspectionCheck] = [],
                problems: String = "", fixedOn: CivilDate? = nil) {
        self.unit = unit
        self.date = date
        self.inspector = inspector
        self.channelKind = channelKind
        self.channel = channel
        self.checks = checks
        self.failed = failed
        self.problems = problems
        self.fixedOn = fixedOn
    }
}

/// 巡检记录（结果） — the record and its unit's name.
public struct InspectionRecord: Codable, Sendable, Equatable {
    public var inspection: Inspection
    public var unitName: String
    /// 待整改 — problems found and not fixed yet.
    public var awaitingFix: Bool
}

/// 长期未更新栏目 — one catalog column idle for longer than its staleness period, as the catalog
/// check computes it (`CatalogCheck.staleColumns` over `CatalogStats`).
public struct StaleColumn: Codable, Sendable, Equatable {
    public var nodeId: String
    public var path: String
    /// 责任单位 — own or inherited from the nearest owned parent; nil when none.
    public var ownerUnitId: String?
    public var ownerUnitName: String?
    /// 最近更新 — nil when never updated since it was set up (`since` is then the day it was set up).
    public var lastUpdated: CivilDate?
    public var since: CivilDate
    public var idleDays: Int
    /// The period that applies to this column (its own, or the report's).
    public var periodDays: Int
    public var message: String
}

/// 栏目更新情况报告 — `inspect stale`.
public struct StaleColumnReport: Codable, Sendable, Equatable {
    public var today: CivilDate
    public var stalenessDays: Int
    public var columns: [StaleColumn]
}
