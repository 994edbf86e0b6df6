import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// 部署 — the service refuses a workspace others can reach and says which path and mode;
/// `serve --check` lists every problem; `serve --migrate` turns the old group-writable setup
/// (setgid 2770 directory, 0660 files, a planted link) into the service's (0700/0600, the service
/// account's, no links), after which the service starts.
@Suite("服务：部署 Deployment of the service", .needsRoot)
struct ServiceDeploymentTests {
    let fixture: ServiceFixture

    init() throws {
        fixture = try ServiceFixture()
        let created = try fixture.runAs(fixture.service, ["init", "--workspace", fixture.workspace, "--admin", fixture.admin], server: nil)
        #expect(created.status == 0, "\(created.error)")
    }

    func serve(_ extra: [String]) throws -> ProcessResult {
        try fixture.runAs(fixture.service, ["serve", "--workspace", fixture.workspace, "--socket", fixture.socket] + extra, server: nil)
    }

    @Test func theServiceRefusesAWorkspaceOthersCanReachAndNamesPathAndMode() throws {
        chmod(fixture.workspace, 0o640)
        let refused = try serve([])
        #expect(refused.status != 0)
        #expect(refused.error.contains(fixture.workspace), "\(refused.error)")
        #expect(refused.error.contains("0640"), "\(refused.error)")
        #expect(!FileManager.default.fileExists(atPath: fixture.socket), "it must not listen")
        chmod(fixture.workspaceDir, 0o750)
        let check = try serve(["--check"])
        #expect(check.status == 1)
        #expect(check.output.contains(fixture.workspaceDir + " ") || check.output.contains(fixture.workspaceDir + "（")
                      || check.output.contains("0750"), "\(check.output)")
        #expect(check.output.contains("0640"), "\(check.output)")
        #expect(check.output.contains("--migrate"), "\(check.output)")
        chmod(fixture.workspace, 0o600)
        chmod(fixture.workspaceDir, 0o700)
        let good = try serve(["--check"])
        #expect(good.status == 0, "\(good.output)")
    }

    @Test func migrationFromTheGroupWritableSetupInOneCommand() throws {
        // The old setup: the directory and files belong to an officer and a shared group, 2770/0660,
        // and an officer planted a link beside the workspace.
        let officer = try #require(ServiceFixture.ids(of: fixture.clerkA))
        for path in [fixture.workspaceDir, fixture.workspace] { chown(path, officer.uid, officer.gid) }
        chmod(fixture.workspaceDir, 0o2770)
        chmod(fixture.workspace, 0o660)
        symlink("/etc/passwd", fixture.workspace + "-wal")
        #expect(try serve(["--check"]).status != 0)
        let migrated = try runCommand(fixture.binary, ["serve", "--migrate", "--workspace", fixture.workspace, "--owner", fixture.service])
        #expect(migrated.status == 0, "\(migrated.error)")
        var st = stat()
        #expect(lstat(fixture.workspace + "-wal", &st) == -1, "the planted link is gone")
        #expect(stat(fixture.workspaceDir, &st) == 0)
        #expect(st.st_mode & 0o7777 == 0o700)
        #expect(st.st_uid == ServiceFixture.ids(of: fixture.service)?.uid)
        #expect(stat(fixture.workspace, &st) == 0)
        #expect(st.st_mode & 0o7777 == 0o600)
        let check = try serve(["--check"])
        #expect(check.status == 0, "\(check.output)")
        try fixture.startService()
        let info = try fixture.gongkai(fixture.admin, ["info"])
        #expect(info.status == 0, "\(info.error)")
    }

    @Test func initNamesTheFirstAdministratorAndOnlyOnce() throws {
        let again = try fixture.runAs(fixture.service, ["init", "--workspace", fixture.workspace, "--admin", fixture.clerkB], server: nil)
        #expect(again.status != 0)
        #expect(again.error.contains(fixture.admin), "\(again.error)")
        try fixture.startService()
        let officers = try fixture.gongkai(fixture.admin, ["officer", "list", "--format", "json"])
        #expect(officers.status == 0, "\(officers.error)")
        #expect(officers.output.contains(fixture.admin))
        #expect(!officers.output.contains(fixture.clerkB))
        #expect(!officers.output.contains("\"\(fixture.service)\""), "the service account is no officer")
    }
}
