import Foundation
import GRDB
import Testing

/// 转义注入 — text written by the public carries terminal escape sequences: OSC 2 (window title),
/// OSC 52 (clipboard), ESC c (reset), ESC [6n (cursor report), CSI colours. Shown in the TUI and
/// printed by the CLI on a terminal, they must have no effect.
@Suite("转义注入 Escape injection (tmux)", .serialized)
struct EscapeInjectionE2ETests {
    static let hostile = "恶意\u{1B}]2;pwned\u{07}\u{1B}]52;c;ZXZpbA==\u{07}\u{1B}c\u{1B}[6n\u{1B}[31m红字\u{1B}[0m\u{9B}2J结束"

    func title(_ session: TmuxSession) async throws -> String {
        try await session.tmux(["display-message", "-p", "-t", "0", "#{pane_title}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func buffers(_ session: TmuxSession) async throws -> String {
        try await session.tmux(["list-buffers"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func theSameSequencesPrintedRawDoTakeEffect() async throws {
        // The control: proves this tmux would show the attack if it got through.
        let home = try temporaryHome()
        let session = try await TmuxSession(width: 80, height: 24, home: home)
        try await session.tmux(["set-option", "-g", "set-clipboard", "on"])
        try await session.tmux(["new-window", "-d", "printf '\\033]2;pwned\\007\\033]52;c;ZXZpbA==\\007'; sleep 30"])
        try await session.waitFor("raw title change", timeout: 5) { _ in
            ((try? await session.tmux(["list-windows", "-F", "#{pane_title}"])) ?? "").contains("pwned")
        }
        #expect(try await buffers(session).contains("evil"))
    }

    /// The input policy refuses such text at the door (nothing is stored)…
    @Test func theDoorRefusesAnApplicationFullOfEscapes() async throws {
        let home = try temporaryHome()
        let workspace = home + "/w.sqlite"
        let add = try await runProcess(try TmuxSession.binary(), ["app", "add", "--workspace", workspace, "--received", "2026-11-02",
                                                            "--channel", "online", "--applicant-type", "business",
                                                            "--applicant-name", Self.hostile, "--content", "内容",
                                                            "--format", "json"])
        #expect(add.status != 0)
        #expect(add.error.contains("applicantName") && add.error.contains("U+001B ESC"))
        #expect(HostileWorkspace.forbidden(in: Data(add.error.utf8)).isEmpty)   // the refusal does not repeat it raw
        let list = try await runProcess(try TmuxSession.binary(), ["app", "list", "--workspace", workspace])
        #expect(list.output.contains("共 0 件"))
    }

    /// …so an application full of escapes comes from an older workspace, planted here with SQL.
    @Test func anApplicationFullOfEscapesIsHarmlessInTheTUIAndTheCLI() async throws {
        let home = try temporaryHome()
        let workspace = home + "/w.sqlite"
        let add = try await runProcess(try TmuxSession.binary(), ["app", "add", "--workspace", workspace, "--received", "2026-11-02",
                                                            "--channel", "online", "--applicant-type", "business",
                                                            "--applicant-name", "placeholder", "--content", "placeholder",
                                                            "--format", "json"])
        #expect(add.status == 0, "\(add.error)")
        let id = try #require((try JSONSerialization.jsonObject(with: Data(add.output.utf8)) as? [String: Any])?["id"] as? String)
        try await DatabaseQueue(path: workspace).write { db in
            try db.execute(sql: "UPDATE application SET applicantName = ?, content = ? WHERE id = ?",
                           arguments: [Self.hostile, Self.hostile, id])
        }

        let session = try await TmuxSession(width: 120, height: 40, home: home, arguments: ["--workspace", workspace])
        try await session.tmux(["set-option", "-g", "set-clipboard", "on"])
        let before = try await title(session)
        try await session.waitForText("4 申请")
        try await session.keys("4")
        try await session.keys("Enter")
        let detail = try await session.waitForText("申请详情 \(id)")
        #expect(detail.contains { $0.contains("恶意␛]2;pwned␇␛]52;c;ZXZpbA==␇␛c␛[6n␛[31m红字␛[0m␦2J结束") })
        #expect(try await title(session) == before)
        #expect(try await buffers(session).isEmpty)
        #expect(detail.contains { $0.contains("办理记录") })   // not reset or cleared by ESC c / CSI 2J
        try await session.keys("q", "q")
        try await session.waitFor("exit", timeout: 10) { _ in (try? await session.exitStatus()) != nil }

        // The CLI on a terminal: the same text printed by `app show` and `app list`.
        let cli = try await TmuxSession(width: 120, height: 40, home: home, arguments: ["app", "list", "--workspace", workspace])
        try await cli.tmux(["set-option", "-g", "set-clipboard", "on"])
        try await cli.waitFor("exit", timeout: 10) { _ in (try? await cli.exitStatus()) != nil }
        let screen = try await cli.capture()
        #expect(screen.contains { $0.contains("恶意␛]2;pwned␇") })
        #expect(try await cli.tmux(["list-windows", "-F", "#{pane_title}"]).contains("pwned") == false)
        #expect(try await buffers(cli).isEmpty)
    }

    /// The CLI's output piped through `cat` to a terminal, and `export KIND -o -` straight to it:
    /// the pane title does not change and no clipboard buffer is written.
    @Test func pipedListsAndExportsOnATerminalChangeNeitherTitleNorClipboard() async throws {
        let home = try temporaryHome()
        let workspace = home + "/w.sqlite"
        try await HostileWorkspace.make(at: workspace)
        let binary = try TmuxSession.binary()
        let w = shellQuote(workspace)
        let script = [
            "\(binary) app list --workspace \(w) | cat",
            "\(binary) doc list --workspace \(w) | cat",
            "\(binary) officer list --workspace \(w) | head -50",
            "\(binary) export applications --format csv -o - --workspace \(w)",
            "\(binary) export documents --format md -o - --workspace \(w)",
            "\(binary) export inspections --format json -o - --workspace \(w)",
            "\(binary) app show --workspace \(w) \"$(printf 'A\\033]0;pwned\\007')\"",
            "echo done-all; sleep 30",
        ].joined(separator: "; ")
        let session = try await TmuxSession(width: 160, height: 50, home: home)
        try await session.tmux(["set-option", "-g", "set-clipboard", "on"])
        let before = try await title(session)
        try await session.tmux(["new-window", "-d", "-n", "out", script])
        _ = try await session.waitFor("all commands", timeout: 30) { _ in
            ((try? await session.tmux(["capture-pane", "-p", "-t", "out"])) ?? "").contains("done-all")
        }
        let pane = try await session.tmux(["capture-pane", "-p", "-t", "out"])
        // The payload was printed, its ESC as a placeholder (a Markdown table cell also
        // backslash-escapes the `]` that follows it).
        #expect(pane.contains("恶意␛]") || pane.contains("恶意␛\\]"))
        #expect(!(try await session.tmux(["list-windows", "-a", "-F", "#{pane_title}"])).contains("pwned"))
        #expect(try await title(session) == before)
        #expect(try await buffers(session).isEmpty)
    }
}
