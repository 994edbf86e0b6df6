import Foundation
import Testing

/// 终端断开 — a session whose pty disappears without a SIGHUP (started through `su -c` or
/// `runuser`, then tmux or sshd killed) must save what was typed and end within 2 seconds,
/// not keep failing to read at a core's worth of CPU.
@Suite("端到端：终端断开 E2E terminal loss without SIGHUP", .serialized)
struct TerminalLossE2ETests {
    @Test func closingThePtyEndsTheSessionQuicklyWithTheTypedTextInTheDrafts() async throws {
        let home = try temporaryHome()
        let ws = home + "/ws.sqlite"
        let binary = try TmuxSession.binary()
        try await copyDemoWorkspace(to: ws)
        let pty = try PtySession(home: home, environment: [:], arguments: ["--workspace", ws])
        var at = try await pty.waitFor(utf8: "政务公开工作台")
        pty.send(":open D2026-0005\r")
        at = try await pty.waitFor(utf8: "编辑文件", from: at)
        let typed = "断线之前写下的鑫"
        pty.send(typed)
        // The last character drawn: the program has read everything typed.
        _ = try await pty.waitFor(utf8: "鑫", from: at)
        let cpuBefore = try #require(pty.cpuSeconds())
        let closed = Date()
        pty.hangUp()
        var ended = false
        while Date().timeIntervalSince(closed) < 10, !ended {
            ended = pty.reap(wait: false)
            if !ended { usleep(10_000) }
        }
        let took = Date().timeIntervalSince(closed)
        #expect(ended, "still running 10 s after its terminal was closed")
        #expect(took < 2.0, "ended \(took) s after the terminal closed")
        #expect(pty.totalCPUSeconds - cpuBefore < 0.5, "used \(pty.totalCPUSeconds - cpuBefore) s of CPU after the terminal closed")
        #expect(pty.status == 128 + Int32(SIGHUP), "exit status \(String(describing: pty.status))")

        // The drafts, wherever this version keeps them: `gongkai drafts` says (as the same user, home).
        let drafts = try await runProcess(binary, ["drafts", "--format", "json", "--workspace", ws], environment: ["HOME": home])
        #expect(drafts.status == 0, "\(drafts.error)")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(drafts.output.utf8)) as? [[String: Any]])
        let paths = list.compactMap { $0["path"] as? String }
        let texts = paths.compactMap { try? String(contentsOfFile: $0, encoding: .utf8) }
        #expect(texts.contains { $0.contains(typed) }, "drafts: \(drafts.output)")
    }
}
