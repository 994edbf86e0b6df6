import Foundation
import GRDB
import GongkaiCore

/// 政府网站与政务新媒体巡检 — inspection records (防攻击、防篡改、防病毒; problems found; fixed on) and
/// the report of columns not updated within the staleness period (Docs/领域规则.md §9).
extension GongkaiService {
    public func addInspection(_ request: AddInspectionRequest) throws -> InspectionRecord {
        try checkInput(request)
        let stamp = now(), today = self.today()
        let date = request.date ?? today
        return try change(.inspectionAdd, item: nil) { db in
            let policy = try self.policy(db)
            let unit = try Self.registerUnit(db, request.unit, policy: policy)
            try policy.requireChange(unit: unit)
            let id = try Self.nextRegisterID(db, table: "inspection", prefix: String(format: "XJ%04d-", date.year))
            let i = Inspection(id: id, unitId: unit, date: date, inspector: Self.trimmed(request.inspector),
                               channelKind: request.channelKind, channel: Self.trimmed(request.channel),
                               checks: InspectionCheck.allCases.filter(request.checks.contains),
                               failed: InspectionCheck.allCases.filter(request.failed.contains),
                               problems: Self.trimmed(request.problems), fixedOn: request.fixedOn)
            try Self.registerRule { try InspectionRules.validate(i, today: today) }
            try InspectionRow(i, createdAt: stamp, updatedAt: stamp).insert(db)
            return (try Self.inspectionRecord(db, i), ChangeRecord(after: AuditLog.json(i), item: id))
        }
    }

    /// 记录整改 — the day the problems an inspection found were fixed.
    @discardableResult
    public func fixInspection(id: String, on date: CivilDate? = nil) throws -> InspectionRecord {
        try checkInput(date, field: "date")
        let stamp = now(), today = self.today()
        return try change(.inspectionFix, item: id) { db in
            guard let row = try InspectionRow.fetchOne(db, key: id) else { throw ServiceError.notFound(StoreText.Registers.noInspection.with([id])) }
            try self.policy(db).requireChange(unit: row.unitId)
            let old = try row.checked()
            let next = try Self.registerRule { try InspectionRules.fix(old, on: date ?? today, today: today) }
            try InspectionRow(next, createdAt: row.createdAt, updatedAt: stamp).update(db)
            return (try Self.inspectionRecord(db, next), ChangeRecord(before: AuditLog.json(old), after: AuditLog.json(next)))
        }
    }

    public func inspection(id: String) throws -> InspectionRecord {
        try read { db, access in
            guard let row = try InspectionRow.fetchOne(db, key: id) else { throw ServiceError.notFound(StoreText.Registers.noInspection.with([id])) }
            try access.policy.requireSee(unit: row.unitId)
            return try Self.inspectionRecord(db, try row.checked())
        }
    }

    /// The inspections the officer may see (`unit`: one of them), newest first.
    public func inspections(unit: String? = nil) throws -> [InspectionRecord] {
        try read { db, access in
            let policy = access.policy
            let scope = UnitScope(policy)
            var sql = "SELECT * FROM inspection WHERE \(scope.sql("unitId"))"
            var args = scope.arguments
            if let ref = Self.blankToNil(unit) {
                let u = try Self.registerUnit(db, ref, policy: policy)
                try policy.requireSee(unit: u)
                sql += " AND unitId = ?"
                args += [u]
            }
            sql += " ORDER BY date DESC, id DESC"
            return try InspectionRow.fetchAll(db, sql: sql, arguments: args).map { try Self.inspectionRecord(db, try $0.checked()) }
        }
    }

