import Foundation
import GRDB
import GongkaiCore

/// 目录节点行 — one stored column of the disclosure catalog (table `catalogNode`).
struct CatalogNodeRow: Codable, FetchableRecord, PersistableRecord, Equatable {
    static let databaseTableName = "catalogNode"
    var id: String
    var parentId: String?
    var name: String
    var order: Int
    var ownerUnitId: String?
    var nationalAreas: String
    var origin: String
    var createdOn: String
    var retiredOn: String?
    var everUsed: Bool
    var stalenessDays: Int?
    var lastUpdated: String?

    init(_ node: CatalogNode, lastUpdated: String?) {
        id = node.id
        parentId = node.parentID
        name = node.name
        order = node.order
        ownerUnitId = node.ownerUnitID
        nationalAreas = node.nationalAreas.map(\.code).joined(separator: ",")
        origin = node.origin.code
        createdOn = node.createdOn.iso
        retiredOn = node.retiredOn?.iso
        everUsed = node.everUsed
        stalenessDays = node.stalenessDays
        self.lastUpdated = lastUpdated
    }

    func node() throws -> CatalogNode {
        func bad(_ column: String) -> CorruptRowError { CorruptRowError(table: "catalogNode", id: id, column: column) }
        guard let origin = CatalogNodeOrigin(rawValue: origin) else { throw bad("origin") }
        guard let created = CivilDate(iso: createdOn) else { throw bad("createdOn") }
        let retired: CivilDate? = try retiredOn.map {
            guard let d = CivilDate(iso: $0) else { throw bad("retiredOn") }
            return d
        }
        let areas = try nationalAreas.split(separator: ",").map { code -> NationalStandardArea in
            guard let area = NationalStandardArea(rawValue: String(code)) else { throw bad("nationalAreas") }
            return area
        }
        return CatalogNode(id: id, name: name, parentID: parentId, order: order, nationalAreas: areas,
                           ownerUnitID: ownerUnitId, origin: origin, createdOn: created, retiredOn: retired,
                           everUsed: everUsed, stalenessDays: stalenessDays)
    }
}

/// 标准目录事项行 — one stored standard catalog item (table `standardCatalogItem`).
struct StandardCatalogItemRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "standardCatalogItem"
    var id: Int64?
    var nodeId: String
    var serialNumber: Int?
    var firstLevelMatter: String
    var secondLevelMatter: String
    var content: String
    var basis: String
    var timeLimit: String
    var publisher: String
    var channels: String
    var audience: String
    var mode: String
    var level: String
    var createdOn: String
    var updatedOn: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(item: StandardCatalogItem, nodeId: String, on date: CivilDate) {
        id = nil
        self.nodeId = nodeId
        serialNumber = item.serialNumber
        firstLevelMatter = item.firstLevelMatter
        secondLevelMatter = item.secondLevelMatter
        content = item.content
        basis = item.basis
        timeLimit = item.timeLimit
        publisher = item.publisher
        channels = item.carriers.map(\.code).joined(separator: ",")
        audience = item.audience.code
        mode = item.mode.code
        level = item.level.code
        createdOn = date.iso
        updatedOn = date.iso
    }

    func item() throws -> StandardCatalogItem {
        func bad(_ column: String) -> CorruptRowError {
            CorruptRowError(table: "standardCatalogItem", id: id.map(String.init) ?? "?", column: column)
        }
        let carriers = try channels.split(separator: ",").map { code -> StandardCatalogItem.Carrier in
            guard let c = StandardCatalogItem.Carrier(rawValue: String(code)) else { throw bad("channels") }
            return c
        }
        guard let audience = StandardCatalogItem.Audience(rawValue: audience) else { throw bad("audience") }
        guard let mode = StandardCatalogItem.Mode(rawValue: mode) else { throw bad("mode") }
        guard let level = StandardCatalogItem.Level(rawValue: level) else { throw bad("level") }
        return StandardCatalogItem(serialNumber: serialNumber, firstLevelMatter: firstLevelMatter,
                                   secondLevelMatter: secondLevelMatter, content: content, basis: basis,
                                   timeLimit: timeLimit, publisher: publisher, carriers: carriers,
                                   audience: audience, mode: mode, level: level, catalogNodeID: nodeId)
    }
}
