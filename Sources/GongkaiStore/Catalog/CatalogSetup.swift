import Foundation
import GRDB
import GongkaiCore

extension CatalogStore {
    /// 建立目录 — on `init`: the statutory seed when the catalog is empty, then a sub-catalog under
    /// 部门乡镇信息公开 for every unit that has none, each step with its audit entry in the caller's
    /// transaction. Returns the number of columns created.
    static func setUpWorkspace(_ db: Database, on date: CivilDate, actor: Actor) throws -> Int {
        var created = try seedIfEmpty(db, on: date)
        if created > 0 {
            try assignSeedToCountyOffice(db)
            try AuditLog.append(db, actor: actor, action: .catalogSeed, item: CatalogSeed.unitsCategoryID,
                                after: AuditLog.json(["columns": created]))
        }
        created += try ensureUnitCatalogs(db, on: date, actor: actor)
        return created
    }

    /// 责任单位 — the county office (县政府办 / 政务公开办) coordinates the county catalog, so it owns the
    /// statutory top categories; units own their sub-catalogs under 部门乡镇信息公开.
    static func assignSeedToCountyOffice(_ db: Database) throws {
        guard let office = try String.fetchOne(db, sql: "SELECT id FROM unit WHERE isCountyOffice ORDER BY id LIMIT 1")
        else { return }
        let old = try loadTree(db)
        var tree = old
        for top in tree.children(of: nil) where top.ownerUnitID == nil {
            try tree.setOwner(top.id, unitID: office)
        }
        try save(db, old: old, new: tree)
    }

    /// Gives every unit without one its sub-catalog (county office, demo units, units of older workspaces).
    static func ensureUnitCatalogs(_ db: Database, on date: CivilDate, actor: Actor) throws -> Int {
        let units = try UnitRow.fetchAll(db, sql: "SELECT * FROM unit ORDER BY isCountyOffice DESC, sortOrder, name")
        // The tree is read and written once for all the units (not once per unit: seeding a county
        // would read and compare the whole catalog as often as it has units).
        var old: CatalogTree?
        var tree = CatalogTree()
        var created = 0
        for unit in units.compactMap(\.unit) where try unitNodeID(db, unitID: unit.id) == nil {
            if old == nil {
                let stored = try loadTree(db)
                guard stored[CatalogSeed.unitsCategoryID] != nil else { throw CatalogServiceError.catalogNotSeeded }
                old = stored
                tree = stored
            }
            let before = tree.count
            let id = try tree.addUnitCatalog(unitName: unit.name, unitID: unit.id,
                                             template: unit.kind.catalogTemplate, on: date)
            let added = tree.count - before
            created += added
            try AuditLog.append(db, actor: actor, action: .catalogUnit, item: id,
                                after: AuditLog.json(["unit": unit.id, "columns": String(added)]))
        }
        if let old { try save(db, old: old, new: tree) }
        return created
    }
}
