import Foundation
import GRDB
import GongkaiCore

/// What a read may see: the officer's access policy and the unit scope that follows from it
/// (their own unit's rows, or every unit's for the county office).
struct ReadAccess {
    let policy: AccessPolicy

    /// The SQL condition every list read applies (`UnitScope`).
    var scope: UnitScope { UnitScope(policy) }
}

extension GongkaiService {
    /// 读取 — the door for every read of a unit's work, as `change` is for writes: one read-only
    /// snapshot, for a registered officer only (an unknown login is refused with
    /// `AccessDenied.unknownOfficer`), with the officer's scope handed to the body. A read never
    /// writes: the connection is read-only and nothing is appended to the audit log, so what a
    /// list shows that depends on today (an application's urgency) is computed on the read.
    ///
    /// `setUp` runs first, for a refusal that says the workspace itself is not ready (no catalog
    /// yet: "run gongkai init") rather than that the login is unknown to an empty register.
    func read<T>(setUp: (Database) throws -> Void = { _ in },
                 _ body: (Database, ReadAccess) throws -> T) throws -> T {
        try writer.read { db in
            try setUp(db)
            return try body(db, ReadAccess(policy: try policy(db)))
        }
    }

    /// 共用资料 — reads of what every login may read, registered or not: the units, the catalog's
    /// columns, the calendar, settings, the admins to ask, the workspace check. None of these
    /// holds a unit's documents or applications; anything that does goes through `read`.
    func readShared<T>(_ body: (Database) throws -> T) throws -> T {
        try writer.read(body)
    }
}
