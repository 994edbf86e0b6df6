import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// 服务与身份 — the attacks of issue 18 tried as an officer with an ordinary shell on the county
/// server, against a real `gongkai serve` running as its own account: the workspace file is out of
/// reach, another township's applications stay invisible and unchangeable through the service, and
/// nobody becomes someone else — not with `--as`, not with the environment, not with session mode.
final class ServiceIdentityTests: DeployedServiceTestCase {
    /// Adds an application in township A as A's clerk; returns its id.
    func addApplication(_ name: String = "张三") throws -> String {
        let r = try fixture.gongkai(fixture.clerkA, ["app", "add", "--received", "2026-12-01", "--channel", "online",
                                                     "--applicant-type", "natural-person", "--applicant-name", name,
                                                     "--content", "公开某项目批复", "--id-number", "110101199003070012",
                                                     "--contact", "13800000000", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.error)
        let object = try JSONSerialization.jsonObject(with: Data(r.output.utf8)) as? [String: Any]
        return try XCTUnwrap(object?["id"] as? String, r.output)
    }

    func testTheWorkspaceFileAndItsDirectoryAreOutOfAnOfficersReach() throws {
        let ws = fixture.workspace
        // Reading the file (sqlite3, cat), writing it, or planting files beside it: all refused by the kernel.
        for script in ["cat '\(ws)' > /dev/null", "ls '\(fixture.workspaceDir)'", "echo x >> '\(ws)'",
                       "echo x > '\(fixture.workspaceDir)/planted'", "ln -s /etc/passwd '\(ws)-wal'",
                       "mv '\(ws)' '\(ws).old'"] {
            let r = try fixture.shell(fixture.clerkB, script)
            XCTAssertNotEqual(r.status, 0, "\(script) should be refused: \(r.output)")
        }
        var st = stat()
        XCTAssertEqual(stat(ws, &st), 0)
        XCTAssertEqual(st.st_mode & 0o777, 0o600)
        XCTAssertEqual(st.st_uid, getpwnam(fixture.service)!.pointee.pw_uid)
        XCTAssertFalse(FileManager.default.fileExists(atPath: fixture.workspaceDir + "/planted"))
        // The service still works for everyone after the attempts.
        XCTAssertEqual(try fixture.gongkai(fixture.clerkB, ["info"]).status, 0)
    }

    func testAnotherTownshipsApplicationsCannotBeSeenOrChangedThroughTheService() throws {
        let id = try addApplication()
        let listB = try fixture.gongkai(fixture.clerkB, ["app", "list", "--format", "json"])
        XCTAssertEqual(listB.status, 0, listB.error)
        XCTAssertFalse(listB.output.contains(id), "B sees A's application: \(listB.output)")
        XCTAssertFalse(listB.output.contains("110101199003070012"))
        let show = try fixture.gongkai(fixture.clerkB, ["app", "show", id])
        XCTAssertNotEqual(show.status, 0)
        XCTAssertFalse(show.output.contains("13800000000"))
        let change = try fixture.gongkai(fixture.clerkB, ["app", "event", id, "withdraw"])
        XCTAssertNotEqual(change.status, 0, change.output)
        // A's own view is unchanged: still being handled, no withdrawal recorded.
        let mine = try fixture.gongkai(fixture.clerkA, ["app", "show", id, "--format", "json"])
        XCTAssertEqual(mine.status, 0, mine.error)
        XCTAssertTrue(mine.output.contains("\"processing\""), mine.output)
        XCTAssertFalse(mine.output.contains("withdraw"), mine.output)
        // A can see it, B's clerk sees it only when an admin acts as A — and that is audited.
        XCTAssertTrue(try fixture.gongkai(fixture.clerkA, ["app", "list"]).output.contains(id))
    }

    func testIdentityComesFromTheKernelNotFromTheClient() throws {
        // What the service says "I" am: the login of the connecting uid.
        let info = try fixture.gongkai(fixture.clerkB, ["info", "--format", "json"],
                                       extraEnvironment: ["USER=\(fixture.admin)", "LOGNAME=\(fixture.admin)",
                                                          "GONGKAI_SESSION_LOGIN=\(fixture.admin)"])
        XCTAssertEqual(info.status, 0, info.error)
        XCTAssertTrue(info.output.contains(fixture.clerkB), info.output)
        XCTAssertFalse(info.output.contains(fixture.admin), info.output)
        // --as from a clerk: refused by the service, nothing done.
        let asA = try fixture.gongkai(fixture.clerkB, ["--as", fixture.clerkA, "app", "list"])
        XCTAssertNotEqual(asA.status, 0)
        XCTAssertTrue(asA.error.contains("（规则「仅管理员可代他人操作」）"), asA.error)
        XCTAssertFalse(asA.error.contains("act-as-admin-only"), asA.error)
        // --as from the admin: honoured, and the audit says who really did it.
        let id = try addApplication()
        let asAdmin = try fixture.gongkai(fixture.admin, ["--as", fixture.clerkA, "app", "list"])
        XCTAssertEqual(asAdmin.status, 0, asAdmin.error)
        XCTAssertTrue(asAdmin.output.contains(id))
        let audit = try fixture.gongkai(fixture.admin, ["audit", "--format", "json"])
        XCTAssertTrue(audit.output.contains("session.act-as"), audit.output)
        // --workspace cannot point the service at another file.
        let elsewhere = try fixture.gongkai(fixture.clerkB, ["--workspace", "/tmp/\(fixture.prefix)-other.sqlite", "app", "list"])
        XCTAssertNotEqual(elsewhere.status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/tmp/\(fixture.prefix)-other.sqlite"))
        // The hidden session mode, started by an officer themself, is refused (and could not open
        // the workspace anyway).
        let session = try fixture.runAs(fixture.clerkB, ["info"], server: nil,
                                        extraEnvironment: ["GONGKAI_SESSION_FD=0", "GONGKAI_SESSION_LOGIN=\(fixture.admin)",
                                                           "GONGKAI_WORKSPACE=\(fixture.workspace)"])
        XCTAssertNotEqual(session.status, 0)
        XCTAssertFalse(session.output.contains(fixture.admin))
        // Embedded mode on the service's workspace: the file cannot be opened.
        let direct = try fixture.runAs(fixture.clerkB, ["--workspace", fixture.workspace, "info"], server: nil)
        XCTAssertNotEqual(direct.status, 0)
    }

    func testOnlyTheAdminChangesWhoIsAnOfficerAndNoClerkTouchesTheAuditLog() throws {
        _ = try addApplication()
        let before = try fixture.gongkai(fixture.admin, ["audit", "--format", "json"])
        XCTAssertEqual(before.status, 0, before.error)
        // A clerk promoting themself, or adding an officer: refused by the access rules.
        let promote = try fixture.gongkai(fixture.clerkB, ["officer", "add", fixture.prefix + "-x", "--name", "x",
                                                           "--unit", fixture.unitB, "--role", "admin"])
        XCTAssertNotEqual(promote.status, 0)
        XCTAssertTrue(promote.error.contains("（规则「仅限管理员」）"), promote.error)
        XCTAssertFalse(promote.error.contains("admin-only"), promote.error)
        // The audit log file is out of reach; no verb rewrites it.
        let tamper = try fixture.shell(fixture.clerkB, "exec 3<>'\(fixture.workspace)'")
        XCTAssertNotEqual(tamper.status, 0)
        let after = try fixture.gongkai(fixture.admin, ["audit", "--format", "json"])
        XCTAssertEqual(before.output, after.output, "a clerk's attempts changed the audit log")
        let check = try fixture.gongkai(fixture.admin, ["check"])
        XCTAssertEqual(check.status, 0, check.output + check.error)
    }

    func testServiceOnlyVerbsAreRefusedThroughTheSocket() throws {
        let serve = try fixture.gongkai(fixture.clerkB, ["serve", "--socket", "/tmp/\(fixture.prefix)-evil.sock"])
        XCTAssertNotEqual(serve.status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/tmp/\(fixture.prefix)-evil.sock"))
        // A verb run through the service tells the truth about its exit status and streams.
        let bad = try fixture.gongkai(fixture.clerkA, ["app", "show", "A2099-9999"])
        XCTAssertEqual(bad.status, 1)
        XCTAssertFalse(bad.error.isEmpty)
        XCTAssertTrue(bad.output.isEmpty, bad.output)
    }
}
