import Foundation
import GRDB

/// 审计日志 — every change is appended here (who, when, what, before → after, origin).
/// The table refuses UPDATE and DELETE through triggers (see Schema `v1-audit-log`).
public struct AuditEntry: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "auditLog"
    public var id: Int64?
    public var at: String
    public var actor: String
    public var action: String
    public var item: String?
    public var before: String?
    public var after: String?
    public var origin: String
    /// Set when an admin acted as `actor` (`--as`): the login really at the keyboard.
    public var realActor: String?

    /// The recorded action, when this version knows it.
    public var kind: AuditAction? { AuditAction(rawValue: action) }

    /// The action as a person reads it, in the language in force; an action this version does not
    /// know (written by a newer one) shows its stored code.
    public var actionWords: String { kind?.words ?? action }
}

enum AuditLog {
    static let timestampStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    static func timestamp(_ date: Date = Date()) -> String { date.formatted(timestampStyle) }

    /// Appends one entry inside the caller's transaction, so a change and its record land together.
    /// One cached statement (an import appends an entry per record).
    static func append(_ db: Database, actor: Actor, action: AuditAction, item: String?,
                       before: String? = nil, after: String? = nil, now: Date = Date()) throws {
        try append(db, actor: actor, action: action, item: item, before: before, after: after, at: timestamp(now))
    }

    /// Appends one entry stamped `at` (already formatted: an import stamps each record's entry
    /// with the time of its one transaction instead of formatting the clock per record).
    static func append(_ db: Database, actor: Actor, action: AuditAction, item: String?,
                       before: String? = nil, after: String? = nil, at: String) throws {
        try append(try insertStatement(db), actor: actor, action: action, item: item, before: before, after: after, at: at)
    }

    /// The one cached `INSERT` of an entry; an import fetches it once and appends an entry per record.
    static func insertStatement(_ db: Database) throws -> Statement {
        try db.cachedStatement(sql: insertSQL)
    }

    private static let insertSQL = """
        INSERT INTO auditLog(\(insertColumns.joined(separator: ", "))) \
        VALUES (\(Array(repeating: "?", count: insertColumns.count).joined(separator: ", ")))
        """

    /// The columns `insertStatement` binds, in order (an import stages its entries with them).
    static let insertColumns = ["at", "actor", "action", "item", "before", "after", "origin", "realActor"]

    /// Appends one entry through `insertStatement` (or a statement binding `insertColumns` the same way).
    static func append(_ statement: Statement, actor: Actor, action: AuditAction, item: String?,
                       before: String? = nil, after: String? = nil, at: String) throws {
        try statement.execute(arguments: [at, actor.login, action.rawValue, item, before, after, actor.origin, actor.realLogin])
    }

    /// A compact JSON rendering of a value for the before/after columns.
    static func json<T: Encodable>(_ value: T) -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: enc.encode(value), as: UTF8.self)) ?? "{}"
    }
}
