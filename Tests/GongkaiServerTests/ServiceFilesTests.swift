import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// 文件写到读者那里 — through the service, a file an officer receives (`export -o`, the draft store)
/// is written by the officer's own client, as the officer: owned by them, 0600, relative to their
/// working directory, and only where they themselves may write — never by the service account
/// into a place the officer chose.
@Suite("服务：文件写到读者那里 Files through the service", .needsRoot)
struct ServiceFilesTests {
    let fixture: ServiceFixture

    init() throws { fixture = try .deployed() }

    @Test func anExportIsWrittenByTheOfficerNotByTheService() throws {
        let add = try fixture.gongkai(fixture.clerkA, ["app", "add", "--received", "2026-12-01", "--channel", "online",
                                                       "--applicant-type", "natural-person", "--applicant-name", "李四",
                                                       "--content", "公开某项目批复", "--format", "json"])
        #expect(add.status == 0, "\(add.error)")
        let id = try #require((try JSONSerialization.jsonObject(with: Data(add.output.utf8)) as? [String: Any])?["id"] as? String)
        // A relative path: the client's working directory (the officer's home), not the session's.
        let home = fixture.root + "/home/" + fixture.clerkA
        let r = try fixture.gongkai(fixture.clerkA, ["export", "applications", "--format", "csv", "-o", "台账.csv"])
        #expect(r.status == 0, "\(r.error)")
        let path = home + "/台账.csv"
        var st = stat()
        #expect(stat(path, &st) == 0, "no export at \(path): \(r.error)")
        #expect(st.st_uid == ServiceFixture.ids(of: fixture.clerkA)?.uid, "the export is not the officer's own file")
        #expect(st.st_mode & 0o777 == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains(id))
    }

    @Test func theServiceNeverWritesWhereOnlyItCould() throws {
        // The workspace directory belongs to the service account: a session could write there, the
        // officer cannot. The export must fail and nothing may appear there.
        let target = fixture.workspaceDir + "/planted.csv"
        let r = try fixture.gongkai(fixture.clerkA, ["export", "applications", "--format", "csv", "-o", target])
        #expect(r.status != 0, "\(r.output)")
        #expect(!FileManager.default.fileExists(atPath: target))
        // Nor into another officer's home.
        let other = fixture.root + "/home/" + fixture.clerkB + "/from-a.csv"
        let r2 = try fixture.gongkai(fixture.clerkA, ["export", "applications", "--format", "csv", "-o", other])
        #expect(r2.status != 0, "\(r2.output)")
        #expect(!FileManager.default.fileExists(atPath: other))
    }

    @Test func publishingThroughTheServiceWritesOnlyIntoTheServicesSiteFolder() throws {
        // Into the site folder (relative paths are taken inside it): written, by the service account.
        let ok = try fixture.gongkai(fixture.admin, ["publish", "--out", "county"])
        #expect(ok.status == 0, "\(ok.error)")
        var st = stat()
        #expect(stat(fixture.site + "/county/index.html", &st) == 0, "\(ok.output)")
        #expect(st.st_uid == ServiceFixture.ids(of: fixture.service)?.uid)
        // Anywhere else on the server — the admin's home, beside the workspace, out through ".." — refused.
        for out in [fixture.root + "/home/" + fixture.admin + "/site", fixture.workspaceDir + "/site", "../ws"] {
            let r = try fixture.gongkai(fixture.admin, ["publish", "--out", out])
            #expect(r.status != 0, "\(out): \(r.output)")
            #expect(r.error.contains("--out"), "\(r.error)")
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.root + "/home/" + fixture.admin + "/site"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.workspaceDir).filter { $0.contains("site") } == [])
        // Templates come only from the workspace's own folder.
        let templates = try fixture.gongkai(fixture.admin, ["publish", "--out", "county", "--templates", "/tmp"])
        #expect(templates.status != 0)
    }

    /// A file named on the command line (`--body-file`, an import, a template) is read by the
    /// officer's client, as the officer: a file only the service account may read stays unread.
    @Test func aFileNamedByTheOfficerIsReadAsTheOfficer() throws {
        let secret = fixture.workspaceDir + "/secret.txt"
        try "只有服务账户能读的内容".write(toFile: secret, atomically: true, encoding: .utf8)
        try fixture.chownByName(secret, fixture.service)
        chmod(secret, 0o600)
        let common = ["doc", "add", "--title", "县政府文件", "--type", "general", "--attribute", "proactive",
                      "--category", "政府文件", "--unit", "county-office", "--formed", "2026-11-02", "--body-file"]
        let refused = try fixture.gongkai(fixture.admin, common + [secret])
        #expect(refused.status != 0, "\(refused.output)")
        let own = fixture.root + "/home/" + fixture.admin + "/正文.txt"
        try "管理员自己的正文".write(toFile: own, atomically: true, encoding: .utf8)
        try fixture.chownByName(own, fixture.admin)
        // A relative path is the officer's own working directory (their home here).
        let added = try fixture.gongkai(fixture.admin, common + ["正文.txt", "--format", "json"])
        #expect(added.status == 0, "\(added.error)")
        let list = try fixture.gongkai(fixture.admin, ["doc", "search", "服务账户"])
        #expect(!list.output.contains("县政府文件"), "\(list.output)")
        let mine = try fixture.gongkai(fixture.admin, ["doc", "search", "管理员自己的正文"])
        #expect(mine.output.contains("县政府文件"), "\(mine.output + mine.error)")
    }
}
