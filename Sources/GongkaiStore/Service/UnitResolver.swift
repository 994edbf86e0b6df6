import Foundation
import GRDB
import GongkaiCore

/// 单位解析 — the one place a unit reference typed by a person (every `--unit`, every unit field of
/// the CLI, import and the TUI forms) becomes a unit: its code or its exact name. A reference that
/// matches nothing, or one unit's code and another's name, is refused with the candidates listed.
enum UnitResolver {
    static func resolve(_ db: Database, _ reference: String) throws -> UnitRow {
        let ref = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        let byId = try UnitRow.fetchOne(db, key: ref)
        let byName = try UnitRow.filter(Column("name") == ref).fetchOne(db)
        switch (byId, byName) {
        case (let a?, let b?) where a.id != b.id:
            throw ServiceError.unitNotResolved(ref, candidates: [label(a), label(b)])
        case (let a?, _):
            return a
        case (nil, let b?):
            return b
        case (nil, nil):
            throw ServiceError.unitNotResolved(ref, candidates: try candidates(db, near: ref))
        }
    }

    /// “城关镇（u-chengguan）”.
    static func label(_ row: UnitRow) -> String { "\(row.name)（\(row.id)）" }

    /// Units whose name or code contains the reference (or shares a character with it), else all;
    /// at most 12, in the workspace's order.
    static func candidates(_ db: Database, near ref: String) throws -> [String] {
        let all = try UnitRow.order(Column("sortOrder"), Column("id")).fetchAll(db)
        let lower = ref.lowercased()
        var near = all.filter { !lower.isEmpty && ($0.name.contains(ref) || ref.contains($0.name) || $0.id.lowercased().contains(lower)) }
        if near.isEmpty { near = all.filter { u in ref.contains(where: { c in !c.isASCII && u.name.contains(c) }) } }
        if near.isEmpty { near = all }
        return near.prefix(12).map(label)
    }
}

extension GongkaiService {
    /// 单位 by its code or exact name (`UnitResolver`): for the screens that pick a unit from typed text.
    public func resolveUnit(_ reference: String) throws -> OrgUnit {
        try readShared { db in
            let row = try UnitResolver.resolve(db, reference)
            guard let unit = row.unit else { throw CorruptRowError(table: "unit", id: row.id, column: "kind") }
            return unit
        }
    }
}
