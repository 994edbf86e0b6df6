import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// The workstation's event loop on the recording terminal: quitting, signals, a lost terminal,
/// other sessions' commits, the language switch, resize, the external editor — what the tmux
/// tests used to check, without a process or a terminal.
@Suite("事件循环 Workstation loop")
struct WorkstationLoopTests {
    @Test func theFirstFrameIsDrawnAndQIsExitStatusZero() throws {
        let s = try LoopSession(width: 100, height: 30)
        #expect(s.terminal.framesDrawn == 1)
        #expect(s.lines[0].contains("政务公开工作台") && s.lines[0].contains("4 申请"))
        s.keys(.char("q"))
        #expect(s.status == 0)
    }

    /// Quitting is an effect: `q` (nothing unsaved), `:quit!` and the question's yes return
    /// `Effect.quit`; the model itself ends nothing, the loop stops once it performs it.
    @Test func quittingIsAnEffectTheLoopPerforms() throws {
        let s = try LoopSession(width: 80, height: 24)
        #expect(s.model.update(.key(.char("q"))) == [.quit])
        #expect(s.model.update(.key(.char("q"))) == [.quit], "the model alone did not end anything")
        s.model.markUnsaved(1)
        #expect(s.model.update(.key(.char("q"))).isEmpty, "something unsaved: asked first")
        #expect(s.model.state.confirmingQuit)
        #expect(s.model.update(.key(.char("y"))) == [.quit])
        s.model.markUnsaved(0)
        s.command("quit!")
        #expect(s.status == 0)
    }

    @Test func aSignalEndsWith128PlusItAndWhatWasTypedIsOfferedOnTheNextStart() throws {
        let s = try LoopSession(width: 100, height: 30)
        s.keys(.char("4"), .char("a"))
        #expect(s.screenContains("登记政府信息公开申请"))
        s.keys(.tab, .tab, .tab)
        s.type("孙悟空")
        #expect(s.screenContains("孙悟空"))
        s.signal(SIGHUP)
        #expect(s.status == 128 + SIGHUP)

        let again = try LoopSession(width: 100, height: 30, directory: s.directory)
        #expect(again.screenContains("有未完成的草稿：申请表单"))
        again.keys(.char("4"), .char("a"))
        #expect(again.screenContains("已恢复上次未提交的表单"))
        #expect(again.screenContains("孙悟空"))
        again.signal(SIGTERM)
        #expect(again.status == 128 + SIGTERM)
    }

    @Test func aTerminalLostWithoutASignalEndsAsAHangUp() throws {
        let s = try LoopSession(width: 100, height: 30)
        s.idle()
        #expect(s.status == nil)
        s.terminal.hangUp()
        s.idle()
        #expect(s.status == 128 + SIGHUP)
    }

    @Test func runEndsWhenTheScriptedTerminalIsGone() throws {
        let s = try LoopSession(width: 100, height: 30)
        let terminal = RecordingTerminal(width: 100, height: 30, hangUpWhenDrained: true)
        terminal.feed([.key(.char("2")), nil, .key(.char("j"))])
        let status = Workstation.run(terminal: terminal, files: s.files, service: s.service,
                                     environment: LoopEnvironment(takeSignal: { nil }, pushedChanges: nil,
                                                                  now: Date.init, editor: { ($0, nil) }))
        #expect(status == 128 + SIGHUP)
        #expect(terminal.framesDrawn >= 3)
        #expect(terminal.lines.contains { $0.contains("|>2 文件") })
    }

    @Test func anotherSessionsCommitShowsWithoutAKeystroke() throws {
        let s = try LoopSession(width: 120, height: 40, demo: false)
        #expect(s.screenContains("还没有文件"))
        // Another officer's process adds the demo data to the same workspace.
        let (other, _) = try Workspace.open(at: s.workspacePath)
        _ = try GongkaiService(workspace: other, actor: Actor(login: "li.ming", origin: "test"), today: { pinnedToday })
            .initialize(demo: true, created: true)
        s.wait(seconds: 0.1)
        #expect(s.screenContains("还没有文件"), "the workspace is looked at every 0.8 s, not on every pass")
        s.wait(seconds: 1)
        #expect(s.screenContains("县义务教育阶段学校招生入学"))
        #expect(!s.screenContains("还没有文件"))
    }

