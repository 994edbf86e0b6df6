import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// 文件写到读者那里 — through the service, a file an officer receives (`export -o`, the draft store)
/// is written by the officer's own client, as the officer: owned by them, 0600, relative to their
/// working directory, and only where they themselves may write — never by the service account
/// into a place the officer chose.
final class ServiceFilesTests: DeployedServiceTestCase {
    func testAnExportIsWrittenByTheOfficerNotByTheService() throws {
        let add = try fixture.gongkai(fixture.clerkA, ["app", "add", "--received", "2026-12-01", "--channel", "online",
                                                       "--applicant-type", "natural-person", "--applicant-name", "李四",
                                                       "--content", "公开某项目批复", "--format", "json"])
        XCTAssertEqual(add.status, 0, add.error)
        let id = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(add.output.utf8)) as? [String: Any])?["id"] as? String)
        // A relative path: the client's working directory (the officer's home), not the session's.
        let home = fixture.root + "/home/" + fixture.clerkA
        let r = try fixture.gongkai(fixture.clerkA, ["export", "applications", "--format", "csv", "-o", "台账.csv"])
        XCTAssertEqual(r.status, 0, r.error)
        let path = home + "/台账.csv"
        var st = stat()
        XCTAssertEqual(stat(path, &st), 0, "no export at \(path): \(r.error)")
        XCTAssertEqual(st.st_uid, getpwnam(fixture.clerkA)!.pointee.pw_uid, "the export is not the officer's own file")
        XCTAssertEqual(st.st_mode & 0o777, 0o600)
        XCTAssertTrue(try String(contentsOfFile: path, encoding: .utf8).contains(id))
    }

    func testTheServiceNeverWritesWhereOnlyItCould() throws {
        // The workspace directory belongs to the service account: a session could write there, the
        // officer cannot. The export must fail and nothing may appear there.
        let target = fixture.workspaceDir + "/planted.csv"
        let r = try fixture.gongkai(fixture.clerkA, ["export", "applications", "--format", "csv", "-o", target])
        XCTAssertNotEqual(r.status, 0, r.output)
        XCTAssertFalse(FileManager.default.fileExists(atPath: target))
        // Nor into another officer's home.
        let other = fixture.root + "/home/" + fixture.clerkB + "/from-a.csv"
        let r2 = try fixture.gongkai(fixture.clerkA, ["export", "applications", "--format", "csv", "-o", other])
        XCTAssertNotEqual(r2.status, 0, r2.output)
        XCTAssertFalse(FileManager.default.fileExists(atPath: other))
    }

    func testPublishingThroughTheServiceWritesOnlyIntoTheServicesSiteFolder() throws {
        // Into the site folder (relative paths are taken inside it): written, by the service account.
        let ok = try fixture.gongkai(fixture.admin, ["publish", "--out", "county"])
        XCTAssertEqual(ok.status, 0, ok.error)
        var st = stat()
        XCTAssertEqual(stat(fixture.site + "/county/index.html", &st), 0, ok.output)
        XCTAssertEqual(st.st_uid, getpwnam(fixture.service)!.pointee.pw_uid)
        // Anywhere else on the server — the admin's home, beside the workspace, out through ".." — refused.
        for out in [fixture.root + "/home/" + fixture.admin + "/site", fixture.workspaceDir + "/site", "../ws"] {
            let r = try fixture.gongkai(fixture.admin, ["publish", "--out", out])
            XCTAssertNotEqual(r.status, 0, "\(out): \(r.output)")
            XCTAssertTrue(r.error.contains("--out"), r.error)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: fixture.root + "/home/" + fixture.admin + "/site"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: fixture.workspaceDir).filter { $0.contains("site") }, [])
        // Templates come only from the workspace's own folder.
        let templates = try fixture.gongkai(fixture.admin, ["publish", "--out", "county", "--templates", "/tmp"])
        XCTAssertNotEqual(templates.status, 0)
    }

    /// A file named on the command line (`--body-file`, an import, a template) is read by the
    /// officer's client, as the officer: a file only the service account may read stays unread.
    func testAFileNamedByTheOfficerIsReadAsTheOfficer() throws {
        let secret = fixture.workspaceDir + "/secret.txt"
        try "只有服务账户能读的内容".write(toFile: secret, atomically: true, encoding: .utf8)
        try fixture.chownByName(secret, fixture.service)
        chmod(secret, 0o600)
        let common = ["doc", "add", "--title", "县政府文件", "--type", "general", "--attribute", "proactive",
                      "--category", "政府文件", "--unit", "county-office", "--formed", "2026-11-02", "--body-file"]
        let refused = try fixture.gongkai(fixture.admin, common + [secret])
        XCTAssertNotEqual(refused.status, 0, refused.output)
        let own = fixture.root + "/home/" + fixture.admin + "/正文.txt"
        try "管理员自己的正文".write(toFile: own, atomically: true, encoding: .utf8)
        try fixture.chownByName(own, fixture.admin)
        // A relative path is the officer's own working directory (their home here).
        let added = try fixture.gongkai(fixture.admin, common + ["正文.txt", "--format", "json"])
        XCTAssertEqual(added.status, 0, added.error)
        let list = try fixture.gongkai(fixture.admin, ["doc", "search", "服务账户"])
        XCTAssertFalse(list.output.contains("县政府文件"), list.output)
        let mine = try fixture.gongkai(fixture.admin, ["doc", "search", "管理员自己的正文"])
        XCTAssertTrue(mine.output.contains("县政府文件"), mine.output + mine.error)
    }
}
