import Foundation
import Testing

/// The command line as scripts meet it: exit codes, stdout vs stderr, JSON.
@Suite("命令行 CLI")
struct CLITests {
    func gongkai(_ args: [String], home: String) async throws -> (status: Int32, output: String, error: String) {
        // A clean environment: no inherited workspace, HOME pointing at a fresh directory.
        try await runProcess("/usr/bin/env", ["-i", "HOME=\(home)", "LANG=C.UTF-8", "PATH=/usr/bin:/bin",
                                        try TmuxSession.binary()] + args)
    }

    @Test func versionAndHelp() async throws {
        let home = try temporaryHome()
        let version = try await gongkai(["--version"], home: home)
        #expect(version.status == 0)
        #expect(version.output.trimmingCharacters(in: .whitespacesAndNewlines).range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression) != nil)
        let help = try await gongkai(["--help"], home: home)
        #expect(help.status == 0)
        #expect(help.output.contains("政务公开工作台"))
        #expect(help.output.contains("init") && help.output.contains("--workspace"))
    }

    @Test func initJSONReportsTheWorkspaceAndIsIdempotent() async throws {
        let home = try temporaryHome()
        let first = try await gongkai(["init", "--demo", "--format", "json"], home: home)
        #expect(first.status == 0)
        let report = try JSONSerialization.jsonObject(with: Data(first.output.utf8)) as! [String: Any]
        #expect(report["created"] as? Bool == true)
        #expect(report["workspace"] as? String == home + "/.local/share/gongkai/workspace.sqlite")
        #expect(report["seededUnits"] as? Int == 1)
        #expect(report["demoDocuments"] as? Int == 10)
        let second = try await gongkai(["init", "--demo", "--format", "json"], home: home)
        let again = try JSONSerialization.jsonObject(with: Data(second.output.utf8)) as! [String: Any]
        #expect(again["created"] as? Bool == false)
        #expect(again["demoDocuments"] as? Int == 0)
        let info = try await gongkai(["info", "--format", "json"], home: home)
        let overview = try JSONSerialization.jsonObject(with: Data(info.output.utf8)) as! [String: Any]
        #expect(overview["documents"] as? Int == 10 && overview["applications"] as? Int == 6)
    }

    @Test func workspaceOptionAndEnvironmentChooseTheFile() async throws {
        let home = try temporaryHome()
        let viaOption = try await gongkai(["info", "--workspace", home + "/a.sqlite", "--format", "json"], home: home)
        #expect(viaOption.status == 0)
        #expect(FileManager.default.fileExists(atPath: home + "/a.sqlite"))
        let viaEnv = try await runProcess("/usr/bin/env", ["-i", "HOME=\(home)", "GONGKAI_WORKSPACE=\(home)/b.sqlite",
                                                     try TmuxSession.binary(), "info"])
        #expect(viaEnv.status == 0)
        #expect(viaEnv.output.contains(home + "/b.sqlite"))
    }

    @Test func errorsGoToStderrWithANonZeroExit() async throws {
        let home = try temporaryHome()
        let notADatabase = home + "/notes.txt"
        try String(repeating: "这不是数据库。", count: 40).write(toFile: notADatabase, atomically: true, encoding: .utf8)
        let bad = try await gongkai(["info", "--workspace", notADatabase], home: home)
        #expect(bad.status != 0)
        #expect(bad.output.isEmpty)
        #expect(bad.error.contains("不是 Gongkai 工作区"))
        let unknown = try await gongkai(["frobnicate"], home: home)
        #expect(unknown.status != 0 && unknown.error.contains("frobnicate"))
    }

    @Test func theWorkstationRefusesToStartWithoutATerminal() async throws {
        let home = try temporaryHome()
        let run = try await gongkai([], home: home)
        #expect(run.status != 0)
        #expect(run.error.contains("全屏工作台需要在终端中运行"))
    }
}

