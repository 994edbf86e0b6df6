import Foundation
import GRDB
import GongkaiCore

/// 服务层 — the one door through which the TUI and the CLI read and change the workspace.
/// Every change runs in one transaction together with its audit entry. Requests and results
/// are plain Codable values, so this door can later move into a process of its own.
public final class GongkaiService: Sendable {
    public let workspace: Workspace
    public let actor: Actor
    /// Clock injection point: "today" for defaults and demo data (tests pin it).
    public let today: @Sendable () -> CivilDate

    public init(workspace: Workspace, actor: Actor,
                today: @escaping @Sendable () -> CivilDate = { CivilDate.today() }) {
        self.workspace = workspace
        self.actor = actor
        self.today = today
    }

    var writer: any DatabaseWriter { workspace.writer }

    func now() -> String { AuditLog.timestamp() }
}

// MARK: - Workspace set-up

/// What `init` did.
public struct InitReport: Codable, Sendable, Equatable {
    public var workspace: String
    public var created: Bool
    public var seededUnits: Int
    public var demoUnits: Int
    public var demoDocuments: Int
    public var demoApplications: Int
    public var demoOfficers: Int
    /// The login registered as the first admin by this call (first use only).
    public var registeredAdmin: String?
    public var migrations: [String]
    /// 公开目录 — columns created (the statutory seed and units' sub-catalogs).
    public var catalogNodes: Int = 0
}

extension GongkaiService {
    /// 初始化 — seeds the county office unit on first use; with `demo`, adds sample units,
    /// documents and applications (once: a second `--demo` adds nothing).
    public func initialize(demo: Bool, created: Bool) throws -> InitReport {
        let actor = self.actor
        let today = self.today()
        let stamp = now()
        var report = InitReport(workspace: workspace.path, created: created, seededUnits: 0,
                                demoUnits: 0, demoDocuments: 0, demoApplications: 0,
                                demoOfficers: 0, registeredAdmin: nil, migrations: try workspace.appliedMigrations())
        try writer.write { db in
            if try UnitRow.fetchCount(db) == 0 {
                for unit in DemoData.baseUnits {
                    try UnitRow(id: unit.id, name: unit.name, kind: unit.kind.rawValue,
                                isCountyOffice: unit.isCountyOffice, sortOrder: 0,
                                createdAt: stamp).insert(db)
                    try AuditLog.append(db, actor: actor, action: .unitAdd, item: unit.id,
                                        after: AuditLog.json(unit))
                    report.seededUnits += 1
                }
                try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('seededAt', ?)",
                               arguments: [stamp])
            }
            // Bootstrap: the login that initialises an empty register becomes its first admin
            // (in the county office). This is the one change that cannot ask for an officer.
            if try OfficerRow.fetchCount(db) == 0 {
                let admin = Officer(login: actor.login, name: actor.login, unitId: DemoData.baseUnits[0].id, role: .admin)
                try OfficerRow(login: admin.login, name: admin.name, unitId: admin.unitId,
                               role: admin.role.rawValue, createdAt: stamp).insert(db)
                try AuditLog.append(db, actor: actor, action: .officerAdd, item: admin.login,
                                    after: AuditLog.json(admin))
                report.registeredAdmin = admin.login
            }
            // Everything after the bootstrap is done as a registered admin.
            let needsCatalog = try CatalogStore.isEmpty(db)
            if demo || report.seededUnits > 0 || needsCatalog {
                guard try OfficerRow.fetchOne(db, key: actor.login).flatMap(\.officer)?.role == .admin else {
                    throw AccessDenied(rule: .adminOnly, officer: actor.login)
                }
            }
            report.catalogNodes = try CatalogStore.setUpWorkspace(db, on: today, actor: actor)
            if demo, try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'demo'") == nil {
                let counts = try DemoData.insert(db, today: today, stamp: stamp, actor: actor)
                report.demoUnits = counts.units
                report.demoDocuments = counts.documents
                report.demoApplications = counts.applications
                report.demoOfficers = counts.officers
                try DemoCatalog.insert(db, today: today, actor: actor)
                try DemoInterpretations.insert(db, today: today, actor: actor)
                try DemoRegisters.insert(db, today: today, actor: actor)
                try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('demo', ?)", arguments: [stamp])
            }
            try MaintainedState.settle(db, changes: workspace.changes)
        }
        return report
    }
}

