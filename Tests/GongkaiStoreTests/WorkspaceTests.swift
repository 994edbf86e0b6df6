import Foundation
import GRDB
import GongkaiTestSupport
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// A fresh temporary directory per test.
func temporaryDirectory() throws -> String {
    let dir = NSTemporaryDirectory() + "gongkai-test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
}

let pinnedToday = CivilDate(iso: "2026-11-27")!

func demoService(login: String = "li.ming") throws -> GongkaiService {
    let ws = try seededWorkspace(demo: true, by: login, on: pinnedToday)
    return GongkaiService(workspace: ws, actor: Actor(login: login, origin: "test"), today: { pinnedToday })
}

@Suite("工作区位置 WorkspaceLocation")
struct WorkspaceLocationTests {
    @Test func optionBeatsEnvironmentBeatsXDGBeatsHome() {
        let env = ["GONGKAI_WORKSPACE": "/srv/env.sqlite", "XDG_DATA_HOME": "/xdg", "HOME": "/home/li"]
        #expect(WorkspaceLocation.resolve(option: "/srv/opt.sqlite", environment: env) == "/srv/opt.sqlite")
        #expect(WorkspaceLocation.resolve(option: nil, environment: env) == "/srv/env.sqlite")
        #expect(WorkspaceLocation.resolve(option: nil, environment: ["XDG_DATA_HOME": "/xdg", "HOME": "/home/li"])
                == "/xdg/gongkai/workspace.sqlite")
        #expect(WorkspaceLocation.resolve(option: nil, environment: ["HOME": "/home/li"])
                == "/home/li/.local/share/gongkai/workspace.sqlite")
    }

    @Test func relativeXDGIsIgnoredAndTildeExpands() {
        // The XDG spec says relative paths in XDG_* are invalid and must be ignored.
        #expect(WorkspaceLocation.resolve(option: nil, environment: ["XDG_DATA_HOME": "rel", "HOME": "/h"])
                == "/h/.local/share/gongkai/workspace.sqlite")
        #expect(WorkspaceLocation.resolve(option: "~/w.sqlite", environment: ["HOME": "/h"]) == "/h/w.sqlite")
    }
}

@Suite("工作区 Workspace")
struct WorkspaceTests {
    @Test func createsPrivateFileWithNamedMigrationsAndWAL() throws {
        let dir = try temporaryDirectory()
        let path = dir + "/nested/dir/workspace.sqlite"
        let (ws, created) = try Workspace.open(at: path)
        #expect(created)
        let attrs = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attrs[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try ws.appliedMigrations() == ["v1-units", "v1-audit-log", "v1-documents", "v1-applications", "v1-meta",
                                                 "v2-officers", "v2-holiday-arrangements", "v2-application-events",
                                                 "v3-review-snooze", "v3-document-transitions", "v3-audit-by-item",
                                                 "v2-catalog", "v4-annual-report", "v4-document-content",
                                                 "v4-interpretations", "v5-list-indexes", "v6-letters",
                                                 "v6-duties", "v6-consultations", "v6-inspections",
                                                 "v7-statistics-indexes", "v8-application-fees-and-overrides",
                                                 "v8-unit-remedies", "v8-maintained-sync-standing",
                                                 "v8-maintained-catalog-counts", "v8-search-bigrams",
                                                 "v8-document-expiry-index", "v9-change-counters",
                                                 "v10-search-bigram-fields",
                                                 "v10-application-first-closing", "v10-document-register-index",
                                                 "v11-inbox-sync-paging", "v12-row-counts", "v13-search-newest", "v14-application-tally"])
        let mode = try ws.writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        let (_, createdAgain) = try Workspace.open(at: path)
        #expect(!createdAgain)
    }