@Suite("命令行：工作人员与审计 CLI officers and audit")
struct CLIOfficerTests {
    func gongkai(_ args: [String], home: String) async throws -> (status: Int32, output: String, error: String) {
        try await runProcess("/usr/bin/env", ["-i", "HOME=\(home)", "LANG=C.UTF-8", "PATH=/usr/bin:/bin",
                                        try TmuxSession.binary()] + args)
    }

    @Test func registerActAsAndReadTheAudit() async throws {
        let home = try temporaryHome()
        try await copyDemoWorkspace(home: home)
        // A clerk (acted as by the admin) may not register officers: refused, non-zero, rule named.
        let refused = try await gongkai(["officer", "add", "bob", "--name", "鲍勃", "--unit", "hexi", "--role", "经办人",
                                   "--as", "wang.cg"], home: home)
        #expect(refused.status != 0)
        #expect(refused.error.contains("（规则「仅限管理员」）") && !refused.error.contains("admin-only"))
        let added = try await gongkai(["officer", "add", "bob", "--name", "鲍勃", "--unit", "hexi", "--role", "经办人",
                                 "--format", "json"], home: home)
        #expect(added.status == 0)
        let officer = try JSONSerialization.jsonObject(with: Data(added.output.utf8)) as! [String: Any]
        #expect(officer["role"] as? String == "clerk" && officer["unitId"] as? String == "hexi")
        // bob's unit has no documents of its own.
        let info = try await gongkai(["info", "--as", "bob", "--format", "json"], home: home)
        let overview = try JSONSerialization.jsonObject(with: Data(info.output.utf8)) as! [String: Any]
        #expect(overview["user"] as? String == "bob" && overview["documents"] as? Int == 1)
        let unknown = try await gongkai(["info", "--as", "ghost"], home: home)
        #expect(unknown.status != 0 && unknown.error.contains("尚未登记为工作人员"))
        let audit = try await gongkai(["audit", "--item", "bob", "--format", "json"], home: home)
        let entries = try JSONSerialization.jsonObject(with: Data(audit.output.utf8)) as! [[String: Any]]
        #expect(entries.filter { $0["action"] as? String == "officer.add" }.count == 1)
        #expect(entries.allSatisfy { $0["item"] as? String == "bob" })
        let actAs = try await gongkai(["audit", "--officer", "bob", "--format", "json"], home: home)
        let asEntries = try JSONSerialization.jsonObject(with: Data(actAs.output.utf8)) as! [[String: Any]]
        #expect(asEntries.contains { $0["action"] as? String == "session.act-as" && $0["realActor"] != nil })
        let badDate = try await gongkai(["audit", "--since", "2026-02-30"], home: home)
        #expect(badDate.status != 0 && badDate.error.contains("日期无效"))
    }
}

@Suite("命令行：坏输入 CLI bad input")
struct CLIBadInputTests {
    @Test func aFileInAnotherEncodingIsRefusedWithItsLine() async throws {
        let home = try temporaryHome()
        let file = home + "/2027.toml"
        // 教育 in GB18030, as an office PC would save it.
        let bytes = Array("year = 2027\nnotice = \"".utf8) + [0xBD, 0xCC, 0xD3, 0xFD] + Array("\"\n".utf8)
        FileManager.default.createFile(atPath: file, contents: Data(bytes))
        let run = try await runProcess("/usr/bin/env", ["-i", "HOME=\(home)", "LANG=C.UTF-8", try TmuxSession.binary(),
                                                  "calendar", "import", file])
        #expect(run.status != 0)
        #expect(run.error.contains("不是有效的 UTF-8") && run.error.contains("第 2 行"))
        let show = try await runProcess("/usr/bin/env", ["-i", "HOME=\(home)", "LANG=C.UTF-8", try TmuxSession.binary(),
                                                   "calendar", "show", "2027", "--format", "json"])
        #expect(show.output.contains("missing"))   // nothing was stored
    }
}
