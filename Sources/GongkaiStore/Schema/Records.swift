import Foundation
import GRDB
import GongkaiCore

/// Database rows. Kept inside the store: the service door hands out Core values only.
struct UnitRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "unit"
    var id: String
    var name: String
    var kind: String
    var isCountyOffice: Bool
    var sortOrder: Int
    var createdAt: String

    var unit: OrgUnit? {
        guard let k = UnitKind(rawValue: kind) else { return nil }
        return OrgUnit(id: id, name: name, kind: k, isCountyOffice: isCountyOffice)
    }
}

struct DocumentRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "document"
    var id: String
    var title: String
    var docNumber: String?
    var type: String
    var attribute: String?
    var withheldReason: String?
    var state: String
    var unitId: String
    var formed: String
    var published: String?
    var body: String
    var createdAt: String
    var updatedAt: String
}

struct ApplicationRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "application"
    var id: String
    var applicantType: String
    var applicantName: String
    var applicantIdNumber: String?
    var applicantContact: String?
    var channel: String
    var received: String
    var content: String
    var formWanted: String?
    var unitId: String
    var replied: String?
    var outcome: String?
    var createdAt: String
}

/// A stored value that no longer parses (a hand-edited file, a newer version's code).
struct CorruptRowError: Error, CustomStringConvertible {
    var table: String
    var id: String
    var column: String
    var description: String { "工作区数据无法识别：\(table) \(id) 的 \(column)" }
}
