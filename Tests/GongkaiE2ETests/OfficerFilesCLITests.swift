import Foundation
import Testing

/// Files an officer receives from the command line (issues 18 and 19): written 0600 as the
/// officer, `-o -` is standard output, backups are admins' only, and the workspace file itself is
/// opened only when it is one (a read-only one for reading).
@Suite("经办人文件（命令行）Officer files CLI")
struct OfficerFilesCLITests {
    func gongkai(_ args: [String], home: String) async throws -> (status: Int32, output: String, error: String) {
        try await runProcess("/usr/bin/env", ["-C", home, "-i", "HOME=\(home)", "LANG=C.UTF-8", "PATH=/usr/bin:/bin",
                                        try TmuxSession.binary()] + args + ["--workspace", home + "/ws.sqlite"])
    }

    func mode(_ path: String) -> mode_t? {
        var st = stat()
        return lstat(path, &st) == 0 ? st.st_mode & 0o777 : nil
    }

    @Test func exportsReportsAndBackupsAre0600AndDashIsStandardOutput() async throws {
        let home = try temporaryHome()
        try await copyDemoWorkspace(to: home + "/ws.sqlite")
        let export = try await gongkai(["export", "applications", "-o", "apps.csv"], home: home)
        #expect(export.status == 0, "\(export.error)")
        #expect(mode(home + "/apps.csv") == 0o600)
        // A link planted where the export goes is replaced, not followed.
        try "mine".write(toFile: home + "/bashrc", atomically: true, encoding: .utf8)
        #expect(symlink(home + "/bashrc", home + "/planted.csv") == 0)
        #expect(try await gongkai(["export", "applications", "-o", home + "/planted.csv"], home: home).status == 0)
        #expect(try String(contentsOfFile: home + "/bashrc", encoding: .utf8) == "mine")
        #expect(mode(home + "/planted.csv") == 0o600)
        let dash = try await gongkai(["export", "documents", "--format", "json", "-o", "-"], home: home)
        #expect(dash.status == 0 && dash.output.contains("\"") && !FileManager.default.fileExists(atPath: home + "/-"))
        let report = try await gongkai(["report", "annual", "--year", "2026", "--format", "csv", "-o", "report.csv"], home: home)
        #expect(report.status == 0, "\(report.error)")
        #expect(mode(home + "/report.csv") == 0o600)
        #expect(try String(contentsOfFile: home + "/report.csv", encoding: .utf8).contains(","))
        // Backups: a clerk is refused by the rule 仅限管理员 (admin-only); the admin's is 0600 and audited.
        let clerk = try await gongkai(["backup", home + "/clerk.sqlite", "--as", "wang.cg"], home: home)
        #expect(clerk.status != 0 && clerk.error.contains("（规则「仅限管理员」）") && !FileManager.default.fileExists(atPath: home + "/clerk.sqlite"))
        let backup = try await gongkai(["backup", "b.sqlite"], home: home)
        #expect(backup.status == 0, "\(backup.error)")
        #expect(mode(home + "/b.sqlite") == 0o600)
        let again = try await gongkai(["backup", "b.sqlite"], home: home)   // never overwrites
        #expect(again.status != 0 && again.error.contains("文件已存在，不覆盖"), "\(again.error)")
        #expect(try await gongkai(["audit", "--format", "json"], home: home).output.contains("workspace.backup"))
    }

