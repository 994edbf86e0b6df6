import GRDB
import GongkaiCore

/// 本单位范围 — the SQL condition that keeps a read to what the officer may see: their own
/// unit's rows, or every unit's for the county office. Every list read applies it.
struct UnitScope {
    let unitId: String?

    init(_ policy: AccessPolicy) {
        unitId = policy.seesAllUnits ? nil : policy.officer.unitId
    }

    /// The scope of one unit (tests and maintenance).
    init(unitId: String?) {
        self.unitId = unitId
    }

    /// `column = ?` for a unit officer, `1` (everything) for the county office.
    func sql(_ column: String) -> String { unitId == nil ? "1" : "\(column) = ?" }

    var arguments: StatementArguments { unitId.map { [$0] } ?? [] }
}
