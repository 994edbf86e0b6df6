import GRDB

extension GongkaiService {
    /// 他人修改 — a number that changes when another process (another officer's session, a CLI
    /// command) commits to the workspace. SQLite's `data_version` is per connection, so it is
    /// always read on the one writer connection; our own commits do not change it, and the
    /// session reloads after those itself.
    public func externalChangeToken() throws -> Int {
        try writer.writeWithoutTransaction { db in
            try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0
        }
    }
}
