import GRDB

/// 维护的状态 — the tables that keep what many screens show (三同步 standing, catalog counts, the
/// short-term search index) current: triggers mark what a write touched, and `settle` brings them up
/// to date at the end of every write transaction of the service (`change`, initialisation, demo
/// data), so they commit together with the change (Docs/ARCHITECTURE.md). Last, the change
/// counters of the areas the transaction wrote (`changes`, the workspace's `ChangeTracker`) go up.
enum MaintainedState {
    static func settle(_ db: Database, changes: ChangeTracker?) throws {
        try SyncStandingStore.settle(db)
        try CatalogCountStore.settle(db)
        try SearchBigramStore.settle(db)
        try changes?.settle(db)
    }
}
