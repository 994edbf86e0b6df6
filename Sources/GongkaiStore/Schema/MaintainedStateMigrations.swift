import GRDB

extension Schema {
    /// 维护的状态 — state that many screens show, kept current in the transactions that change its
    /// inputs instead of being recomputed from every row (Docs/性能.md). Never edited once shipped.
    static func registerMaintainedStateMigrations(_ m: inout DatabaseMigrator) {
        m.registerMigration("v8-maintained-sync-standing") { db in
            try SyncStandingStore.create(db)
        }
        m.registerMigration("v8-maintained-catalog-counts") { db in
            try CatalogCountStore.create(db)
        }
        m.registerMigration("v8-search-bigrams") { db in
            try SearchBigramStore.createFirst(db)
        }
        // 有效期将到 — the inbox's expiring 规章 and 规范性文件 are the few with a validity period.
        m.registerMigration("v8-document-expiry-index") { db in
            try db.execute(sql: """
                CREATE INDEX document_by_valid_until ON document(validUntil)
                WHERE validUntil IS NOT NULL AND repealedOn IS NULL
                """)
        }
        // 变更计数 — one counter per area, raised by the transactions that write the area's tables.
        m.registerMigration("v9-change-counters") { db in
            try ChangeCounterStore.create(db)
        }
        // 短词索引 with the title's and 文号's own tokens and each document's date and unit beside
        // its key, so a search ranks and scopes from the index (Docs/性能.md).
        m.registerMigration("v10-search-bigram-fields") { db in
            try SearchBigramStore.create(db)
        }
    }
}
