import GRDB

extension Schema {
    /// 统计索引 — the statistics view (`:stats`, `gongkai stats`) counts applications by the month
    /// of their reply; without this index the count reads every application (a million at county
    /// scale). Documents are far fewer, and an index on their publication date would be chosen
    /// over the partial index of unpublished proactive documents that the status bar and the inbox
    /// read on every refresh, so they have none. Never edited once shipped.
    static func registerStatisticsMigrations(_ m: inout DatabaseMigrator) {
        m.registerMigration("v7-statistics-indexes") { db in
            try db.create(index: "application_by_replied", on: "application", columns: ["replied", "unitId"])
        }
    }
}
