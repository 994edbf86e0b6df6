import Foundation
import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// Access rules through the service door: two units, three roles, the county office.
@Suite("权限 Access rules")
struct AccessTests: DemoWorkspaceSuite {
    /// A demo workspace initialised by `admin`, and a service acting as `login`.
    func service(_ ws: Workspace, _ login: String) -> GongkaiService {
        GongkaiService(workspace: ws, actor: Actor(login: login, origin: "test"), today: { pinnedToday })
    }

    func auditCount(_ ws: Workspace) throws -> Int {
        try ws.writer.read { db in try AuditEntry.fetchCount(db) }
    }

    @Test func theFirstInitialiserBecomesAdminInTheCountyOffice() throws {
        let ws = try workspace()
        let p = try service(ws, "admin").currentOfficer()
        #expect(p.officer.role == .admin && p.officer.unitId == "county-office" && p.seesAllUnits)
        #expect(try service(ws, "admin").adminLogins() == ["admin"])
    }

    @Test func anUnknownLoginGetsNoAccessAtAll() throws {
        let ws = try workspace()
        let stranger = service(ws, "mallory")
        #expect(throws: AccessDenied(rule: .unknownOfficer, officer: "mallory")) { try stranger.documents(offset: 0, limit: 10) }
        #expect(throws: AccessDenied(rule: .unknownOfficer, officer: "mallory")) { try stranger.overview() }
        expectRefused(.unknownOfficer) {
            try stranger.addOfficer(Officer(login: "mallory", name: "M", unitId: "edu", role: .admin))
        }
        let denied = AccessDenied(rule: .unknownOfficer, officer: "mallory")
        #expect(denied.description.contains("gongkai officer add"))
    }

    @Test func unitOfficersSeeOnlyTheirOwnUnitAndTheCountyOfficeSeesAll() throws {
        let ws = try workspace()
        let township = service(ws, "wang.cg")          // 城关镇 clerk
        let docs = try township.documents(offset: 0, limit: 100)
        #expect(!docs.isEmpty && docs.allSatisfy { $0.unitId == "chengguan" })
        #expect(try everyOne(township.applications(offset: 0, limit: 100)) { $0.unitId == "chengguan" })
        #expect(try township.documentCount() == docs.count)
        let dept = service(ws, "zhao.edu")              // 县教育局 clerk
        #expect(try everyOne(dept.documents(offset: 0, limit: 100)) { $0.unitId == "edu" })
        #expect(try dept.overview().applications == 1)
        let county = service(ws, "chen.review")         // county office reviewer
        #expect(try county.documents(offset: 0, limit: 100).count == 10)
        #expect(try county.overview().applications == 6)
    }

