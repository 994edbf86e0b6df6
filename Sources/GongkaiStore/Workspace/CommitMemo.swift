import Foundation
import GRDB

/// 提交即忘的备忘 — one value a workspace keeps while it cannot have changed: read again when its
/// key differs (the caller puts in it the change counters, which another process's writes raise,
/// and whatever else the value depends on) and forgotten on any commit through this workspace's
/// writer. The catalog snapshot and the inbox's computed items are kept this way.
final class CommitMemo<Key: Equatable, Value>: TransactionObserver, @unchecked Sendable {
    private let lock = NSLock()
    private var entry: (key: Key, value: Value)?

    /// Watches `writer`'s commits (call once, outside any database access).
    func attach(to writer: any DatabaseWriter) {
        writer.add(transactionObserver: self, extent: .observerLifetime)
    }

    /// The kept value when it was made for `key`, else `compute()`'s, kept for next time.
    func value(for key: Key, compute: () throws -> Value) rethrows -> Value {
        lock.lock()
        let kept = entry
        lock.unlock()
        if let kept, kept.key == key { return kept.value }
        let value = try compute()
        lock.lock()
        entry = (key, value)
        lock.unlock()
        return value
    }

    private func forget() {
        lock.lock()
        entry = nil
        lock.unlock()
    }

    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool { false }
    func databaseDidChange(with event: DatabaseEvent) {}
    func databaseDidCommit(_ db: Database) { forget() }
    func databaseDidRollback(_ db: Database) {}
}
