import Foundation
import GRDB
import GongkaiCore

/// 新增单位 — a county department (部门) or township (乡镇) and, in the same change, its sub-catalog under
/// 部门乡镇信息公开 from the template of its kind (`UnitCatalogTemplate`).
extension GongkaiService {
    public func addUnit(_ request: AddUnitRequest) throws -> AddUnitResult {
        try checkInput(request)
        guard request.kind != .county else { throw CatalogServiceError.unitKindNotAddable(request.kind.code) }
        let name = try CatalogNode.validatedName(request.name)
        let today = self.today()
        let stamp = now()
        return try change(.unitAdd, item: name, require: { try $0.requireAdmin() }) { db in
            if try UnitRow.filter(Column("name") == name).fetchCount(db) > 0 {
                throw CatalogServiceError.duplicateUnitName(name)
            }
            let id = try Self.nextUnitID(db)
            let order = (try Int.fetchOne(db, sql: "SELECT MAX(sortOrder) FROM unit") ?? 0) + 1
            let unit = OrgUnit(id: id, name: name, kind: request.kind)
            try UnitRow(id: id, name: name, kind: request.kind.code, isCountyOffice: false, sortOrder: order,
                        createdAt: stamp).insert(db)
            let (nodeID, _) = try CatalogStore.ensureUnitCatalog(db, unit: unit, on: today)
            let tree = try CatalogStore.loadTree(db)
            let result = AddUnitResult(unit: unit, catalogNode: CatalogNodeSummary(tree[nodeID]!),
                                       columns: tree.children(of: nodeID).map(\.name))
            return (result, ChangeRecord(after: AuditLog.json(result)))
        }
    }

    /// 单位 — one unit by id or name.
    public func unit(_ reference: String) throws -> OrgUnit {
        try readShared { db in
            let row = try Self.resolveUnitRow(db, reference)
            guard let unit = row.unit else { throw CorruptRowError(table: "unit", id: row.id, column: "kind") }
            return unit
        }
    }

    /// Units added here get `u0001`, `u0002` … (never reused: the highest existing number plus one).
    static func nextUnitID(_ db: Database) throws -> String {
        let ids = try String.fetchAll(db, sql: "SELECT id FROM unit WHERE id LIKE 'u%'")
        let highest = ids.compactMap { Int($0.dropFirst()) }.max() ?? 0
        let digits = String(highest + 1)
        return "u" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

/// 复议机关、人民法院 (C10) — each unit's, as set by an admin, else the default of its kind.
extension GongkaiService {
    static func unitRemedies(_ db: Database, unitId: String) throws -> UnitRemedies {
        guard let row = try Row.fetchOne(db, sql: "SELECT kind, reviewBody, court FROM unit WHERE id = ?",
                                         arguments: [unitId]),
              let kind = UnitKind(rawValue: row["kind"]) else { throw ServiceError.unknownUnit(unitId) }
        let countyUnit = try String.fetchOne(db, sql: """
            SELECT name FROM unit WHERE kind = 'county' ORDER BY isCountyOffice DESC, sortOrder, id LIMIT 1
            """) ?? ""
        var r = UnitRemedies.defaults(kind: kind, countyName: UnitRemedies.countyName(fromCountyUnit: countyUnit))
        if let body = Self.blankToNil(row["reviewBody"]) { r.reviewBody = body; r.isDefault = false }
        if let court = Self.blankToNil(row["court"]) { r.court = court; r.isDefault = false }
        return r
    }

    /// 复议机关、人民法院 of a unit (code or name).
    public func unitRemedies(unit reference: String) throws -> UnitRemedies {
        try readShared { db in try Self.unitRemedies(db, unitId: try UnitResolver.resolve(db, reference).id) }
    }

    /// 设置复议机关、人民法院 — admins only, audited (before → after). An empty text restores the default.
    @discardableResult
    public func setUnitRemedies(unit reference: String, reviewBody: String?, court: String?) throws -> UnitRemedies {
        try change(.unitRemedies, item: reference, require: { try $0.requireAdmin() }) { db in
            let id = try UnitResolver.resolve(db, reference).id
            let before = try Self.unitRemedies(db, unitId: id)
            if let reviewBody {
                try db.execute(sql: "UPDATE unit SET reviewBody = ? WHERE id = ?",
                               arguments: [Self.blankToNil(reviewBody.trimmingCharacters(in: .whitespaces)), id])
            }
            if let court {
                try db.execute(sql: "UPDATE unit SET court = ? WHERE id = ?",
                               arguments: [Self.blankToNil(court.trimmingCharacters(in: .whitespaces)), id])
            }
            let after = try Self.unitRemedies(db, unitId: id)
            return (after, ChangeRecord(before: AuditLog.json(before), after: AuditLog.json(after), item: id))
        }
    }
}