// MARK: - Reading

/// Which documents a list shows.
public enum DocumentFilter: String, Codable, Sendable {
    case all
    /// 需要解读 — 规章 and 行政规范性文件 (三同步 applies to them always).
    case requiringInterpretation

    var sql: String {
        switch self {
        case .all: return "1"
        case .requiringInterpretation: return "d.type IN ('regulation','normative')"
        }
    }
}

/// 工作区概况 — what the status bar and `gongkai info` show.
public struct WorkspaceOverview: Codable, Sendable, Equatable {
    public var workspace: String
    public var user: String
    public var units: Int
    public var documents: Int
    public var applications: Int
    /// 待办 — the number of items in the officer's inbox (`reviewQueue()`).
    public var pending: Int
    public var migrations: [String]
}

extension GongkaiService {
    /// `counts: false` — only the user and 待办 (the workstation's status bar shows nothing else):
    /// units, documents, applications and migrations are left empty. The documents and requests
    /// are the maintained counts (`RowCountStore`).
    public func overview(counts: Bool = true) throws -> WorkspaceOverview {
        let migrations = try counts ? workspace.appliedMigrations() : []
        var overview = try read { db, access in
            guard counts else {
                return WorkspaceOverview(workspace: workspace.path, user: actor.login, units: 0, documents: 0,
                                         applications: 0, pending: 0, migrations: [])
            }
            let scope = access.scope
            let units = try UnitRow.fetchCount(db)
            let documents = try RowCountStore.count(db, .document, scope: scope)
            let applications = try RowCountStore.count(db, .application, scope: scope)
            return WorkspaceOverview(workspace: workspace.path, user: actor.login, units: units,
                                     documents: documents, applications: applications,
                                     pending: 0, migrations: migrations)
        }
        // 待办 is the inbox's length: the status bar, `gongkai info` and `review list` agree.
        overview.pending = try reviewCount()
        return overview
    }

    /// 单位 — county first, then departments, then townships, each by name.
    public func units() throws -> [OrgUnit] {
        try readShared { db in
            try UnitRow.fetchAll(db, sql: """
                SELECT * FROM unit ORDER BY
                  CASE kind WHEN 'county' THEN 0 WHEN 'department' THEN 1 ELSE 2 END, sortOrder, name
                """).compactMap(\.unit)
        }
    }

