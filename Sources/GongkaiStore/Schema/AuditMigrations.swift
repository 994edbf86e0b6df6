import GRDB

extension Schema {
    /// Indexes for reading the audit log by item (`gongkai audit --item`, the history key,
    /// `gongkai check`).
    static func registerAuditIndexMigrations(_ m: inout DatabaseMigrator) {
        m.registerMigration("v3-audit-by-item") { db in
            try db.create(index: "auditLog_by_item", on: "auditLog", columns: ["item", "id"])
        }
    }
}
