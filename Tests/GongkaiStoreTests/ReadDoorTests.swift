import Foundation
import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

private func d(_ s: String) -> CivilDate { CivilDate(iso: s)! }

private func request(_ received: String, name: String, unit: String? = nil) -> NewApplication {
    NewApplication(received: d(received), channel: .online, applicantType: .naturalPerson,
                   applicantName: name, content: "申请公开某项目预算", unit: unit)
}

/// 读取之门 — every read goes through `GongkaiService.read`, which applies the officer's scope
/// and never writes: listing applications after a consultation ran out changes neither the data
/// nor the audit log, and still shows the list in today's order.
@Suite("读取 The read door")
struct ReadDoorTests {
    /// A workspace file (so a second connection can watch `data_version`), the admin's service
    /// with a movable today, and applications of which two are in consultations that run out.
    struct Fixture {
        let path: String
        let clock: PinnedDay
        let service: GongkaiService
        /// The applications whose consultation ends before `later`.
        let consulting: [String]
        static let later = d("2027-01-04")

        init() throws {
            path = try temporaryDirectory() + "/workspace.sqlite"
            let (ws, _) = try Workspace.open(at: path)
            clock = PinnedDay(d("2026-11-02"))
            let clock = self.clock
            service = GongkaiService(workspace: ws, actor: Actor(login: "admin", origin: "test"), today: { clock.day })
            _ = try service.initialize(demo: false, created: true)
            var ids: [String] = []
            for (i, received) in ["2026-09-01", "2026-10-09", "2026-10-12", "2026-10-20", "2026-10-26",
                                  "2026-10-27", "2026-10-30"].enumerated() {
                ids.append(try service.addApplication(request(received, name: "申请人\(i)")).id)
            }
            _ = try service.recordEvent(applicationId: ids[0], .reply(d("2026-09-20"), outcome: .granted))
            _ = try service.recordEvent(applicationId: ids[1], .consultStart(d("2026-11-02"), party: .thirdParty))
            _ = try service.recordEvent(applicationId: ids[4], .consultStart(d("2026-10-30"), party: .agency))
            consulting = [ids[1], ids[4]]
        }

        /// What a second process sees change: SQLite's `data_version` on a connection of its own.
        func dataVersion(_ watcher: DatabaseQueue) throws -> Int {
            try watcher.inDatabase { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
        }

        func storedKeys() throws -> [Row] {
            try service.workspace.writer.read { db in
                try Row.fetchAll(db, sql: "SELECT id, phase, sortRank, sortDue, refreshOn FROM application ORDER BY id")
            }
        }

        func auditEntries() throws -> Int {
            try service.workspace.writer.read { db in try AuditEntry.fetchCount(db) }
        }
    }

    @Test func listingAfterAConsultationRanOutWritesNothing() throws {
        let f = try Fixture()
        #expect(try f.service.listApplications(ApplicationQuery(state: .consulting)).total == 2)
        let watcher = try DatabaseQueue(path: f.path)
        let version = try f.dataVersion(watcher)
        let audit = try f.auditEntries()
        let keys = try f.storedKeys()
        f.clock.day = Fixture.later        // both consultations have run out, and the resumed clocks too

        let list = try f.service.listApplications(ApplicationQuery())
        #expect(list.total == 7)
        let expired = list.items.filter { f.consulting.contains($0.id) }
        #expect(expired.count == 2 && expired.allSatisfy { $0.state == .overdue })
        #expect(try f.service.listApplications(ApplicationQuery(state: .consulting)).total == 0)
        #expect(try f.service.applicationWindow(ApplicationQuery(offset: 4, limit: 3), total: list.total).count == 3)
        #expect(try f.service.applicationPosition(id: f.consulting[0], query: ApplicationQuery()) != nil)
        _ = try f.service.overview()
        _ = try f.service.reviewQueue()

        #expect(try f.dataVersion(watcher) == version)
        #expect(try f.auditEntries() == audit)
        #expect(try f.storedKeys() == keys)
        #expect(try f.service.auditEntries(AuditQuery()).contains { $0.action == "application.clock-refresh" } == false)
    }

