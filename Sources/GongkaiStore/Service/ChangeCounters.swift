import GRDB

/// 变更区域 — what a session shows, grouped by the tables it is read from: when one of an area's
/// tables is written, the area's counter in the workspace goes up by one in the same transaction,
/// so another session re-reads only the panes of the areas that changed (Docs/ARCHITECTURE.md).
public enum ChangeArea: String, CaseIterable, Sendable, Hashable {
    case documents, applications, interpretations, catalog, registers, inbox, reports
    /// Units, officers, the calendar, settings: everything on screen may depend on them.
    case workspace

    /// The areas whose screens a write to `table` may change; none for the audit log, the search
    /// indexes and the bookkeeping tables of the maintained state (they change only with a table
    /// that has areas). The 待办 inbox lists documents, interpretations and requests, so their
    /// tables move its counter too; the 解读 list shows its documents' titles and states.
    static func of(table: String) -> [ChangeArea] { tableAreas[table] ?? [] }

    static let tableAreas: [String: [ChangeArea]] = [
        "document": [.documents, .interpretations, .inbox], "documentTransition": [.documents, .inbox],
        "application": [.applications, .inbox], "applicationEvent": [.applications, .inbox],
        "letter": [.applications], "letterCounter": [.applications],
        "interpretation": [.interpretations, .inbox], "interpretationTransition": [.interpretations, .inbox],
        "documentSync": [.interpretations, .inbox],
        "catalogNode": [.catalog], "documentCatalog": [.catalog], "catalogMembership": [.catalog],
        "catalogCount": [.catalog], "standardCatalogItem": [.catalog],
        "dutyEntry": [.registers], "dutyRevision": [.registers], "consultation": [.registers], "inspection": [.registers],
        "reviewSnooze": [.inbox],
        "reportFigures": [.reports], "reportNarrative": [.reports], "filedReport": [.reports], "reviewCase": [.reports],
        "unit": [.workspace], "officer": [.workspace], "holidayArrangement": [.workspace], "meta": [.workspace],
        "letterPattern": [.workspace],
    ]
}

/// 变更计数 — each area's counter as read from the workspace at one moment.
public struct ChangeCounters: Equatable, Sendable {
    public var values: [ChangeArea: Int]

    public init(values: [ChangeArea: Int]) { self.values = values }

    /// The counters of `areas` only (what a value read from those areas depends on).
    public func only(_ areas: Set<ChangeArea>) -> ChangeCounters {
        ChangeCounters(values: values.filter { areas.contains($0.key) })
    }

    /// The areas whose counter differs from `earlier` (every area when there is nothing to compare with).
    public func changedAreas(since earlier: ChangeCounters?) -> Set<ChangeArea> {
        guard let earlier else { return Set(ChangeArea.allCases) }
        return Set(ChangeArea.allCases.filter { values[$0] != earlier.values[$0] })
    }
}

/// 变更记录器 — watches the statements run on the workspace's writer connection and notes the areas
/// of the tables they write. It looks at each statement once, before it runs (never at each row:
/// it asks for no row events), so a bulk import costs nothing more per row. The service's write
/// transactions hand it to `MaintainedState.settle`, which raises the counters of the noted areas
/// before the transaction commits; a commit or rollback forgets what was noted. Used only on the
/// writer's queue.
public final class ChangeTracker: TransactionObserver, @unchecked Sendable {
    private(set) var touched: Set<ChangeArea> = []

    public init() {}

    public func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool {
        touched.formUnion(ChangeArea.of(table: eventKind.tableName))
        return false
    }

    public func databaseDidChange(with event: DatabaseEvent) {}
    public func databaseDidCommit(_ db: Database) { touched = [] }
    public func databaseDidRollback(_ db: Database) { touched = [] }

    /// Raises the counters of the areas noted since the transaction began.
    func settle(_ db: Database) throws {
        guard !touched.isEmpty else { return }
        try ChangeCounterStore.bump(db, touched)
        touched = []
    }

    /// Adds the tracker to a writable connection (readers never write).
    func attach(to db: Database) {
        if !db.configuration.readonly { db.add(transactionObserver: self, extent: .databaseLifetime) }
    }
}

/// 变更计数表 — `changeCounter(area, n)`: one row per area.
enum ChangeCounterStore {
    static func create(_ db: Database) throws {
        try db.execute(sql: "CREATE TABLE changeCounter (area TEXT PRIMARY KEY NOT NULL, n INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID")
        let insert = try db.makeStatement(sql: "INSERT INTO changeCounter(area, n) VALUES (?, 0)")
        for area in ChangeArea.allCases { try insert.execute(arguments: [area.rawValue]) }
    }

    static func bump(_ db: Database, _ areas: some Sequence<ChangeArea>) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO changeCounter(area, n) VALUES (?, 1) ON CONFLICT(area) DO UPDATE SET n = n + 1
            """)
        for area in areas { try statement.execute(arguments: [area.rawValue]) }
    }

    static func read(_ db: Database) throws -> ChangeCounters {
        var values: [ChangeArea: Int] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT area, n FROM changeCounter")) {
            if let area = ChangeArea(rawValue: row["area"]) { values[area] = row["n"] }
        }
        return ChangeCounters(values: values)
    }
}

extension GongkaiService {
    /// 各区域的变更计数 — one small read; a session compares it with what it last saw and re-reads
    /// only the panes of the areas that changed.
    public func changeCounters() throws -> ChangeCounters {
        try readShared { db in try ChangeCounterStore.read(db) }
    }
}