    @Test func aSetgidDeploymentDirectoryMakesTheWorkspaceGroupWritable() throws {
        let dir = try temporaryDirectory() + "/deploy"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        chmod(dir, 0o2770)
        let path = dir + "/workspace.sqlite"
        _ = try Workspace.open(at: path)
        let attrs = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attrs[.posixPermissions] as? NSNumber)?.intValue == 0o660)
    }

    @Test func refusesAWorkspaceAnyoneCanWrite() throws {
        let dir = try temporaryDirectory()
        let path = dir + "/w.sqlite"
        _ = try Workspace.open(at: path)
        chmod(path, 0o666)
        #expect(throws: (any Error).self) { try Workspace.open(at: path) }
        do { _ = try Workspace.open(at: path) } catch {
            #expect("\(error)".contains("任何人都可以写入"))
        }
    }

    @Test func checkAndBackup() throws {
        let dir = try temporaryDirectory()
        let (ws, _) = try Workspace.open(at: dir + "/w.sqlite")
        _ = try GongkaiService(workspace: ws, actor: Actor(login: "admin", origin: "t"), today: { pinnedToday })
            .initialize(demo: true, created: true)
        let report = try ws.check()
        #expect(report.ok && report.findings.count >= 5)
        try ws.backup(to: dir + "/copy.sqlite")
        let mode = (try FileManager.default.attributesOfItem(atPath: dir + "/copy.sqlite")[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o600)
        let (copy, created) = try Workspace.open(at: dir + "/copy.sqlite")
        #expect(!created)
        let copied = GongkaiService(workspace: copy, actor: Actor(login: "admin", origin: "t"), today: { pinnedToday })
        #expect(try copied.overview().documents == 10)
        #expect(throws: (any Error).self) { try ws.backup(to: dir + "/copy.sqlite") }   // never overwrites
        // A broken consistency rule is reported: an application without its audit record.
        try ws.writer.write { db in
            try db.execute(sql: """
                INSERT INTO application (id, applicantType, applicantName, channel, received, content, unitId, createdAt)
                VALUES ('A2026-9999', 'business', '某', 'online', '2026-01-05', 'x', 'county-office', 'x')
                """)
        }
        let broken = try ws.check()
        #expect(!broken.ok && broken.findings.contains { $0.check == "audit-application" && !$0.ok })
    }

    @Test func refusesAFileThatIsNotAWorkspace() throws {
        let dir = try temporaryDirectory()
        let path = dir + "/notes.sqlite"
        try Data("这不是数据库 — just some text that is long enough to be read as a header".utf8)
            .write(to: URL(fileURLWithPath: path))
        #expect(throws: (any Error).self) { try Workspace.open(at: path) }
        // The file is left as it was.
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("这不是数据库"))
    }

    @Test func initSeedsTheCountyOfficeOnceAndDemoOnce() throws {
        let ws = try Workspace.inMemory()
        let service = GongkaiService(workspace: ws, actor: Actor(login: "admin", origin: "test"), today: { pinnedToday })
        let first = try service.initialize(demo: false, created: true)
        #expect(first.seededUnits == 1)
        #expect(try service.units().map(\.name) == ["县人民政府办公室"])
        #expect(try service.units().first?.isCountyOffice == true)
        let demo = try service.initialize(demo: true, created: false)
        #expect(demo.seededUnits == 0)
        #expect(demo.demoUnits == 8 && demo.demoDocuments == 10 && demo.demoApplications == 6)
        let again = try service.initialize(demo: true, created: false)
        #expect(again.demoDocuments == 0 && again.demoApplications == 0)
        #expect(try service.overview().documents == 10)
    }
}

@Suite("审计日志 AuditLog")
struct AuditLogTests {
    @Test func everySeededChangeIsAuditedWithItsActorAndOrigin() throws {
        let service = try demoService(login: "wang.fang")
        let entries = try service.workspace.writer.read { db in try AuditEntry.fetchAll(db) }
        // 1 county office + the first admin + 8 demo units + 4 demo officers + 10 documents + 6 applications
        // + 3 interpretations + the registers (7 duties and 1 adjustment, 3 consultations, 3 inspections: issue 13),
        // and the catalog: the seed, 9 unit sub-catalogs, 22 document placements and 3 standard catalog items.
        #expect(entries.filter { !$0.action.hasPrefix("catalog.") }.count == 47)
        #expect(entries.filter { e in ["duty.", "consultation.", "inspection."].contains { e.action.hasPrefix($0) } }.count == 14)
        #expect(entries.filter { $0.action == "catalog.seed" }.count == 1)
        #expect(entries.filter { $0.action == "catalog.unit" }.count == 9)
        #expect(entries.filter { $0.action == "catalog.place" }.count == 22)
        #expect(entries.filter { $0.action == "catalog.item.add" }.count == 3)
        #expect(entries.count == 82)
        #expect(entries.allSatisfy { $0.actor == "wang.fang" && $0.origin == "test" })
        #expect(entries.filter { $0.action == "application.add" }.count == 6)
        // Applicants' personal data never goes into the audit text.
        #expect(!entries.contains { ($0.after ?? "").contains("张三") || ($0.after ?? "").contains("1101011990") })
    }

