import Foundation
import Testing

/// End-to-end: the real binary in tmux — first run, pane switching, help, Chinese at the
/// command line, resize, quit.
@Suite("端到端 End to end (tmux)", .serialized)
struct ShellE2ETests {
    @Test func firstRunCreatesTheWorkspaceAndWalksThroughTheShell() async throws {
        let home = try temporaryHome()
        let session = try await TmuxSession(width: 120, height: 40, home: home)

        // First run: the default workspace is created under ~/.local/share and the shell appears.
        let first = try await session.waitForText("4 申请")
        for title in ["1 目录", "2 文件", "3 解读", "4 申请"] {
            #expect(first[0].contains(title), "tab bar shows \(title)")
            #expect(first.dropFirst().contains { $0.contains(title) }, "a pane is titled \(title)")
        }
        #expect(first.contains { $0.contains("[+] 部门乡镇信息公开") })
        let workspace = home + "/.local/share/gongkai/workspace.sqlite"
        #expect(FileManager.default.fileExists(atPath: workspace))
        let mode = (try FileManager.default.attributesOfItem(atPath: workspace)[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o600)
        #expect(first.contains { $0.contains("工作区 ~/.local/share/gongkai/workspace.sqlite") })

        // Switch panes with a number, Tab and Shift-Tab.
        try await session.keys("2")
        try await session.waitFor("文件 focused") { $0.contains { $0.contains(">2 文件") } }
        try await session.keys("Tab")
        try await session.waitFor("解读 focused") { $0.contains { $0.hasPrefix(">3 解读") } }
        try await session.keys("BTab", "BTab")
        try await session.waitFor("目录 focused") { $0.contains { $0.hasPrefix(">1 目录") } }

        // Help overlay lists the bindings; Esc closes it.
        try await session.keys("?")
        let help = try await session.waitForText("帮助：按键一览")
        // The keys of the view that is open (the 目录 pane) come first.
        #expect(help.contains { $0.contains("目录（设置文件 [keys.catalog]）") })
        #expect(help.contains { $0.contains("Enter") && $0.contains("展开/折叠栏目") })
        try await session.keys("Escape")
        try await session.waitFor("help closed") { !$0.contains { $0.contains("帮助：按键一览") } }

        // Type Chinese at the command line.
        try await session.keys(":")
        try await session.type("pane 申请")
        try await session.waitFor("typed command") { $0.contains { $0.hasPrefix(":pane 申请") } }
        try await session.keys("Enter")
        try await session.waitFor("申请 focused") { $0.contains { $0.contains("|>4 申请") } }

        // Resize to a narrow terminal: one pane under the tab bar, no side-by-side separator.
        try await session.resize(width: 80, height: 24)
        let narrow = try await session.waitFor("narrow layout") { $0.count >= 24 && $0.contains { $0.hasPrefix(">申请") } }
        #expect(!narrow.contains { $0.contains("目录  [") })
        #expect(narrow[0].contains("1 目录") && narrow[0].contains("4 申请"))
        try await session.resize(width: 120, height: 40)
        try await session.waitFor("wide again") { $0.contains { $0.contains(" 1 目录  [") } && $0.contains { $0.contains("|>4 申请") } }

        // q quits cleanly with status 0.
        try await session.keys("q")
        try await session.waitFor("exit", timeout: 10) { _ in (try? await session.exitStatus()) != nil }
        #expect(try await session.exitStatus() == 0)
    }

    @Test func demoWorkspaceShowsMaskedApplicantsAndSurvivesHangup() async throws {
        let home = try temporaryHome()
        let workspace = home + "/ws.sqlite"
        let initRun = try await runProcess(try TmuxSession.binary(), ["init", "--demo", "--workspace", workspace])
        #expect(initRun.status == 0)
        #expect(initRun.output.contains("示例数据：单位 8 个，文件 10 件，申请 6 件"))

        let session = try await TmuxSession(width: 120, height: 40, home: home, arguments: ["--workspace", workspace])
        let screen = try await session.waitForText("张*")
        #expect(screen.contains { $0.contains("张*") })
        #expect(!screen.contains { $0.contains("张三") })
        // The review inbox: i opens it, a reviewer's action is one key, Esc goes back.
        try await session.keys("i")
        let inbox = try await session.waitForText(">待办  [")
        #expect(inbox.contains { $0.contains("待审核") && $0.contains("东山镇重大项目建设进展情况") })
        try await session.keys("Escape")
        try await session.waitFor("inbox closed") { !$0.contains { $0.contains(">待办  [") } }
        // An SSH drop: SIGHUP restores the terminal and ends the program.
        kill(try await session.programPID(), SIGHUP)
        try await session.waitFor("exit after SIGHUP", timeout: 10) { _ in (try? await session.exitStatus()) != nil }
        #expect(try await session.exitStatus() == 128 + Int(SIGHUP))
    }

    @Test func nonUTF8LocaleFallsBackAndSaysSo() async throws {
        let home = try temporaryHome()
        let session = try await TmuxSession(width: 120, height: 40, home: home, environment: ["LANG": "POSIX", "LC_ALL": "POSIX"])
        let screen = try await session.waitForText("已改用")
        #expect(screen.contains { $0.contains("不是 UTF-8，已改用 C.UTF-8") })
        #expect(screen[0].contains("1 目录"))
        try await session.keys("q")
        try await session.waitFor("exit", timeout: 10) { _ in (try? await session.exitStatus()) != nil }
        #expect(try await session.exitStatus() == 0)
    }
}
