import Foundation
import Testing

/// `gongkai letter` as scripts meet it: files, exit codes, the timeline, templates and patterns.
@Suite("文书命令行 Letter CLI")
struct LetterCLITests {
    func gongkai(_ args: [String], home: String) throws -> (status: Int32, output: String, error: String) {
        try runProcess("/usr/bin/env", ["-i", "HOME=\(home)", "LANG=C.UTF-8", "PATH=/usr/bin:/bin",
                                        try TmuxSession.binary(), "--workspace", home + "/ws.sqlite"] + args)
    }

    @Test func aReplyIsWrittenNumberedAndOnTheTimeline() throws {
        let home = try temporaryHome()
        #expect(try gongkai(["init", "--demo"], home: home).status == 0)
        let add = try gongkai(["app", "add", "--received", "2026-01-05", "--channel", "in-person", "--applicant-type",
                               "natural-person", "--applicant-name", "张三<script>", "--content", "申请公开 & {{x}}", "--format", "json"],
                              home: home)
        #expect(add.status == 0, "\(add.error)")
        let id = try #require((try JSONSerialization.jsonObject(with: Data(add.output.utf8)) as? [String: Any])?["id"] as? String)
        // No reply yet: refused with a clear message, nothing written.
        let refused = try gongkai(["letter", id, "--kind", "reply", "-o", home + "/r.html", "--format", "html"], home: home)
        #expect(refused.status != 0 && refused.error.contains("尚未登记答复"))
        #expect(!FileManager.default.fileExists(atPath: home + "/r.html"))
        #expect(try gongkai(["app", "event", id, "reply", "--date", "2026-01-20", "--outcome", "withheld.state-secret",
                             "--note", "经保密审查"], home: home).status == 0)
        let made = try gongkai(["letter", id, "--kind", "reply", "--format", "html", "-o", home + "/r.html", "--json"], home: home)
        #expect(made.status == 0, "\(made.error)")
        let html = try String(contentsOfFile: home + "/r.html", encoding: .utf8)
        #expect(html.contains("第十四条") && html.contains("张三&lt;script&gt;") && html.contains("&amp; {{x}}"))
        let result = try #require(try JSONSerialization.jsonObject(with: Data(made.output.utf8)) as? [String: Any])
        let letter = try #require(result["letter"] as? [String: Any])
        let number = try #require(letter["number"] as? String)
        #expect(number == "县人民政府办公室依申请〔\(Calendar.current.component(.year, from: Date()))〕第1号")
        let show = try gongkai(["app", "show", id], home: home)
        #expect(show.output.contains("答复书 \(number)") && show.output.contains(letter["sha256"] as! String))
        // Default place: letters/ beside the workspace file.
        let docx = try gongkai(["letter", id, "--kind", "reply"], home: home)
        #expect(docx.status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: home + "/letters")
        #expect(files.count == 1 && files[0].hasSuffix("第2号.docx"))
    }

    @Test func missingDataTemplatesAndPatterns() throws {
        let home = try temporaryHome()
        #expect(try gongkai(["init", "--demo"], home: home).status == 0)
        let missing = try gongkai(["letter", "A2026-0001", "--kind", "clarify", "-o", home + "/c.md", "--format", "md"], home: home)
        #expect(missing.status != 0)
        #expect(missing.error.contains("需要补正的事项（correctionItems）") && missing.error.contains("补正期限（correctionDue）"))
        #expect(!FileManager.default.fileExists(atPath: home + "/c.md"))
        // Export, break one template, check reports it with a non-zero exit.
        #expect(try gongkai(["letter", "templates", "export", home + "/templates/letters"], home: home).status == 0)
        #expect(try gongkai(["letter", "templates", "check"], home: home).status == 0)
        try "# 坏\n{{#x}}\n".write(toFile: home + "/templates/letters/extend.mustache", atomically: true, encoding: .utf8)
        let check = try gongkai(["letter", "templates", "check"], home: home)
        #expect(check.status != 0 && check.output.contains("[!!] extend"))
        // Patterns: admins only (the initialising login is the admin), refused when malformed.
        #expect(try gongkai(["letter", "pattern", "set", "--unit", "edu", "{year}"], home: home).status != 0)
        let set = try gongkai(["letter", "pattern", "set", "--unit", "edu", "--short", "教", "{简称}〔{year}〕{seq:2}号"], home: home)
        #expect(set.status == 0 && set.output.contains("教〔"))
        #expect(set.output.contains("01号"))
    }
}
