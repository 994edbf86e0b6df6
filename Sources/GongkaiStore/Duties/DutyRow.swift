import Foundation
import GRDB
import GongkaiCore

/// 权责事项行 — one row of `dutyEntry`.
struct DutyRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "dutyEntry"
    var id: String
    var unitId: String
    var kind: String
    var name: String
    var legalBasis: String
    var responsibleUnit: String
    var procedure: String
    var timeLimit: String
    var supervisionPhone: String
    var state: String
    var stateDate: String?
    var version: Int
    var createdAt: String
    var updatedAt: String

    init(_ e: DutyEntry, createdAt: String, updatedAt: String) {
        id = e.id
        unitId = e.unitId
        kind = e.kind.rawValue
        name = e.name
        legalBasis = e.legalBasis
        responsibleUnit = e.responsibleUnit
        procedure = e.procedure
        timeLimit = e.timeLimit
        supervisionPhone = e.supervisionPhone
        state = e.state.rawValue
        stateDate = e.stateDate?.iso
        version = e.version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    func checked() throws -> DutyEntry {
        guard let k = DutyKind(rawValue: kind) else { throw CorruptRowError(table: "dutyEntry", id: id, column: "kind") }
        guard let s = DutyState(rawValue: state) else { throw CorruptRowError(table: "dutyEntry", id: id, column: "state") }
        let date = try stateDate.map { iso -> CivilDate in
            guard let d = CivilDate(iso: iso) else { throw CorruptRowError(table: "dutyEntry", id: id, column: "stateDate") }
            return d
        }
        return DutyEntry(id: id, unitId: unitId, kind: k, name: name, legalBasis: legalBasis,
                         responsibleUnit: responsibleUnit, procedure: procedure, timeLimit: timeLimit,
                         supervisionPhone: supervisionPhone, state: s, stateDate: date, version: version)
    }
}

extension GongkaiService {
    /// The next id `PREFIX0001` of a register table whose ids are `prefix` + a 4-digit (or longer) number.
    static func nextRegisterID(_ db: Database, table: String, prefix: String) throws -> String {
        let last = try String.fetchOne(db, sql: """
            SELECT id FROM \(table) WHERE id LIKE ? ORDER BY LENGTH(id) DESC, id DESC LIMIT 1
            """, arguments: [prefix + "%"])
        let n = last.flatMap { Int($0.dropFirst(prefix.count)) } ?? 0
        return prefix + String(format: "%04d", n + 1)
    }

    static func unitName(_ db: Database, _ id: String) throws -> String {
        try String.fetchOne(db, sql: "SELECT name FROM unit WHERE id = ?", arguments: [id]) ?? id
    }

    /// The unit a register request names (id or name), or the officer's own when nil.
    static func registerUnit(_ db: Database, _ reference: String?, policy: AccessPolicy) throws -> String {
        guard let ref = blankToNil(reference) else { return policy.officer.unitId }
        return try UnitResolver.resolve(db, ref).id
    }
}
