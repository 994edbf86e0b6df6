import Foundation
import Testing

/// End-to-end: the real binary in tmux — what only a real terminal and a real process show: the
/// first run's workspace, Chinese typed into the terminal, resize, quit, SIGHUP, the locale
/// fallback. (Pane switching, help, the inbox: ShellLoopTests, on the recording terminal.)
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
