import Foundation
import GRDB

/// 提交即忘的备忘 — one value a workspace keeps while it cannot have changed: read again when its
/// key differs (the caller puts in it the change counters, which another process's writes raise,
/// and whatever else the value depends on) and forgotten on a commit through this workspace's
/// writer — any commit, or, with `areas`, only one that wrote a table of those areas
/// (`ChangeArea.of(table:)`, the map the live refresh trusts too). The catalog snapshot and the
/// inbox's computed items are kept this way.
final class CommitMemo<Key: Equatable, Value>: TransactionObserver, @unchecked Sendable {
    private let lock = NSLock()
    private var entry: (key: Key, value: Value)?
    /// The areas whose writes make the value old; nil: every write does.
    private let areas: Set<ChangeArea>?
    /// Whether the transaction under way wrote a table of `areas` (on the writer's queue only).
    private var touched = false

    /// How many times the value was computed (the tests see what was kept).
    private(set) var computed = 0

    init(areas: Set<ChangeArea>? = nil) { self.areas = areas }

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
        computed += 1
        lock.unlock()
        return value
    }

    private func forget() {
        lock.lock()
        entry = nil
        lock.unlock()
    }

    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool {
        if let areas, !touched, !areas.isDisjoint(with: ChangeArea.of(table: eventKind.tableName)) { touched = true }
        return false
    }
    func databaseDidChange(with event: DatabaseEvent) {}
    func databaseDidCommit(_ db: Database) {
        if areas == nil || touched { forget() }
        touched = false
    }
    func databaseDidRollback(_ db: Database) { touched = false }
}