    @Test func aFileThatIsNotAWorkspaceIsRefusedAndAReadOnlyOneIsRead() async throws {
        let home = try temporaryHome()
        _ = FileManager.default.createFile(atPath: home + "/ws.sqlite", contents: Data())
        chmod(home + "/ws.sqlite", 0o644)
        let empty = try await gongkai(["app", "list"], home: home)
        #expect(empty.status != 0 && empty.error.contains("空文件"), "\(empty.error)")
        #expect(mode(home + "/ws.sqlite") == 0o644)
        var st = stat()
        #expect(stat(home + "/ws.sqlite", &st) == 0 && st.st_size == 0)
        unlink(home + "/ws.sqlite")

        try await copyDemoWorkspace(to: home + "/ws.sqlite")
        let reader = geteuid() == 0 ? "nobody" : NSUserName()
        if geteuid() == 0 {
            #expect(try await gongkai(["officer", "add", reader, "--name", "只读", "--unit", "county-office", "--role", "clerk"],
                                home: home).status == 0)
        }
        chmod(home + "/ws.sqlite", 0o444)
        chmod(home, 0o555)
        defer { chmod(home, 0o755) }
        // As a user who may not write the file or its folder (nobody, when the tests run as root).
        let asNobody = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        var binary = try TmuxSession.binary()
        if geteuid() == 0, try await runProcess(asNobody[0], Array(asNobody.dropFirst()) + [binary, "--version"]).status != 0 {
            // The build folder may be closed to other users (a checkout under /root): a copy nobody can run.
            let dir = NSTemporaryDirectory() + "gongkai-ro-bin-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o755])
            try FileManager.default.copyItem(atPath: binary, toPath: dir + "/gongkai")
            chmod(dir + "/gongkai", 0o755)
            binary = dir + "/gongkai"
        }
        defer { if binary.contains("gongkai-ro-bin-") { try? FileManager.default.removeItem(atPath: (binary as NSString).deletingLastPathComponent) } }
        func asReader(_ args: [String]) async throws -> (status: Int32, output: String, error: String) {
            let program = ["/usr/bin/env", "-C", "/", "-i", "HOME=/tmp", "LANG=C.UTF-8", binary]
                + args + ["--workspace", home + "/ws.sqlite"]
            if geteuid() == 0 { return try await runProcess(asNobody[0], Array(asNobody.dropFirst()) + program) }
            return try await runProcess(program[0], Array(program.dropFirst()))
        }
        let list = try await asReader(["app", "list"])
        #expect(list.status == 0 && list.output.contains("A2026-0001"), "\(list.error)")
        let add = try await asReader(["app", "add", "--received", "2026-11-05", "--channel", "in-person", "--applicant-type",
                                "natural-person", "--applicant-name", "张三", "--content", "申请公开"])
        #expect(add.status != 0 && add.error.contains("只能读取"), "\(add.error)")
    }

    /// Several first opens of a new workspace at once, from separate processes: exactly one
    /// creates and seeds it, every one opens it.
    @Test func concurrentFirstOpensFromSeveralProcessesSeedOnce() async throws {
        let home = try temporaryHome()
        let binary = try TmuxSession.binary()
        // Six processes started together (each test task sleeps while its child runs).
        let results = await withTaskGroup(of: (status: Int32, error: String).self) { group in
            for _ in 0..<6 {
                group.addTask {
                    let r = try? await runProcess("/usr/bin/env", ["-C", home, "-i", "HOME=\(home)", "LANG=C.UTF-8", binary,
                                                                   "app", "list", "--workspace", home + "/new/ws.sqlite"])
                    return (r?.status ?? -1, r?.error ?? "")
                }
            }
            var all: [(status: Int32, error: String)] = []
            for await r in group { all.append(r) }
            return all
        }
        #expect(results.map(\.status) == Array(repeating: 0, count: 6), "\(results.map(\.error).filter { !$0.isEmpty })")
        let audit = try await runProcess("/usr/bin/env", ["-C", home, "-i", "HOME=\(home)", "LANG=C.UTF-8", binary,
                                                    "audit", "--format", "json", "--workspace", home + "/new/ws.sqlite"])
        let entries = try JSONSerialization.jsonObject(with: Data(audit.output.utf8)) as? [[String: Any]] ?? []
        #expect(entries.filter { $0["action"] as? String == "officer.add" }.count == 1, "\(audit.output)")
        #expect(entries.filter { $0["action"] as? String == "unit.add" }.count == 1)
        #expect(!FileManager.default.fileExists(atPath: home + "/new/ws.sqlite.lock"))
    }

    /// Site templates: a planted link stops the publication by name; only an admin sets one.
    @Test func siteTemplatesAreTheWorkspaceOwnersAndSetByAnAdmin() async throws {
        let home = try temporaryHome()
        try await copyDemoWorkspace(to: home + "/ws.sqlite")
        try FileManager.default.createDirectory(atPath: home + "/templates/site", withIntermediateDirectories: true)
        try "PRIVATE-KEY-MATERIAL".write(toFile: home + "/id_ed25519", atomically: true, encoding: .utf8)
        #expect(symlink(home + "/id_ed25519", home + "/templates/site/guide.mustache") == 0)
        let planted = try await gongkai(["publish", "--out", home + "/site"], home: home)
        #expect(planted.status != 0 && planted.error.contains("guide.mustache") && planted.error.contains("符号链接"), "\(planted.error)")
        #expect(!FileManager.default.fileExists(atPath: home + "/site/index.html"))
        let guide = home + "/guide.mustache"
        try "<h1>本县指南</h1>{{site}}".write(toFile: guide, atomically: true, encoding: .utf8)
        let clerk = try await gongkai(["site-templates", "set", "guide", "--file", guide, "--as", "wang.cg"], home: home)
        #expect(clerk.status != 0 && clerk.error.contains("管理员"), "\(clerk.error)")
        let set = try await gongkai(["site-templates", "set", "guide", "--file", guide], home: home)
        #expect(set.status == 0, "\(set.error)")
        #expect(try String(contentsOfFile: home + "/id_ed25519", encoding: .utf8) == "PRIVATE-KEY-MATERIAL")
        let published = try await gongkai(["publish", "--out", home + "/site"], home: home)
        #expect(published.status == 0, "\(published.error)")
        let pages = try FileManager.default.contentsOfDirectory(atPath: home + "/site")
        let text = try pages.filter { $0.hasSuffix(".html") }
            .map { try String(contentsOfFile: home + "/site/" + $0, encoding: .utf8) }.joined()
        #expect(text.contains("本县指南") && !text.contains("PRIVATE-KEY"))
        let unknownTemplate = try await gongkai(["site-templates", "set", "nosuch", "--file", guide], home: home)
        #expect(unknownTemplate.status != 0 && unknownTemplate.error.contains("没有名为 nosuch 的网站模板"), "\(unknownTemplate.error)")
        #expect(try await gongkai(["site-templates", "reset", "guide"], home: home).status == 0)
        #expect(try await gongkai(["audit", "--format", "json"], home: home).output.contains("template.reset"))
    }
}
