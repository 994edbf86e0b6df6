import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// 服务与身份 — the attacks of issue 18 tried as an officer with an ordinary shell on the county
/// server, against a real `gongkai serve` running as its own account: the workspace file is out of
/// reach, another township's applications stay invisible and unchangeable through the service, and
/// nobody becomes someone else — not with `--as`, not with the environment, not with session mode.
@Suite("服务：服务与身份 Identity through the service", .needsRoot)
struct ServiceIdentityTests {
    let fixture: ServiceFixture

    init() throws { fixture = try .deployed() }

    /// Adds an application in township A as A's clerk; returns its id.
    func addApplication(_ name: String = "张三") throws -> String {
        let r = try fixture.gongkai(fixture.clerkA, ["app", "add", "--received", "2026-12-01", "--channel", "online",
                                                     "--applicant-type", "natural-person", "--applicant-name", name,
                                                     "--content", "公开某项目批复", "--id-number", "110101199003070012",
                                                     "--contact", "13800000000", "--format", "json"])
        #expect(r.status == 0, "\(r.error)")
        let object = try JSONSerialization.jsonObject(with: Data(r.output.utf8)) as? [String: Any]
        return try #require(object?["id"] as? String, "\(r.output)")
    }

    @Test func theWorkspaceFileAndItsDirectoryAreOutOfAnOfficersReach() throws {
        let ws = fixture.workspace
        // Reading the file (sqlite3, cat), writing it, or planting files beside it: all refused by the kernel.
        for script in ["cat '\(ws)' > /dev/null", "ls '\(fixture.workspaceDir)'", "echo x >> '\(ws)'",
                       "echo x > '\(fixture.workspaceDir)/planted'", "ln -s /etc/passwd '\(ws)-wal'",
                       "mv '\(ws)' '\(ws).old'"] {
            let r = try fixture.shell(fixture.clerkB, script)
            #expect(r.status != 0, "\(script) should be refused: \(r.output)")
        }
        var st = stat()
        #expect(stat(ws, &st) == 0)
        #expect(st.st_mode & 0o777 == 0o600)
        #expect(st.st_uid == ServiceFixture.ids(of: fixture.service)?.uid)
        #expect(!FileManager.default.fileExists(atPath: fixture.workspaceDir + "/planted"))
        // The service still works for everyone after the attempts.
        #expect(try fixture.gongkai(fixture.clerkB, ["info"]).status == 0)
    }

    @Test func anotherTownshipsApplicationsCannotBeSeenOrChangedThroughTheService() throws {
        let id = try addApplication()
        let listB = try fixture.gongkai(fixture.clerkB, ["app", "list", "--format", "json"])
        #expect(listB.status == 0, "\(listB.error)")
        #expect(!listB.output.contains(id), "B sees A's application: \(listB.output)")
        #expect(!listB.output.contains("110101199003070012"))
        let show = try fixture.gongkai(fixture.clerkB, ["app", "show", id])
        #expect(show.status != 0)
        #expect(!show.output.contains("13800000000"))
        let change = try fixture.gongkai(fixture.clerkB, ["app", "event", id, "withdraw"])
        #expect(change.status != 0, "\(change.output)")
        // A's own view is unchanged: still being handled, no withdrawal recorded.
        let mine = try fixture.gongkai(fixture.clerkA, ["app", "show", id, "--format", "json"])
        #expect(mine.status == 0, "\(mine.error)")
        #expect(mine.output.contains("\"processing\""), "\(mine.output)")
        #expect(!mine.output.contains("withdraw"), "\(mine.output)")
        // A can see it, B's clerk sees it only when an admin acts as A — and that is audited.
        #expect(try fixture.gongkai(fixture.clerkA, ["app", "list"]).output.contains(id))
    }

