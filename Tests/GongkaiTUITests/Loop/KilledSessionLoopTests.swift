import Foundation
import GongkaiTestSupport
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// 进程被杀 — what was typed is on disk before the frame that shows it, so a `kill -9` after any
/// frame loses nothing, and the next start offers it. On the loop a kill is a session that is
/// simply never stepped again: nothing of it runs after the last frame (no quit, no signal
/// handling, no clean-up), and the next session reads only what is in the files, as a new process
/// would. (Once tmux tests that sent SIGKILL to the binary; DocumentEditorE2ETests keeps one
/// real kill -9 of the process, typing right up to it.)
@Suite("进程被杀 Killed sessions on the loop")
struct KilledSessionLoopTests {
    @Test func whatWasTypedInAFormIsOfferedAfterAKill() throws {
        let s = try LoopSession(width: 100, height: 30, demo: false)
        try s.see("4 申请")
        s.keys(.char("4"), .char("a"))
        try s.see("登记政府信息公开申请")
        s.keys(.tab, .tab, .tab)
        s.type("钱多多")
        try s.see("钱多多")
        // Killed here. The draft is listed (`gongkai drafts` reads this list) …
        let listed = DraftInfo.list(workspace: s.workspacePath, login: "li.ming", files: s.files)
        #expect(listed.count == 1 && listed.first?.kind == .applicationForm)
        #expect(listed.first?.kind.rawValue == "draft")

        // … and the workstation offers it at start.
        let again = try LoopSession(width: 100, height: 30, demo: false, directory: s.directory)
        try again.see("4 申请")
        try again.see("有未完成的草稿：申请表单")
        again.keys(.char("4"), .char("a"))
        try again.see("已恢复上次未提交的表单")
        #expect(again.screenContains("钱多多"))
        again.keys(.ctrl("s"))
        try again.see("请填写申请内容")
        // The restored form holds typed input: Esc asks first, y drops it.
        again.keys(.escape)
        try again.see("申请表单有未保存的输入，放弃？")
        again.keys(.char("y"))
        try again.see("已放弃未保存的输入")
        #expect(DraftInfo.list(workspace: again.workspacePath, login: "li.ming", files: again.files).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: again.files.draftDirectory).isEmpty)
        again.keys(.char("q"))
        #expect(again.status == 0)
    }

    /// The 文件 editor: every key is journaled (0600, in the officer's draft store, not beside the
    /// workspace) before the frame that shows it; after a kill the next start offers the text, and
    /// saving it removes the journal.
    @Test func whatWasTypedInTheEditorIsOfferedOnTheNextStart() throws {
        // A workspace with one draft added before the session starts.
        let directory = try LoopSession.temporaryDirectory()
        try seededWorkspaceFile(at: directory + "/workspace.sqlite", demo: false, by: "li.ming", on: pinnedToday)
        let id = try GongkaiService(workspace: try Workspace.open(at: directory + "/workspace.sqlite").0,
                                    actor: Actor(login: "li.ming", origin: "test"), today: { pinnedToday })
            .addDocument(NewDocument(title: "县政务服务中心窗口调整公告", type: .general,
                                     disclosure: DocumentDisclosure(attribute: .proactive), category: "法定主动公开内容",
                                     unit: "county-office", formed: CivilDate(iso: "2026-11-02")!)).id
        let s = try LoopSession(width: 100, height: 30, demo: false, directory: directory)
        try s.see("1 目录")
        s.command("open " + id)
        try s.see("编辑文件 " + id)
        s.type("断线之前写下的这一段不能丢。")
        try s.see("断线之前写下的这一段不能丢。")
        // Journaled before the frame that shows it: in the officer's draft store, not beside the workspace.
        let listed = DraftInfo.list(workspace: s.workspacePath, login: "li.ming", files: s.files)
        #expect(listed.map(\.kind) == [.documentEdit] && listed.first?.kindName == "文件编辑")
        let journal = try #require(listed.first?.path)
        // One line per key: the last one typed is in it (the recovery below shows the whole text).
        #expect((try? String(contentsOfFile: journal, encoding: .utf8))?.split(separator: "\n").last?.contains("。") == true)
        let beside = try FileManager.default.contentsOfDirectory(atPath: s.directory)
        #expect(beside.contains("workspace.sqlite") && !beside.contains { $0.contains("doc-draft") }, "\(beside)")
        var st = stat()
        #expect(stat(journal, &st) == 0 && st.st_mode & 0o777 == 0o600)

        // Killed here; the next start offers the text.
        let again = try LoopSession(width: 100, height: 30, demo: false, directory: s.directory)
        let offer = try again.see("恢复未保存的草稿")
        #expect(offer.contains { $0.contains("断线之前写下的这一段不能丢。") })
        again.keys(.char("r"))
        try again.see("已恢复 " + id)
        again.keys(.ctrl("s"))
        try again.see("已保存 " + id)
        again.keys(.escape)
        try again.see("已退出编辑")
        again.keys(.char("q"))
        #expect(again.status == 0)
        let saved = try again.service.document(id: id)
        #expect(saved.body == "断线之前写下的这一段不能丢。" && saved.version == 2 && saved.state == .draft)
        #expect(!FileManager.default.fileExists(atPath: journal))
    }
}