    @Test func theDatabaseRefusesToRewriteHistory() throws {
        let service = try demoService()
        #expect(throws: DatabaseError.self) {
            try service.workspace.writer.write { db in try db.execute(sql: "UPDATE auditLog SET actor = 'nobody'") }
        }
        #expect(throws: DatabaseError.self) {
            try service.workspace.writer.write { db in try db.execute(sql: "DELETE FROM auditLog") }
        }
        let actors = try service.workspace.writer.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT actor FROM auditLog") }
        #expect(actors == ["li.ming"])
    }
}

@Suite("服务层读取 Service reads")
struct ServiceReadTests {
    @Test func documentsPageNewestFirstAndFilterThoseNeedingInterpretation() throws {
        let service = try demoService()
        let all = try service.documents(offset: 0, limit: 100)
        #expect(all.count == 10)
        #expect(all.map(\.formed) == all.map(\.formed).sorted(by: >))
        let page2 = try service.documents(offset: 3, limit: 3)
        #expect(page2.map(\.id) == Array(all[3..<6]).map(\.id))
        let interp = try service.documents(filter: .requiringInterpretation, offset: 0, limit: 100)
        #expect(interp.count == 3)
        #expect(interp.allSatisfy { $0.type == .regulation || $0.type == .normative })
        #expect(try service.documentCount(filter: .requiringInterpretation) == 3)
    }

    @Test func applicationListsMaskNaturalPersonsAndPutOpenOnesFirst() throws {
        let service = try demoService()
        let apps = try service.applications(offset: 0, limit: 100)
        #expect(apps.count == 6)
        #expect(apps.contains { $0.applicantName == "张*" })
        #expect(!apps.contains { $0.applicantName == "张三" })
        #expect(apps.contains { $0.applicantName == "县宏达建材有限公司" })  // organisations are not masked
        let firstReplied = apps.firstIndex { $0.replied != nil }!
        #expect(apps[..<firstReplied].allSatisfy { $0.replied == nil })
        #expect(apps[firstReplied...].allSatisfy { $0.replied != nil })
        #expect(apps[0].received == pinnedToday.adding(days: -26))
    }

    @Test func overviewCountsPendingWork() throws {
        let o = try demoService().overview()
        #expect(o.units == 9 && o.documents == 10 && o.applications == 6)
        // 待办 is the inbox's length, so the status bar, `info` and `review list` say one number.
        let inbox = try demoService().reviewQueue()
        #expect(!inbox.isEmpty && o.pending == inbox.count)
        #expect(o.user == "li.ming")
    }
}

@Suite("位置与变更检测 Positions and change detection")
struct PositionTests {
    @Test func positionsMatchTheListOrder() throws {
        let service = try demoService()
        let docs = try service.documents(offset: 0, limit: 100)
        for (i, d) in docs.enumerated() { #expect(try service.documentPosition(id: d.id) == i) }
        let interp = try service.documents(filter: .requiringInterpretation, offset: 0, limit: 100)
        for (i, d) in interp.enumerated() {
            #expect(try service.documentPosition(id: d.id, filter: .requiringInterpretation) == i)
        }
        #expect(try service.documentPosition(id: "D2026-0005", filter: .requiringInterpretation) == nil) // a general document
        let apps = try service.listApplications(ApplicationQuery(limit: 100)).items
        #expect(apps.count == 6)
        for (i, a) in apps.enumerated() { #expect(try service.applicationPosition(id: a.id, query: ApplicationQuery()) == i) }
        #expect(try service.applicationPosition(id: "A1999-0001", query: ApplicationQuery()) == nil)
    }

    @Test func anotherProcessCommitChangesTheToken() throws {
        let dir = try temporaryDirectory()
        let path = dir + "/w.sqlite"
        let (a, _) = try Workspace.open(at: path)
        let sa = GongkaiService(workspace: a, actor: Actor(login: "admin", origin: "a"), today: { pinnedToday })
        _ = try sa.initialize(demo: false, created: true)
        let before = try sa.externalChangeToken()
        #expect(try sa.externalChangeToken() == before)
        // A second connection (as another officer's process would have) commits a change.
        let (b, _) = try Workspace.open(at: path)
        let sb = GongkaiService(workspace: b, actor: Actor(login: "admin", origin: "b"), today: { pinnedToday })
        try sb.addOfficer(Officer(login: "new.one", name: "新人", unitId: "county-office", role: .clerk))
        #expect(try sa.externalChangeToken() != before)
        #expect(try sa.officers().contains { $0.login == "new.one" })
    }
}
