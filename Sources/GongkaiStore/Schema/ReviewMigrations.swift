import GRDB

extension Schema {
    /// 待办暂缓 — an officer's snoozed inbox items.
    static func registerReviewMigrations(_ m: inout DatabaseMigrator) {
        m.registerMigration("v3-review-snooze") { db in
            try db.create(table: "reviewSnooze") { t in
                t.column("login", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("itemId", .text).notNull()
                t.column("until", .text).notNull()
                t.column("createdAt", .text).notNull()
                t.primaryKey(["login", "kind", "itemId"])
            }
        }
    }
}
