import Foundation
import GRDB
import GongkaiCore

/// 审计查询 — what `gongkai audit` and the TUI's history key show.
public struct AuditQuery: Codable, Sendable, Equatable {
    public var item: String?
    public var officer: String?
    public var since: CivilDate?
    public var limit: Int

    public init(item: String? = nil, officer: String? = nil, since: CivilDate? = nil, limit: Int = 1000) {
        self.item = item
        self.officer = officer
        self.since = since
        self.limit = limit
    }
}

extension GongkaiService {
    /// Admins and the county office read the whole log; other officers read the history of the
    /// items of their own unit and their own actions.
    public func auditEntries(_ query: AuditQuery) throws -> [AuditEntry] {
        try read { db, access in
            let p = access.policy
            var conditions: [String] = []
            var args: StatementArguments = []
            if let item = query.item { conditions.append("item = ?"); _ = args.append(contentsOf: [item]) }
            if let officer = query.officer { conditions.append("actor = ?"); _ = args.append(contentsOf: [officer]) }
            if let since = query.since { conditions.append("at >= ?"); _ = args.append(contentsOf: [since.iso]) }
            if !(p.officer.role == .admin || p.seesAllUnits) {
                let own = p.officer.unitId
                conditions.append("""
                    (actor = ? OR item IN (SELECT id FROM document WHERE unitId = ?)
                               OR item IN (SELECT id FROM application WHERE unitId = ?))
                    """)
                _ = args.append(contentsOf: [p.officer.login, own, own])
            }
            let whereSQL = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            _ = args.append(contentsOf: [query.limit])
            return try AuditEntry.fetchAll(db, sql: "SELECT * FROM auditLog \(whereSQL) ORDER BY id LIMIT ?", arguments: args)
        }
    }
}
