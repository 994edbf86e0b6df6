import Foundation
import GRDB
import GongkaiCore

/// The result of a change body: what the item looked like before and after (JSON), for the log.
public struct ChangeRecord: Sendable {
    public var before: String?
    public var after: String?
    /// The item's id when the body allocated it (a new application's `A2026-0012`).
    public var item: String?

    public init(before: String? = nil, after: String? = nil, item: String? = nil) {
        self.before = before
        self.after = after
        self.item = item
    }
}

extension GongkaiService {
    /// 变更 — the single path for every change: one write transaction that runs `body` and
    /// appends the audit entry (who, when, what, before → after, origin) together, so a change
    /// never lands without its record and a failed change leaves neither. Access rules
    /// belong here too, so that no door can skip them.
    ///
    /// Only registered officers change anything; `require` adds the action's own rule (e.g.
    /// `{ try $0.requireAdmin() }`), checked before the body runs.
    @discardableResult
    func change<T>(_ action: AuditAction, item: String?,
                   require: (AccessPolicy) throws -> Void = { _ in },
                   _ body: (Database) throws -> (T, ChangeRecord)) throws -> T {
        let actor = self.actor
        if workspace.isReadOnly { throw ServiceError.invalid(StoreText.Files.readOnlyWorkspace.with([workspace.path])) }
        return try writer.write { db in
            try require(try policy(db))
            let (value, record) = try body(db)
            // State many screens show is brought up to date before the change commits.
            try MaintainedState.settle(db, changes: workspace.changes)
            try AuditLog.append(db, actor: actor, action: action, item: record.item ?? item,
                                before: record.before, after: record.after)
            return value
        }
    }
}
