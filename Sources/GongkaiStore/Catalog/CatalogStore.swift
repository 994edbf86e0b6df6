import Foundation
import GRDB
import GongkaiCore

/// 目录存取 — loads the disclosure catalog (公开目录) into a `CatalogTree`, writes a changed tree back,
/// and creates the statutory seed and units' sub-catalogs. Every function runs inside the caller's
/// transaction (the service's `change`, or `initialize`), so a refused change writes nothing.
enum CatalogStore {
    static let nextSerialKey = "catalogNextSerial"

    static func isEmpty(_ db: Database) throws -> Bool {
        try CatalogNodeRow.fetchCount(db) == 0
    }

    static func rows(_ db: Database) throws -> [String: CatalogNodeRow] {
        Dictionary(uniqueKeysWithValues: try CatalogNodeRow.fetchAll(db).map { ($0.id, $0) })
    }

    /// The whole tree as stored (retired columns included).
    static func loadTree(_ db: Database) throws -> CatalogTree {
        let nodes = try CatalogNodeRow.fetchAll(db, sql: #"SELECT * FROM catalogNode ORDER BY parentId, "order", id"#)
            .map { try $0.node() }
        let serial = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [nextSerialKey])
            .flatMap(Int.init)
        return try CatalogTree(nodes: nodes, nextSerial: serial)
    }

    /// Writes the rows that differ between `old` and `new` (inserted, changed, deleted) and the id
    /// counter. Columns in `touched` get `lastUpdated = touchedOn`; the others keep theirs.
    static func save(_ db: Database, old: CatalogTree, new: CatalogTree,
                     touched: Set<CatalogNodeID> = [], touchedOn: CivilDate? = nil) throws {
        let stored = try rows(db)
        for node in new.nodes {
            let previous = stored[node.id]
            let updated = touched.contains(node.id) ? touchedOn?.iso : previous?.lastUpdated
            let row = CatalogNodeRow(node, lastUpdated: updated ?? previous?.lastUpdated)
            if row != previous { try row.save(db) }
        }
        for id in stored.keys where new[id] == nil {
            _ = try CatalogNodeRow.deleteOne(db, key: id)
        }
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                       arguments: [nextSerialKey, String(new.nextSerial)])
    }

    /// 初始化目录 — writes the statutory seed (`CatalogSeed`, 8/10/23/26 columns) into an empty catalog.
    /// Returns the number of columns written (0 when a catalog is already there).
    static func seedIfEmpty(_ db: Database, on date: CivilDate) throws -> Int {
        guard try isEmpty(db) else { return 0 }
        let seed = CatalogSeed.tree(createdOn: date)
        try save(db, old: CatalogTree(), new: seed)
        return seed.count
    }

    /// The node of a unit's sub-catalog under 部门乡镇信息公开, if it has one.
    static func unitNodeID(_ db: Database, unitID: String) throws -> CatalogNodeID? {
        try String.fetchOne(db, sql: """
            SELECT id FROM catalogNode WHERE parentId = ? AND ownerUnitId = ? AND origin = 'unit-template'
            ORDER BY retiredOn IS NOT NULL, id LIMIT 1
            """, arguments: [CatalogSeed.unitsCategoryID, unitID])
    }

    /// 新增单位目录 — gives a unit its sub-catalog from the template of its kind, unless it has one.
    /// Returns the unit node's id and whether it was created now.
    @discardableResult
    static func ensureUnitCatalog(_ db: Database, unit: OrgUnit, on date: CivilDate) throws
        -> (id: CatalogNodeID, created: Bool) {
        if let existing = try unitNodeID(db, unitID: unit.id) { return (existing, false) }
        let old = try loadTree(db)
        guard old[CatalogSeed.unitsCategoryID] != nil else { throw CatalogServiceError.catalogNotSeeded }
        var tree = old
        let id = try tree.addUnitCatalog(unitName: unit.name, unitID: unit.id,
                                         template: unit.kind.catalogTemplate, on: date)
        try save(db, old: old, new: tree)
        return (id, true)
    }

    /// 栏目引用 — finds a column by id (`c05.09.01`, `n0003`), by "/"-joined path
    /// (`法定主动公开内容/基层政府信息公开/教育信息`; a top category's name is its path) or by a name only one
    /// active column carries (`教育信息`) — with `unitID`, only one column of that unit's catalog
    /// (`CatalogTree.resolve(reference:unitID:)`).
    static func resolve(_ reference: String, in tree: CatalogTree, unitID: String? = nil) throws -> CatalogNode {
        let ref = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        switch tree.resolve(reference: ref, unitID: unitID) {
        case .found(let node): return node
        case .unknown: throw CatalogServiceError.unknownNode(ref)
        case .ambiguous(let matches):
            throw CatalogServiceError.ambiguousNode(ref, candidates: matches.map { "\($0.path)（\($0.id)）" })
        }
    }

    /// Files a document in a column (nothing happens when it is already there).
    static func place(_ db: Database, documentID: String, nodeID: CatalogNodeID) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO documentCatalog(documentId, nodeId) VALUES (?, ?)",
                       arguments: [documentID, nodeID])
    }
}