    @Test func expiredApplicationsStandWhereAStoredFreshKeyPutsThem() throws {
        let f = try Fixture()
        f.clock.day = Fixture.later
        let queries = [ApplicationQuery(), ApplicationQuery(state: .overdue), ApplicationQuery(state: .processing),
                       ApplicationQuery(overdue: true), ApplicationQuery(search: "申请人4")]
        func everything(_ q: ApplicationQuery) throws -> (ids: [String], windows: [[String]], positions: [Int?]) {
            let page = try f.service.listApplications(q)
            var windows: [[String]] = []
            for offset in 0...page.total {
                var w = q
                w.offset = offset
                w.limit = 3
                windows.append(try f.service.applicationWindow(w, total: page.total).map(\.id))
            }
            let positions = try (page.items.map(\.id) + ["A2026-9999"]).map {
                try f.service.applicationPosition(id: $0, query: q)
            }
            return (page.items.map(\.id), windows, positions)
        }
        let read = try queries.map(everything)
        #expect(read[0].ids.count == 7 && read[1].ids.count >= 2)

        // The same lists once a write has stored the fresh keys.
        try f.service.workspace.writer.write { db in
            _ = try ApplicationClockCache.refreshOpen(db, calendar: try GongkaiService.workdayCalendar(db), today: Fixture.later)
        }
        let stored = try queries.map(everything)
        for (r, s) in zip(read, stored) {
            #expect(r.ids == s.ids)
            #expect(r.windows == s.windows)
            #expect(r.positions == s.positions)
            #expect(r.positions.last! == nil && r.positions.dropLast().enumerated().allSatisfy { $0.element == $0.offset })
        }
    }

    @Test func aReadAppliesTheOfficersScopeAndRefusesAnUnknownLogin() throws {
        let ws = try Workspace.inMemory()
        let admin = GongkaiService(workspace: ws, actor: Actor(login: "admin", origin: "test"), today: { pinnedToday })
        _ = try admin.initialize(demo: true, created: true)
        let township = GongkaiService(workspace: ws, actor: Actor(login: "wang.cg", origin: "test"), today: { pinnedToday })
        let seen = try township.read { _, access in access.scope.unitId }
        #expect(seen == "chengguan")
        #expect(try admin.read { _, access in access.scope.unitId } == nil)
        let listed = try township.listApplications(ApplicationQuery(limit: 100)).items
        #expect(!listed.isEmpty && listed.allSatisfy { $0.unitId == "chengguan" })
        let all = try admin.listApplications(ApplicationQuery(limit: 100)).items
        #expect(Set(all.map(\.unitId)).count > 1)
        let stranger = GongkaiService(workspace: ws, actor: Actor(login: "mallory", origin: "test"), today: { pinnedToday })
        #expect(throws: AccessDenied(rule: .unknownOfficer, officer: "mallory")) {
            try stranger.listApplications(ApplicationQuery())
        }
        // Reference data every login may read stays open (the units, the admins to ask).
        #expect(try stranger.units().count == (try admin.units().count))
        #expect(try stranger.adminLogins() == ["admin"])
    }

    /// The store reads its database only through the door (or the set-up paths that write).
    @Test func theStoreReadsOnlyThroughTheDoor() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/GongkaiStore")
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) && isDirectory.boolValue)
        let door = ["ServiceRead.swift", "Workspace.swift", "WorkspaceCheck.swift", "DemoGenerator.swift"]   // the door; the workspace itself (opening, `check`); the bulk generator
        var checked = 0
        var offenders: [String] = []
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            checked += 1
            guard !door.contains(url.lastPathComponent) else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            if text.contains("writer.read") { offenders.append(url.lastPathComponent) }
        }
        #expect(checked > 50)
        #expect(offenders == [])
    }
}
