import GRDB

extension Schema {
    /// 工作人员登记 and acting-as in the audit log.
    static func registerOfficerMigrations(_ m: inout DatabaseMigrator) {
        m.registerMigration("v2-officers") { db in
            try db.create(table: "officer") { t in
                t.primaryKey("login", .text)
                t.column("name", .text).notNull()
                t.column("unitId", .text).notNull().references("unit")
                t.column("role", .text).notNull().check(sql: "role IN ('clerk','reviewer','admin')")
                t.column("createdAt", .text).notNull()
            }
            // Who was really at the keyboard when an admin acted as another officer (--as).
            try db.alter(table: "auditLog") { t in t.add(column: "realActor", .text) }
        }
    }
}
