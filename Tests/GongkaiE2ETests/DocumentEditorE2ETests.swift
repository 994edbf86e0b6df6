import Foundation
import Testing

/// The 文件 editor through the real binary in tmux: Chinese typed and saved with C-s is what
/// `doc show` reads; a bracketed paste is text, not keys; a kill -9 of the process loses nothing
/// typed. (The journal and the recovery box themselves are loop tests: KilledSessionLoopTests.)
@Suite("端到端：文件编辑器 E2E document editor", .serialized)
struct DocumentEditorE2ETests {
    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// A workspace with one draft added on the command line; returns its id.
    func workspaceWithDraft(_ home: String) async throws -> (ws: String, id: String) {
        let ws = home + "/ws.sqlite"
        let add = try await runProcess(try TmuxSession.binary(), [
            "doc", "add", "--workspace", ws, "--title", "县政务服务中心窗口调整公告", "--type", "general",
            "--attribute", "proactive", "--category", "法定主动公开内容", "--unit", "county-office",
            "--formed", "2026-11-02", "--format", "json"])
        #expect(add.status == 0, "\(add.error)")
        return (ws, try #require(try json(add.output)["id"] as? String))
    }

    @Test func chineseTypedAndSavedWithCtrlSIsWhatDocShowReads() async throws {
        let home = try temporaryHome()
        let (ws, id) = try await workspaceWithDraft(home)
        let session = try await TmuxSession(width: 100, height: 30, home: home, arguments: ["--workspace", ws])
        try await session.waitForText("1 目录")
        try await session.keys(":")
        try await session.type("open " + id)
        try await session.keys("Enter")
        try await session.waitForText("编辑文件 " + id)
        try await session.type("自2026年12月1日起，不动产登记窗口调整至二楼。")
        try await session.waitForText("不动产登记窗口调整至二楼。")
        // A paste into the title field: its newline must not move to the next field.
        try await session.keys("Tab")   // from the body round to the first field, 标题
        try await session.tmux(["set-buffer", "（第二版）\n附件"])
        try await session.tmux(["paste-buffer", "-p", "-t", "0"])
        try await session.waitFor("pasted title") { $0.contains { $0.contains("标题：") && $0.contains("（第二版）附件") } }
        try await session.keys("C-s")
        try await session.waitForText("已保存 " + id)
        try await session.keys("Escape")
        try await session.waitForText("已退出编辑")
        try await session.keys("q")
        try await session.waitFor("exit", timeout: 10) { _ in (try? await session.exitStatus()) != nil }
        #expect(try await session.exitStatus() == 0)

        let show = try await runProcess(try TmuxSession.binary(), ["doc", "show", id, "--format", "json", "--workspace", ws])
        #expect(show.status == 0, "\(show.error)")
        let d = try json(show.output)
        #expect(d["body"] as? String == "自2026年12月1日起，不动产登记窗口调整至二楼。")
        #expect(d["title"] as? String == "县政务服务中心窗口调整公告（第二版）附件")
        #expect(d["version"] as? Int == 2 && d["state"] as? String == "draft")
    }

    /// Issue 19: killed about 0.1 s after the last key, the editor loses none of 20 words typed,
    /// again and again (each run types more, is killed, and the next start recovers all of it).
    @Test func twentyWordsTypedJustBeforeKill9AreAllRecovered() async throws {
        let home = try temporaryHome()
        let (ws, id) = try await workspaceWithDraft(home)
        var expected = ""
        for run in 1...3 {
            let session = try await TmuxSession(width: 100, height: 30, home: home, arguments: ["--workspace", ws])
            if run == 1 {
                try await session.waitForText("1 目录")
                try await session.keys(":")
                try await session.type("open " + id)
                try await session.keys("Enter")
                try await session.waitForText("编辑文件 " + id)
            } else {
                try await session.waitForText("恢复未保存的草稿")
                try await session.keys("r")
                try await session.waitForText("已恢复 " + id)
                try await session.keys("C-End")
            }
            let words = (1...20).map { "r\(run)w\($0)" }
            for w in words { try await session.type(w + " ") }
            expected += words.map { $0 + " " }.joined()
            // The last word is on the screen, then the process is killed about 0.1 s later.
            try await session.waitForText(words.last!)
            usleep(100_000)
            kill(try await session.programPID(), SIGKILL)
            try await session.waitFor("exit after kill -9", timeout: 10) { $0.contains { $0.contains(TmuxSession.exitMarker + "137") } }
        }
        // The journal is in the officer's draft store (0600), and `gongkai drafts` lists it.
        let journal = try #require(draftFile(home: home, kind: "doc-draft"))
        var st = stat()
        #expect(stat(journal, &st) == 0 && st.st_mode & 0o777 == 0o600)
        let drafts = try await runProcess("/usr/bin/env", ["HOME=" + home, try TmuxSession.binary(), "drafts", "--format", "json", "--workspace", ws])
        #expect(drafts.output.contains("\"doc-draft\"") && drafts.output.contains("文件编辑"), "\(drafts.output)")
        let again = try await TmuxSession(width: 100, height: 30, home: home, arguments: ["--workspace", ws])
        try await again.waitForText("恢复未保存的草稿")
        try await again.keys("r")
        try await again.waitForText("已恢复 " + id)
        try await again.keys("C-s")
        try await again.waitForText("已保存 " + id)
        // Esc and q back to back would be Alt+q: wait for Esc to be read on its own.
        try await again.keys("Escape")
        try await again.waitForText("已退出编辑")
        try await again.keys("q")
        try await again.waitFor("exit", timeout: 10) { _ in (try? await again.exitStatus()) != nil }
        let show = try await runProcess(try TmuxSession.binary(), ["doc", "show", id, "--format", "json", "--workspace", ws])
        let body = try #require((try json(show.output))["body"] as? String)
        for run in 1...3 {
            for n in 1...20 { #expect(body.contains("r\(run)w\(n) "), "r\(run)w\(n) missing from \(body)") }
        }
        #expect(body == expected, "\(body)")
        // Saved: the journal is gone and `gongkai drafts` says there is nothing to recover.
        #expect(!FileManager.default.fileExists(atPath: journal))
        let none = try await runProcess("/usr/bin/env", ["HOME=" + home, try TmuxSession.binary(), "drafts", "--workspace", ws])
        #expect(none.output.contains("没有可恢复的草稿"), "\(none.output)")
    }
}
