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
            try SearchBigramStore.create(db)
        }
    }
}
