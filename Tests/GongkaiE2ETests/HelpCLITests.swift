import Foundation
import Testing

/// `gongkai help keys`, `gongkai keys`, the generated man page and the shell completions.
@Suite("帮助与手册 CLI help, man page, completions")
struct HelpCLITests {
    func gongkai(_ args: [String], home: String) async throws -> (status: Int32, output: String, error: String) {
        try await runProcess("/usr/bin/env", ["-i", "HOME=\(home)", "LANG=C.UTF-8", "PATH=/usr/bin:/bin",
                                        try TmuxSession.binary()] + args)
    }

    var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    @Test func committedManPageIsUpToDate() async throws {
        let home = try temporaryHome()
        let generated = try await gongkai(["man"], home: home)
        #expect(generated.status == 0)
        let committed = try String(contentsOf: root.appendingPathComponent("Docs/gongkai.1"), encoding: .utf8)
        #expect(generated.output == committed, """
            Docs/gongkai.1 is out of date with the command definitions. Regenerate it with
              swift build && .build/debug/gongkai man > Docs/gongkai.1
            and commit the result (Docs/管理员指南.md, “手册页”).
            """)
        #expect(generated.output.contains(".SS \"gongkai stats\""))
        // The English page: `gongkai man --lang en`, committed as Docs/en/gongkai.1.
        let english = try await gongkai(["man", "--lang", "en"], home: home)
        #expect(english.status == 0)
        let committedEnglish = try String(contentsOf: root.appendingPathComponent("Docs/en/gongkai.1"), encoding: .utf8)
        #expect(english.output == committedEnglish, """
            Docs/en/gongkai.1 is out of date. Regenerate it with
              .build/debug/gongkai man --lang en > Docs/en/gongkai.1
            """)
    }

    @Test func helpKeysPrintsTheKeyReferenceAndHelpVerbStillWorks() async throws {
        let home = try temporaryHome()
        let keys = try await gongkai(["help", "keys"], home: home)
        #expect(keys.status == 0)
        #expect(keys.output.contains("切换到下一个窗格") && keys.output.contains("命令行（按 : 打开）"))
        #expect(keys.output == (try await gongkai(["keys", "--defaults"], home: home)).output)
        let doc = try await gongkai(["help", "doc", "add"], home: home)
        #expect(doc.status == 0 && doc.output.contains("用法： gongkai doc add"))
        let top = try await gongkai(["help"], home: home)
        #expect(top.status == 0 && top.output.contains("子命令："))
        // config.toml's [keys] are part of the reference.
        try FileManager.default.createDirectory(atPath: home + "/.config/gongkai", withIntermediateDirectories: true)
        try "[keys]\n\"C-n\" = \"move-down\"\n".write(toFile: home + "/.config/gongkai/config.toml", atomically: true, encoding: .utf8)
        let mine = try await gongkai(["keys", "--format", "json"], home: home)
        let entries = try JSONSerialization.jsonObject(with: Data(mine.output.utf8)) as! [[String: Any]]
        let down = entries.first { $0["command"] as? String == "move-down" }
        #expect(down?["keys"] as? [String] == ["j", "Down", "C-n"])
    }

    @Test func completionScriptsForBashZshAndFish() async throws {
        let home = try temporaryHome()
        let bash = try await gongkai(["--generate-completion-script", "bash"], home: home)
        #expect(bash.status == 0)
        #expect(bash.output.contains("complete") && bash.output.contains("_gongkai"))
        for verb in ["stats", "report", "doc", "keys", "man"] { #expect(bash.output.contains(verb), "\(verb)") }
        for shell in ["zsh", "fish"] {
            let s = try await gongkai(["--generate-completion-script", shell], home: home)
            #expect(s.status == 0 && s.output.contains("stats"), "\(shell)")
        }
    }

    @Test func statsTextAndJSON() async throws {
        let home = try temporaryHome()
        try await copyDemoWorkspace(home: home)
        let text = try await gongkai(["stats", "--year", "2026", "--bars", "ascii"], home: home)
        #expect(text.status == 0 && text.output.contains("每月收到与答复的申请") && text.output.contains("#"))
        let json = try await gongkai(["stats", "--year", "2026", "--format", "json"], home: home)
        let s = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as! [String: Any]
        #expect((s["months"] as? [Any])?.count == 12)
        #expect((s["overdue"] as? [String: Any])?.keys.contains("rate") == true)
        let bad = try await gongkai(["stats", "--year", "1990"], home: home)
        #expect(bad.status != 0 && bad.error.contains("统计年度"))
    }
}