    @Test func theLanguageSwitchesLiveAndTheWholeScreenIsRepainted() throws {
        let s = try LoopSession(width: 100, height: 30, language: .en)
        #expect(s.lines[0].contains("Gongkai Workstation") && s.lines[0].contains("1 Catalog"))
        #expect(s.lines[0].contains("4 Requests"))
        #expect(s.screenContains("Hello, "), "the first screen's guide, in English")
        s.keys(.char("1"))      // a key clears the guide, which covered the status bar
        #expect(s.screenContains("? help"))
        let repaints = s.terminal.fullRepaints
        s.command("language zh")
        #expect(s.lines[0].contains("政务公开工作台") && s.lines[0].contains("4 申请"))
        #expect(s.terminal.fullRepaints == repaints + 1)
        // The next pass runs in the new language too (not only the frame after the switch).
        s.keys(.char("2"))
        #expect(s.screenContains("|>2 文件"))
        s.command("language en")
        #expect(s.lines[0].contains("4 Requests"))
        s.keys(.char("q"))
        #expect(s.status == 0)
    }

    @Test func aResizeRedrawsTheWholeScreenAtTheNewSize() throws {
        let s = try LoopSession(width: 120, height: 40)
        s.terminal.resize(width: 80, height: 24)
        s.run()
        #expect(s.terminal.screen?.width == 80 && s.terminal.screen?.height == 24)
        #expect(s.lines.count == 24)
        #expect(s.terminal.lastDiff?.clearsScreen == true)
        #expect(s.lines[0].contains("4 申请"))
    }

    @Test func aKeyThatChangesOneLineSendsOnlyThatPartOfTheScreen() throws {
        let s = try LoopSession(width: 120, height: 40)
        s.keys(.char("2"))
        s.keys(.char("j"))
        let diff = try #require(s.terminal.lastDiff)
        #expect(!diff.clearsScreen)
        #expect(!diff.changes.isEmpty)
        #expect(diff.changes.count < 120 * 40 / 4)
    }

    @Test func theExternalEditorRunsOutsideTheScreenAndItsTextComesBack() throws {
        let s = try LoopSession(width: 100, height: 30)
        s.controls.editorReply = { ($0 + "\n外部编辑器加的一段。", nil) }
        s.keys(.char("2"))
        s.keys(.enter)
        #expect(s.screenContains("编辑文件"))
        s.keys(.function(4))            // the editor's key for $VISUAL/$EDITOR
        #expect(s.terminal.suspensions == 1)
        #expect(s.controls.edited.count == 1)
        #expect(s.model.state.documents.editor?.body.text.hasSuffix("外部编辑器加的一段。") == true)
        #expect(s.terminal.lastDiff?.clearsScreen == true, "the screen is repainted after the editor")
        // An editor that fails leaves the body as it was and says why.
        s.controls.editorReply = { _ in (nil, "vi: 退出状态 1") }
        s.keys(.function(4))
        #expect(s.terminal.suspensions == 2)
        #expect(s.model.state.documents.editor?.body.text.hasSuffix("外部编辑器加的一段。") == true)
        #expect(s.screenContains("vi: 退出状态 1"))
    }

    @Test func anApplicationRecordedInTheWorkstationIsStoredMasked() throws {
        let s = try LoopSession(width: 120, height: 40, demo: false)
        s.keys(.char("4"))
        #expect(s.screenContains("|>4 申请"))
        s.keys(.char("a"))
        #expect(s.screenContains("登记政府信息公开申请"))
        #expect(s.screenContains(pinnedToday.iso))
        s.keys(.tab, .right)            // 当面 → 邮寄(签收)
        #expect(s.screenContains("以行政机关签收之日为收到申请之日"))
        s.keys(.tab, .tab)
        s.type("王小明")
        s.keys(.tab)
        s.type("申请公开东山镇2026年预算执行情况")
        s.keys(.ctrl("s"))
        #expect(s.screenContains("已登记申请 A"))
        #expect(s.screenContains("王**"))
        #expect(!s.screenContains("王小明"))
        var q = ApplicationQuery()
        q.search = "东山镇"
        let items = try s.service.listApplications(q).items
        #expect(items.count == 1)
        #expect(items.first?.channel == .registeredMail)
        #expect(items.first?.received == pinnedToday)
        #expect(items.first?.workdaysLeft == 20)
    }
}