    /// 栏目长期不更新 — `inspect stale`: the catalog's own staleness computation (the one behind
    /// `catalog check` and the inbox), with `stalenessDays` as the period for columns without their own.
    /// A unit's officers see the columns their unit is responsible for; the county office all. `unit`
    /// narrows to one unit's columns.
    public func staleColumnReport(stalenessDays: Int = CatalogCheck.defaultStalenessDays,
                                  unit: String? = nil) throws -> StaleColumnReport {
        try checkInput(stalenessDays, field: "stalenessDays")
        guard stalenessDays > 0 else { throw CatalogError.invalidStalenessDays(stalenessDays) }
        let today = self.today()
        return try read { db, access in
            let policy = access.policy
            let only = try Self.blankToNil(unit).map { try Self.registerUnit(db, $0, policy: policy) }
            if let only { try policy.requireSee(unit: only) }
            let columns = try Self.staleColumns(db, today: today, stalenessDays: stalenessDays).filter { c in
                if let only { return c.ownerUnitId == only }
                return policy.seesAllUnits || c.ownerUnitId == policy.officer.unitId
            }
            return StaleColumnReport(today: today, stalenessDays: stalenessDays, columns: columns)
        }
    }

    /// Every stale column of the catalog, in display order: `CatalogStats` (the counts and last-updated
    /// dates the catalog shows) judged by `CatalogCheck.staleColumns`. The inbox's 栏目未更新 items
    /// come from here too (through the workspace's `snapshots`, shared with the 目录 pane).
    static func staleColumns(_ db: Database, today: CivilDate, stalenessDays: Int,
                             snapshots: CatalogSnapshotMemo? = nil) throws -> [StaleColumn] {
        let (tree, stats) = try snapshots?.snapshot(db, today: today, stalenessDays: stalenessDays, scope: nil)
            ?? { let tree = try CatalogStore.loadTree(db)
                 return (tree, try CatalogStats.load(db, tree: tree, today: today, stalenessDays: stalenessDays)) }()
        guard tree.count > 0 else { return [] }
        let names = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, name FROM unit")
            .map { ($0["id"] as String, $0["name"] as String) })
        return stats.problems.compactMap { problem -> StaleColumn? in
            guard problem.kind == .staleColumn, let node = tree.node(atPath: problem.path) else { return nil }
            let owner = tree.effectiveOwner(of: node.id)
            let updated = stats.ownUpdated[node.id]
            let since = updated ?? node.createdOn
            return StaleColumn(nodeId: node.id, path: node.path, ownerUnitId: owner, ownerUnitName: owner.flatMap { names[$0] },
                               lastUpdated: updated, since: since, idleDays: since.days(to: today),
                               periodDays: max(0, node.stalenessDays ?? stalenessDays), message: problem.message)
        }
    }

    static func inspectionRecord(_ db: Database, _ i: Inspection) throws -> InspectionRecord {
        InspectionRecord(inspection: i, unitName: try unitName(db, i.unitId), awaitingFix: i.awaitingFix)
    }
}

/// 巡检记录行 — one row of `inspection`.
struct InspectionRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "inspection"
    var id: String
    var unitId: String
    var date: String
    var inspector: String
    var channelKind: String
    var channel: String
    var checks: String
    var failed: String
    var problems: String
    var fixedOn: String?
    var createdAt: String
    var updatedAt: String

    init(_ i: Inspection, createdAt: String, updatedAt: String) {
        id = i.id
        unitId = i.unitId
        date = i.date.iso
        inspector = i.inspector
        channelKind = i.channelKind.rawValue
        channel = i.channel
        checks = i.checks.map(\.rawValue).joined(separator: ",")
        failed = i.failed.map(\.rawValue).joined(separator: ",")
        problems = i.problems
        fixedOn = i.fixedOn?.iso
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    func checked() throws -> Inspection {
        func bad(_ column: String) -> CorruptRowError { CorruptRowError(table: "inspection", id: id, column: column) }
        guard let d = CivilDate(iso: date) else { throw bad("date") }
        guard let k = InspectionChannelKind(rawValue: channelKind) else { throw bad("channelKind") }
        func list(_ text: String, _ column: String) throws -> [InspectionCheck] {
            try text.split(separator: ",").map { code in
                guard let c = InspectionCheck(rawValue: String(code)) else { throw bad(column) }
                return c
            }
        }
        let fixed = try fixedOn.map { iso -> CivilDate in
            guard let f = CivilDate(iso: iso) else { throw bad("fixedOn") }
            return f
        }
        return Inspection(id: id, unitId: unitId, date: d, inspector: inspector, channelKind: k, channel: channel,
                          checks: try list(checks, "checks"), failed: try list(failed, "failed"), problems: problems,
                          fixedOn: fixed)
    }
}
