import Foundation
import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// 备份 — every unit's personal data: admins only, audited (issue 18).
@Suite("备份权限 Backup access")
struct BackupAccessTests: DemoWorkspaceSuite {
    func service(_ ws: Workspace, _ login: String) -> GongkaiService {
        GongkaiService(workspace: ws, actor: Actor(login: login, origin: "test"), today: { pinnedToday })
    }

    @Test func aClerksBackupIsRefusedByTheAdminOnlyRuleAndLeavesNoTrace() throws {
        let ws = try workspace()
        let before = try ws.writer.read { db in try AuditEntry.fetchCount(db) }
        for login in ["wang.cg", "chen.review"] {   // a township clerk, the county office's reviewer
            #expect(throws: AccessDenied(rule: .adminOnly, officer: login)) {
                try service(ws, login).backupData(destination: "/tmp/x.sqlite")
            }
        }
        #expect(try ws.writer.read { db in try AuditEntry.fetchCount(db) } == before)
    }

    @Test func anAdminsBackupIsAWholeWorkspaceAndIsAudited() throws {
        let ws = try workspace()
        let data = try service(ws, "admin").backupData(destination: "/home/admin/b.sqlite")
        #expect(data.prefix(16) == Data("SQLite format 3\0".utf8))
        let entry = try #require(try service(ws, "admin").auditEntries(AuditQuery()).first { $0.action == "workspace.backup" })
        #expect(entry.actor == "admin")
        #expect(entry.after?.contains(SHA256.hex(data)) == true && entry.after?.contains("/home/admin/b.sqlite") == true)
        // The bytes open as a workspace with the same records.
        let dir = NSTemporaryDirectory() + "gongkai-backup-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let files = LocalOfficerFiles(draftDirectory: dir + "/drafts", workingDirectory: dir)
        try files.write(data, to: "b.sqlite")
        var st = stat()
        #expect(stat(dir + "/b.sqlite", &st) == 0 && st.st_mode & 0o777 == 0o600)
        let (copy, created) = try Workspace.open(at: dir + "/b.sqlite")
        #expect(!created)
        #expect(try service(copy, "admin").overview().documents == 10)
    }
}
