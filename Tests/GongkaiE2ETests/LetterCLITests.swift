import Foundation
import Testing

/// `gongkai letter` as scripts meet it: files, exit codes, the timeline, templates and patterns.
@Suite("文书命令行 Letter CLI")
struct LetterCLITests {
    func gongkai(_ args: [String], home: String) async throws -> (status: Int32, output: String, error: String) {
        // In the officer's home: letters without -o go to letters/ in the working directory.
        try await runProcess("/usr/bin/env", ["-C", home, "-i", "HOME=\(home)", "LANG=C.UTF-8", "PATH=/usr/bin:/bin",
                                        try TmuxSession.binary(), "--workspace", home + "/ws.sqlite"] + args)
    }

    @Test func aReplyIsWrittenNumberedAndOnTheTimeline() async throws {
        let home = try temporaryHome()
        try await copyDemoWorkspace(to: home + "/ws.sqlite")
        let add = try await gongkai(["app", "add", "--received", "2026-01-05", "--channel", "in-person", "--applicant-type",
                               "natural-person", "--applicant-name", "张三<script>", "--content", "申请公开 & {{x}}", "--format", "json"],
                              home: home)
        #expect(add.status == 0, "\(add.error)")
        let id = try #require((try JSONSerialization.jsonObject(with: Data(add.output.utf8)) as? [String: Any])?["id"] as? String)
        // No reply yet: refused with a clear message, nothing written.
        let refused = try await gongkai(["letter", id, "--kind", "reply", "-o", home + "/r.html", "--format", "html"], home: home)
        #expect(refused.status != 0 && refused.error.contains("尚未登记答复"))
        #expect(!FileManager.default.fileExists(atPath: home + "/r.html"))
        #expect(try await gongkai(["app", "event", id, "reply", "--date", "2026-01-20", "--outcome", "withheld.state-secret",
                             "--note", "经保密审查"], home: home).status == 0)
        let made = try await gongkai(["letter", id, "--kind", "reply", "--format", "html", "-o", home + "/r.html", "--json"], home: home)
        #expect(made.status == 0, "\(made.error)")
        let html = try String(contentsOfFile: home + "/r.html", encoding: .utf8)
        #expect(html.contains("第十四条") && html.contains("张三&lt;script&gt;") && html.contains("&amp; {{x}}"))
        let result = try #require(try JSONSerialization.jsonObject(with: Data(made.output.utf8)) as? [String: Any])
        let letter = try #require(result["letter"] as? [String: Any])
        let number = try #require(letter["number"] as? String)
        #expect(number == "县人民政府办公室依申请〔\(Calendar.current.component(.year, from: Date()))〕第1号")
        let show = try await gongkai(["app", "show", id], home: home)
        #expect(show.output.contains("答复书 \(number)") && show.output.contains(letter["sha256"] as! String))
        // Default place: letters/ in the officer's working directory, 0600.
        let docx = try await gongkai(["letter", id, "--kind", "reply"], home: home)
        #expect(docx.status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: home + "/letters")
        #expect(files.count == 1 && files[0].hasSuffix("第2号.docx"))
        var st = stat()
        #expect(stat(home + "/letters/" + files[0], &st) == 0 && st.st_mode & 0o777 == 0o600)
        // -o - is standard output, not a file named "-"; the record goes to standard error.
        let out = try await gongkai(["letter", id, "--kind", "reply", "--format", "md", "-o", "-"], home: home)
        #expect(out.status == 0, "\(out.error)")
        #expect(out.output.contains("第十四条") && out.output.contains("第3号"))
        #expect(out.error.contains("第3号") && !FileManager.default.fileExists(atPath: home + "/-"))
        // A file that cannot be written: no number is taken, nothing is recorded.
        let failed = try await gongkai(["letter", id, "--kind", "reply", "-o", home + "/no-such-dir/r.docx"], home: home)
        #expect(failed.status != 0 && failed.error.contains("未取号"), "\(failed.error)")
        let next = try await gongkai(["letter", id, "--kind", "reply", "--format", "html", "-o", home + "/r4.html"], home: home)
        #expect(next.status == 0 && next.output.contains("第4号"), "\(next.output)")
        let letters = try await gongkai(["app", "show", id], home: home).output
        #expect(letters.contains("第4号") && !letters.contains("第5号"))
    }

    @Test func missingDataTemplatesAndPatterns() async throws {
        let home = try temporaryHome()
        try await copyDemoWorkspace(to: home + "/ws.sqlite")
        let missing = try await gongkai(["letter", "A2026-0001", "--kind", "clarify", "-o", home + "/c.md", "--format", "md"], home: home)
        #expect(missing.status != 0)
        #expect(missing.error.contains("需要补正的事项（补正告知的备注，或 --correct）") && missing.error.contains("补正期限（补正告知登记的补正期限）"))
        #expect(!FileManager.default.fileExists(atPath: home + "/c.md"))
        // Export, break one template, check reports it with a non-zero exit.
        #expect(try await gongkai(["letter", "templates", "export", home + "/templates/letters"], home: home).status == 0)
        #expect(try await gongkai(["letter", "templates", "check"], home: home).status == 0)
        try "# 坏\n{{#x}}\n".write(toFile: home + "/templates/letters/extend.mustache", atomically: true, encoding: .utf8)
        let check = try await gongkai(["letter", "templates", "check"], home: home)
        #expect(check.status != 0 && check.output.contains("[!!] extend"))
        // Patterns: admins only (the initialising login is the admin), refused when malformed.
        let malformed = try await gongkai(["letter", "pattern", "set", "--unit", "edu", "{year}"], home: home)
        #expect(malformed.status != 0 && malformed.error.contains("编号规则必须含有序号 {seq}"), "\(malformed.error)")
        let set = try await gongkai(["letter", "pattern", "set", "--unit", "edu", "--short", "教", "{简称}〔{year}〕{seq:2}号"], home: home)
        #expect(set.status == 0 && set.output.contains("教〔"))
        #expect(set.output.contains("01号"))
    }

    /// Issue 18: templates are read only from the workspace owner's own files, and only an admin
    /// changes them, through the service door, audited.
    @Test func templatesAreTheWorkspaceOwnersAndOnlyAnAdminChangesThem() async throws {
        let home = try temporaryHome()
        try await copyDemoWorkspace(to: home + "/ws.sqlite")
        let add = try await gongkai(["app", "add", "--received", "2026-01-05", "--channel", "in-person", "--applicant-type",
                               "natural-person", "--applicant-name", "张三", "--content", "申请公开", "--format", "json"], home: home)
        let id = try #require((try JSONSerialization.jsonObject(with: Data(add.output.utf8)) as? [String: Any])?["id"] as? String)
        #expect(try await gongkai(["app", "event", id, "reply", "--date", "2026-01-20", "--outcome",
                             "withheld.state-secret", "--note", "经保密审查"], home: home).status == 0)
        // A template planted as a link to a private file is refused by name, never read.
        try FileManager.default.createDirectory(atPath: home + "/templates/letters", withIntermediateDirectories: true)
        try "PRIVATE-KEY-MATERIAL".write(toFile: home + "/id_ed25519", atomically: true, encoding: .utf8)
        #expect(symlink(home + "/id_ed25519", home + "/templates/letters/reply.mustache") == 0)
        let planted = try await gongkai(["letter", id, "--kind", "reply", "--format", "md", "-o", "-"], home: home)
        #expect(planted.status != 0 && planted.error.contains("reply.mustache") && planted.error.contains("符号链接"), "\(planted.error)")
        #expect(!planted.output.contains("PRIVATE-KEY") && !planted.error.contains("PRIVATE-KEY"))
        unlink(home + "/templates/letters/reply.mustache")
        // A group-writable template is refused the same way.
        try "# 改\n".write(toFile: home + "/templates/letters/reply.mustache", atomically: true, encoding: .utf8)
        chmod(home + "/templates/letters/reply.mustache", 0o664)
        let writable = try await gongkai(["letter", id, "--kind", "reply", "--format", "md", "-o", "-"], home: home)
        #expect(writable.status != 0 && writable.error.contains("同组或其他用户可以写入"), "\(writable.error)")
        unlink(home + "/templates/letters/reply.mustache")
        // Set through the door: a clerk is refused, the admin's change is checked, written 0644 and audited.
        let text = home + "/reply.mustache"
        try "政府信息公开申请答复书 {{letterNumber}}\n{{applicantName}}：本机关已审查。\n".write(toFile: text, atomically: true, encoding: .utf8)
        let clerk = try await gongkai(["letter", "templates", "set", "reply", "--file", text, "--as", "wang.cg"], home: home)
        #expect(clerk.status != 0 && clerk.error.contains("管理员"), "\(clerk.error)")
        #expect(!FileManager.default.fileExists(atPath: home + "/templates/letters/reply.mustache"))
        let set = try await gongkai(["letter", "templates", "set", "reply", "--file", text], home: home)
        #expect(set.status == 0, "\(set.error)")
        var st = stat()
        #expect(stat(home + "/templates/letters/reply.mustache", &st) == 0 && st.st_mode & 0o777 == 0o644)
        let audit = try await gongkai(["audit", "--format", "json"], home: home)
        #expect(audit.output.contains("template.set"))
        let reset = try await gongkai(["letter", "templates", "reset", "reply"], home: home)
        #expect(reset.status == 0 && !FileManager.default.fileExists(atPath: home + "/templates/letters/reply.mustache"))
        #expect(try await gongkai(["audit", "--format", "json"], home: home).output.contains("template.reset"))
    }
}