    public func documentCount(filter: DocumentFilter = .all) throws -> Int {
        try read { db, access in
            let scope = access.scope
            // Every document: the maintained count (RowCountStore), not a walk over the table.
            if filter == .all { return try RowCountStore.count(db, .document, scope: scope) }
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document d WHERE \(filter.sql) AND \(scope.sql("d.unitId"))",
                                    arguments: scope.arguments) ?? 0
        }
    }

    /// One page of documents, newest formed first. Pages by offset over an index; when the
    /// caller knows the list's length (`total`, from `documentCount`), a page in the second half
    /// is read from the oldest end instead (`PageWindow`).
    public func documents(filter: DocumentFilter = .all, offset: Int, limit: Int, total: Int? = nil) throws -> [DocumentSummary] {
        try read { db, access in
            let scope = access.scope
            let window = PageWindow(offset: offset, limit: limit, total: total ?? 0)
            var rows = try Row.fetchAll(db, sql: """
                SELECT \(Self.documentListColumns) FROM document d JOIN unit u ON u.id = d.unitId
                WHERE \(filter.sql) AND \(scope.sql("d.unitId"))
                ORDER BY \(window.fromEnd ? "d.formed ASC, d.id ASC" : "d.formed DESC, d.id DESC") LIMIT ? OFFSET ?
                """, arguments: scope.arguments + [window.limit, window.offset])
            if window.fromEnd { rows.reverse() }
            return try rows.map(Self.documentSummary)
        }
    }

    /// Where document `id` sits in `documents(filter:…)` order, or nil when it is not listed.
    public func documentPosition(id: String, filter: DocumentFilter = .all) throws -> Int? {
        try read { db, access in
            let scope = access.scope
            guard let row = try Row.fetchOne(db, sql: """
                SELECT formed, id FROM document d WHERE d.id = ? AND \(filter.sql) AND \(scope.sql("d.unitId"))
                """, arguments: [id] + scope.arguments) else { return nil }
            let formed: String = row["formed"]
            return try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM document d WHERE \(filter.sql) AND \(scope.sql("d.unitId"))
                AND (d.formed > ? OR (d.formed = ? AND d.id > ?))
                """, arguments: scope.arguments + [formed, formed, id])
        }
    }

    public func applicationCount() throws -> Int {
        try read { db, access in
            let scope = access.scope
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM application WHERE \(scope.sql("unitId"))",
                                    arguments: scope.arguments) ?? 0
        }
    }

    /// One page of applications, open ones first, oldest receipt first (the most urgent).
    public func applications(offset: Int, limit: Int) throws -> [ApplicationSummary] {
        try read { db, access in
            let scope = access.scope
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.*, u.name AS unitName FROM application a JOIN unit u ON u.id = a.unitId
                WHERE \(scope.sql("a.unitId"))
                ORDER BY (a.replied IS NOT NULL), a.received, a.id LIMIT ? OFFSET ?
                """, arguments: scope.arguments + [limit, offset])
            return try rows.map(Self.applicationSummary)
        }
    }

    static func documentSummary(_ row: Row) throws -> DocumentSummary {
        let id: String = row["id"]
        func bad(_ column: String) -> CorruptRowError { CorruptRowError(table: "document", id: id, column: column) }
        guard let type = DocumentType(rawValue: row["type"]) else { throw bad("type") }
        guard let state = DocumentState(rawValue: row["state"]) else { throw bad("state") }
        guard let formed = CivilDate(iso: row["formed"]) else { throw bad("formed") }
        let attribute: DisclosureAttribute? = try (row["attribute"] as String?).map {
            guard let a = DisclosureAttribute(rawValue: $0) else { throw bad("attribute") }
            return a
        }
        let published: CivilDate? = try (row["published"] as String?).map {
            guard let d = CivilDate(iso: $0) else { throw bad("published") }
            return d
        }
        return DocumentSummary(id: id, title: row["title"], docNumber: row["docNumber"], type: type,
                               attribute: attribute, state: state, unitId: row["unitId"],
                               unitName: row["unitName"], formed: formed, published: published)
    }

    static func applicationSummary(_ row: Row) throws -> ApplicationSummary {
        let id: String = row["id"]
        func bad(_ column: String) -> CorruptRowError { CorruptRowError(table: "application", id: id, column: column) }
        guard let type = ApplicantType(rawValue: row["applicantType"]) else { throw bad("applicantType") }
        guard let channel = ReceiptChannel(rawValue: row["channel"]) else { throw bad("channel") }
        guard let received = CivilDate(iso: row["received"]) else { throw bad("received") }
        let replied: CivilDate? = try (row["replied"] as String?).map {
            guard let d = CivilDate(iso: $0) else { throw bad("replied") }
            return d
        }
        let outcome: ApplicationOutcome? = try (row["outcome"] as String?).map {
            guard let o = ApplicationOutcome(rawValue: $0) else { throw bad("outcome") }
            return o
        }
        // Lists never show personal data unmasked; organisations are not natural persons.
        let name: String = row["applicantName"]
        let shown = type == .naturalPerson ? PersonalData.maskName(name) : name
        return ApplicationSummary(id: id, applicantType: type, applicantName: shown, channel: channel,
                                  received: received, content: row["content"], unitId: row["unitId"],
                                  unitName: row["unitName"], replied: replied, outcome: outcome)
    }
}
