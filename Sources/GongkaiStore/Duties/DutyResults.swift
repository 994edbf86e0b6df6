import GongkaiCore

/// 权责事项（列表行） — an entry with its unit's name; JSON keys are the entry's fields plus `unitName`.
public struct DutyRecord: Codable, Sendable, Equatable {
    public var id: String
    public var unitId: String
    public var unitName: String
    public var kind: DutyKind
    public var name: String
    public var legalBasis: String
    public var responsibleUnit: String
    public var procedure: String
    public var timeLimit: String
    public var supervisionPhone: String
    public var state: DutyState
    public var stateDate: CivilDate?
    public var version: Int

    public init(_ e: DutyEntry, unitName: String) {
        id = e.id
        unitId = e.unitId
        self.unitName = unitName
        kind = e.kind
        name = e.name
        legalBasis = e.legalBasis
        responsibleUnit = e.responsibleUnit
        procedure = e.procedure
        timeLimit = e.timeLimit
        supervisionPhone = e.supervisionPhone
        state = e.state
        stateDate = e.stateDate
        version = e.version
    }

    public var entry: DutyEntry {
        DutyEntry(id: id, unitId: unitId, kind: kind, name: name, legalBasis: legalBasis, responsibleUnit: responsibleUnit,
                  procedure: procedure, timeLimit: timeLimit, supervisionPhone: supervisionPhone, state: state,
                  stateDate: stateDate, version: version)
    }
}

/// 历史版本 — how the entry read before one of its changes, and what the change was.
public struct DutyVersion: Codable, Sendable, Equatable {
    /// The version number of `entry` (the one replaced).
    public var version: Int
    public var entry: DutyEntry
    /// 调整 or 取消.
    public var change: DutyState
    public var changedOn: CivilDate
    public var reason: String?
    public var actor: String
}

/// 权责事项详情 — the entry as it is now and every earlier version, oldest first.
public struct DutyDetail: Codable, Sendable, Equatable {
    public var entry: DutyRecord
    public var history: [DutyVersion]
}

/// 现行权责清单 — one unit's entries in force (现行 and 调整) as published: for `duties list
/// --current`, and for export and publication with the catalog.
public struct CurrentDutyList: Codable, Sendable, Equatable {
    public var unitId: String
    public var unitName: String
    public var asOf: CivilDate
    public var entries: [DutyRecord]
}