    @Test func onlyAdminsRegisterOfficersAndARefusalChangesNothing() throws {
        let ws = try workspace()
        let before = try auditCount(ws)
        for login in ["wang.cg", "liu.edu", "chen.review"] {   // clerk, reviewer, county reviewer
            #expect(throws: AccessDenied(rule: .adminOnly, officer: login)) {
                try service(ws, login).addOfficer(Officer(login: "new.one", name: "新人", unitId: "hexi", role: .clerk))
            }
        }
        #expect(try auditCount(ws) == before)
        #expect(try service(ws, "admin").officers().contains { $0.login == "new.one" } == false)
        try service(ws, "admin").addOfficer(Officer(login: "new.one", name: "新人", unitId: "hexi", role: .clerk))
        #expect(try auditCount(ws) == before + 1)
        expectRefused(.conflict) {
            try service(ws, "admin").addOfficer(Officer(login: "new.one", name: "又一个", unitId: "hexi", role: .clerk))
        }
        expectRefused(.unitNotResolved) {
            try service(ws, "admin").addOfficer(Officer(login: "x", name: "无单位", unitId: "no-such-unit", role: .clerk))
        }
        expectRefused(.invalid) {
            try service(ws, "admin").addOfficer(Officer(login: "bad login;rm", name: "坏", unitId: "hexi", role: .clerk))
        }
    }

    @Test func actingAsAnotherOfficerIsForAdminsOnlyAndIsAudited() throws {
        let ws = try workspace()
        #expect(throws: AccessDenied(rule: .actAsAdminOnly, officer: "wang.cg")) {
            try SessionIdentity.resolve(workspace: ws, realLogin: "wang.cg", actAs: "zhao.edu", origin: "test")
        }
        #expect(throws: AccessDenied(rule: .unknownOfficer, officer: "ghost")) {
            try SessionIdentity.resolve(workspace: ws, realLogin: "admin", actAs: "ghost", origin: "test")
        }
        let acting = try SessionIdentity.resolve(workspace: ws, realLogin: "admin", actAs: "wang.cg", origin: "test")
        #expect(acting.actor.login == "wang.cg" && acting.actor.realLogin == "admin")
        #expect(try everyOne(acting.documents(offset: 0, limit: 100)) { $0.unitId == "chengguan" })
        let entry = try ws.writer.read { db in try AuditEntry.filter(Column("action") == "session.act-as").fetchOne(db) }
        #expect(entry?.actor == "wang.cg" && entry?.realActor == "admin")
    }

    @Test func unitOfficersReadTheHistoryOfTheirOwnItemsOnly() throws {
        let ws = try workspace()
        let township = service(ws, "wang.cg")
        let entries = try township.auditEntries(AuditQuery())
        #expect(!entries.isEmpty)
        let ownIds = Set(try township.documents(offset: 0, limit: 100).map(\.id) + township.applications(offset: 0, limit: 100).map(\.id))
        #expect(entries.allSatisfy { $0.actor == "wang.cg" || ownIds.contains($0.item ?? "") })
        let all = try service(ws, "admin").auditEntries(AuditQuery())
        #expect(all.count > entries.count)
        #expect(try service(ws, "admin").auditEntries(AuditQuery(officer: "nobody")).isEmpty)
    }
}

@Suite("权限：依申请公开 Access to applications")
struct ApplicationAccessTests {
    @Test func applicationsStayWithTheirHandlingUnit() throws {
        let ws = try Workspace.inMemory()
        _ = try GongkaiService(workspace: ws, actor: Actor(login: "admin", origin: "test"), today: { pinnedToday })
            .initialize(demo: true, created: true)
        func as_(_ login: String) -> GongkaiService {
            GongkaiService(workspace: ws, actor: Actor(login: login, origin: "test"), today: { pinnedToday })
        }
        let township = as_("wang.cg"), dept = as_("zhao.edu")
        // A new application by a township clerk belongs to the township by default.
        let mine = try township.addApplication(NewApplication(
            received: pinnedToday, channel: .inPerson, applicantType: .naturalPerson,
            applicantName: "孙七", content: "申请公开本镇道路硬化工程预算", unit: nil))
        #expect(mine.unitId == "chengguan")
        #expect(throws: AccessDenied(rule: .otherUnit, officer: "zhao.edu")) { try dept.application(id: mine.id) }
        #expect(throws: AccessDenied(rule: .otherUnit, officer: "zhao.edu")) {
            try dept.recordEvent(applicationId: mine.id, .reply(pinnedToday, outcome: .granted))
        }
        #expect(throws: AccessDenied(rule: .otherUnit, officer: "wang.cg")) {
            try township.addApplication(NewApplication(received: pinnedToday, channel: .online, applicantType: .business,
                                                       applicantName: "某公司", content: "x", unit: "edu"))
        }
        #expect(try everyOne(dept.listApplications(ApplicationQuery()).items) { $0.unitId == "edu" })
        #expect(try township.listApplications(ApplicationQuery()).items.map(\.id).contains(mine.id))
        // The county office sees and handles it.
        let county = as_("chen.review")
        #expect(try county.application(id: mine.id).applicantName == "孙七")
        _ = try county.recordEvent(applicationId: mine.id, .reply(pinnedToday, outcome: .granted))
        #expect(try township.application(id: mine.id).state == .replied)
    }
}
