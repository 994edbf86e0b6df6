import Foundation
import Testing

/// The 文件 editor through the real binary in tmux: Chinese typed and saved with C-s is what
/// `doc show` reads; a bracketed paste is text, not keys; a kill -9 loses nothing typed.
@Suite("端到端：文件编辑器 E2E document editor", .serialized)
struct DocumentEditorE2ETests {
    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// A workspace with one draft added on the command line; returns its id.
    func workspaceWithDraft(_ home: String) throws -> (ws: String, id: String) {
        let ws = home + "/ws.sqlite"
        let add = try runProcess(try TmuxSession.binary(), [
            "doc", "add", "--workspace", ws, "--title", "县政务服务中心窗口调整公告", "--type", "general",
            "--attribute", "proactive", "--category", "法定主动公开内容", "--unit", "county-office",
            "--formed", "2026-11-02", "--format", "json"])
        #expect(add.status == 0, "\(add.error)")
        return (ws, try #require(try json(add.output)["id"] as? String))
    }

    @Test func chineseTypedAndSavedWithCtrlSIsWhatDocShowReads() throws {
        let home = try temporaryHome()
        let (ws, id) = try workspaceWithDraft(home)
        let session = try TmuxSession(width: 100, height: 30, home: home, arguments: ["--workspace", ws])
        try session.waitForText("1 目录")
        try session.keys(":")
        try session.type("open " + id)
        try session.keys("Enter")
        try session.waitForText("编辑文件 " + id)
        try session.type("自2026年12月1日起，不动产登记窗口调整至二楼。")
        try session.waitForText("不动产登记窗口调整至二楼。")
        // A paste into the title field: its newline must not move to the next field.
        try session.keys("Tab")   // from the body round to the first field, 标题
        try session.tmux(["set-buffer", "（第二版）\n附件"])
        try session.tmux(["paste-buffer", "-p", "-t", "0"])
        try session.waitFor("pasted title") { $0.contains { $0.contains("标题：") && $0.contains("（第二版）附件") } }
        try session.keys("C-s")
        try session.waitForText("已保存 " + id)
        try session.keys("Escape")
        try session.waitForText("已退出编辑")
        try session.keys("q")
        try session.waitFor("exit", timeout: 10) { _ in (try? session.exitStatus()) != nil }
        #expect(try session.exitStatus() == 0)

        let show = try runProcess(try TmuxSession.binary(), ["doc", "show", id, "--format", "json", "--workspace", ws])
        #expect(show.status == 0, "\(show.error)")
        let d = try json(show.output)
        #expect(d["body"] as? String == "自2026年12月1日起，不动产登记窗口调整至二楼。")
        #expect(d["title"] as? String == "县政务服务中心窗口调整公告（第二版）附件")
        #expect(d["version"] as? Int == 2 && d["state"] as? String == "draft")
    }

    @Test func whatWasTypedSurvivesKill9AndIsOfferedOnTheNextStart() throws {
        let home = try temporaryHome()
        let (ws, id) = try workspaceWithDraft(home)
        let session = try TmuxSession(width: 100, height: 30, home: home, arguments: ["--workspace", ws])
        try session.waitForText("1 目录")
        try session.keys(":")
        try session.type("open " + id)
        try session.keys("Enter")
        try session.waitForText("编辑文件 " + id)
        try session.type("断线之前写下的这一段不能丢。")
        try session.waitForText("断线之前写下的这一段不能丢。")
        // Journaled before the frame that shows it: in the officer's draft store, not beside the workspace.
        let journal = try #require(draftFile(home: home, kind: "doc-draft"))
        // One line per key: the last one typed is in it (the recovery below shows the whole text).
        #expect((try? String(contentsOfFile: journal, encoding: .utf8))?.split(separator: "\n").last?.contains("。") == true)
        #expect(!FileManager.default.fileExists(atPath: ws + ".doc-draft-" + NSUserName() + ".json"))
        var st = stat()
        #expect(stat(journal, &st) == 0 && st.st_mode & 0o777 == 0o600)
        kill(try session.programPID(), SIGKILL)
        try session.waitFor("exit after kill -9", timeout: 10) { $0.contains { $0.contains(TmuxSession.exitMarker + "137") } }

        let drafts = try runProcess("/usr/bin/env", ["HOME=" + home, try TmuxSession.binary(), "drafts", "--format", "json", "--workspace", ws])
        #expect(drafts.output.contains("\"doc-draft\"") && drafts.output.contains("文件编辑"), "\(drafts.output)")

        let again = try TmuxSession(width: 100, height: 30, home: home, arguments: ["--workspace", ws])
        let offer = try again.waitForText("恢复未保存的草稿")
        #expect(offer.contains { $0.contains("断线之前写下的这一段不能丢。") })
        try again.keys("r")
        try again.waitForText("已恢复 " + id)
        try again.keys("C-s")
        try again.waitForText("已保存 " + id)
        // Esc and q sent back to back arrive within the escape delay, which is Alt+q: wait for
        // Esc to be read on its own first.
        try again.keys("Escape")
        try again.waitForText("已退出编辑")
        try again.keys("q")
        try again.waitFor("exit", timeout: 10) { _ in (try? again.exitStatus()) != nil }
        let show = try runProcess(try TmuxSession.binary(), ["doc", "show", id, "--format", "json", "--workspace", ws])
        #expect((try json(show.output))["body"] as? String == "断线之前写下的这一段不能丢。")
        #expect(!FileManager.default.fileExists(atPath: journal))
    }

    /// Issue 19: killed about 0.1 s after the last key, the editor loses none of 20 words typed,
    /// again and again (each run types more, is killed, and the next start recovers all of it).
    @Test func twentyWordsTypedJustBeforeKill9AreAllRecovered() throws {
        let home = try temporaryHome()
        let (ws, id) = try workspaceWithDraft(home)
        var expected = ""
        for run in 1...3 {
            let session = try TmuxSession(width: 100, height: 30, home: home, arguments: ["--workspace", ws])
            if run == 1 {
                try session.waitForText("1 目录")
                try session.keys(":")
                try session.type("open " + id)
                try session.keys("Enter")
                try session.waitForText("编辑文件 " + id)
            } else {
                try session.waitForText("恢复未保存的草稿")
                try session.keys("r")
                try session.waitForText("已恢复 " + id)
                try session.keys("C-End")
            }
            let words = (1...20).map { "r\(run)w\($0)" }
            for w in words { try session.type(w + " ") }
            expected += words.map { $0 + " " }.joined()
            // The last word is on the screen, then the process is killed about 0.1 s later.
            try session.waitForText(words.last!)
            usleep(100_000)
            kill(try session.programPID(), SIGKILL)
            try session.waitFor("exit after kill -9", timeout: 10) { $0.contains { $0.contains(TmuxSession.exitMarker + "137") } }
        }
        let again = try TmuxSession(width: 100, height: 30, home: home, arguments: ["--workspace", ws])
        try again.waitForText("恢复未保存的草稿")
        try again.keys("r")
        try again.waitForText("已恢复 " + id)
        try again.keys("C-s")
        try again.waitForText("已保存 " + id)
        // Esc and q back to back would be Alt+q: wait for Esc to be read on its own.
        try again.keys("Escape")
        try again.waitForText("已退出编辑")
        try again.keys("q")
        try again.waitFor("exit", timeout: 10) { _ in (try? again.exitStatus()) != nil }
        let show = try runProcess(try TmuxSession.binary(), ["doc", "show", id, "--format", "json", "--workspace", ws])
        let body = try #require((try json(show.output))["body"] as? String)
        for run in 1...3 {
            for n in 1...20 { #expect(body.contains("r\(run)w\(n) "), "r\(run)w\(n) missing from \(body)") }
        }
        #expect(body == expected, "\(body)")
    }
}