    @Test func identityComesFromTheKernelNotFromTheClient() throws {
        // What the service says "I" am: the login of the connecting uid.
        let info = try fixture.gongkai(fixture.clerkB, ["info", "--format", "json"],
                                       extraEnvironment: ["USER=\(fixture.admin)", "LOGNAME=\(fixture.admin)",
                                                          "GONGKAI_SESSION_LOGIN=\(fixture.admin)"])
        #expect(info.status == 0, "\(info.error)")
        #expect(info.output.contains(fixture.clerkB), "\(info.output)")
        #expect(!info.output.contains(fixture.admin), "\(info.output)")
        // --as from a clerk: refused by the service, nothing done.
        let asA = try fixture.gongkai(fixture.clerkB, ["--as", fixture.clerkA, "app", "list"])
        #expect(asA.status != 0)
        #expect(asA.error.contains("（规则「仅管理员可代他人操作」）"), "\(asA.error)")
        #expect(!asA.error.contains("act-as-admin-only"), "\(asA.error)")
        // --as from the admin: honoured, and the audit says who really did it.
        let id = try addApplication()
        let asAdmin = try fixture.gongkai(fixture.admin, ["--as", fixture.clerkA, "app", "list"])
        #expect(asAdmin.status == 0, "\(asAdmin.error)")
        #expect(asAdmin.output.contains(id))
        let audit = try fixture.gongkai(fixture.admin, ["audit", "--format", "json"])
        #expect(audit.output.contains("session.act-as"), "\(audit.output)")
        // --workspace cannot point the service at another file.
        let elsewhere = try fixture.gongkai(fixture.clerkB, ["--workspace", "/tmp/\(fixture.prefix)-other.sqlite", "app", "list"])
        #expect(elsewhere.status != 0)
        #expect(!FileManager.default.fileExists(atPath: "/tmp/\(fixture.prefix)-other.sqlite"))
        // The hidden session mode, started by an officer themself, is refused (and could not open
        // the workspace anyway).
        let session = try fixture.runAs(fixture.clerkB, ["info"], server: nil,
                                        extraEnvironment: ["GONGKAI_SESSION_FD=0", "GONGKAI_SESSION_LOGIN=\(fixture.admin)",
                                                           "GONGKAI_WORKSPACE=\(fixture.workspace)"])
        #expect(session.status != 0)
        #expect(!session.output.contains(fixture.admin))
        // Embedded mode on the service's workspace: the file cannot be opened.
        let direct = try fixture.runAs(fixture.clerkB, ["--workspace", fixture.workspace, "info"], server: nil)
        #expect(direct.status != 0)
    }

    @Test func onlyTheAdminChangesWhoIsAnOfficerAndNoClerkTouchesTheAuditLog() throws {
        _ = try addApplication()
        let before = try fixture.gongkai(fixture.admin, ["audit", "--format", "json"])
        #expect(before.status == 0, "\(before.error)")
        // A clerk promoting themself, or adding an officer: refused by the access rules.
        let promote = try fixture.gongkai(fixture.clerkB, ["officer", "add", fixture.prefix + "-x", "--name", "x",
                                                           "--unit", fixture.unitB, "--role", "admin"])
        #expect(promote.status != 0)
        #expect(promote.error.contains("（规则「仅限管理员」）"), "\(promote.error)")
        #expect(!promote.error.contains("admin-only"), "\(promote.error)")
        // The audit log file is out of reach; no verb rewrites it.
        let tamper = try fixture.shell(fixture.clerkB, "exec 3<>'\(fixture.workspace)'")
        #expect(tamper.status != 0)
        let after = try fixture.gongkai(fixture.admin, ["audit", "--format", "json"])
        #expect(before.output == after.output, "a clerk's attempts changed the audit log")
        let check = try fixture.gongkai(fixture.admin, ["check"])
        #expect(check.status == 0, "\(check.output + check.error)")
    }

    @Test func serviceOnlyVerbsAreRefusedThroughTheSocket() throws {
        let serve = try fixture.gongkai(fixture.clerkB, ["serve", "--socket", "/tmp/\(fixture.prefix)-evil.sock"])
        #expect(serve.status != 0)
        #expect(!FileManager.default.fileExists(atPath: "/tmp/\(fixture.prefix)-evil.sock"))
        // A verb run through the service tells the truth about its exit status and streams.
        let bad = try fixture.gongkai(fixture.clerkA, ["app", "show", "A2099-9999"])
        #expect(bad.status == 1)
        #expect(!bad.error.isEmpty)
        #expect(bad.output.isEmpty, "\(bad.output)")
    }
}
