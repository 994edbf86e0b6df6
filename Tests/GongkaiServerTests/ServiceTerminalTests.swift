import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// 终端会话 — the workstation through the service, in a real terminal (tmux): the officer's
/// `gongkai` is a client whose terminal is relayed to a session on a pty inside the service.
/// Another officer's change appears without polling (the service pushes it); when the service
/// restarts the client reconnects and says so; `q` ends the session with status 0.
@Suite("服务：终端会话 The workstation through the service (tmux)", .needsRoot,
       .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux"), "tmux is missing (.ci/run installs it)"))
final class ServiceTerminalTests {
    let fixture: ServiceFixture
    let tmuxSocket: String

    init() throws {
        fixture = try .deployed()
        tmuxSocket = fixture.prefix
    }

    deinit {
        _ = try? runCommand("/usr/bin/tmux", ["-L", tmuxSocket, "kill-server"])
        fixture.tearDown()
    }

    func tmux(_ args: [String]) throws -> String {
        let r = try runCommand("/usr/bin/tmux", ["-L", tmuxSocket] + args)
        return r.output
    }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "0"]) }

    /// Waits (bounded) until the screen shows `text`; the screen as last seen.
    @discardableResult
    func waitFor(_ text: String, attempts: Int = 300) throws -> String {
        var last = ""
        for _ in 0..<attempts {
            last = try screen()
            if last.contains(text) { return last }
            usleep(100_000)
        }
        Issue.record("the screen never showed \(text):\n\(last)")
        return last
    }

    func addApplication(_ name: String) throws -> String {
        let r = try fixture.gongkai(fixture.clerkA, ["app", "add", "--received", "2026-12-01", "--channel", "online",
                                                     "--applicant-type", "natural-person", "--applicant-name", name,
                                                     "--content", "终端", "--format", "json"])
        #expect(r.status == 0, "\(r.error)")
        let object = try JSONSerialization.jsonObject(with: Data(r.output.utf8)) as? [String: Any]
        return try #require(object?["id"] as? String)
    }

    @Test func theWorkstationRunsThroughTheServiceWithPushedChangesAndReconnects() throws {
        let first = try addApplication("张三")
        let home = fixture.root + "/home/" + fixture.clerkA
        let command = "/usr/bin/setpriv --reuid=\(fixture.clerkA) --regid=\(fixture.clerkA) --init-groups -- "
            + "/usr/bin/env -i -C \(home) TERM=xterm-256color LANG=C.UTF-8 HOME=\(home) GONGKAI_SERVER=\(fixture.socket) "
            + "\(fixture.binary); echo EXITED $?; sleep 120"
        _ = try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "120", "-y", "32", command])
        let opened = try waitFor(first)
        #expect(opened.contains(fixture.clerkA), "\(opened)")
        // Another officer's change is pushed to the open workstation.
        let second = try addApplication("李四")
        try waitFor(second)
        // The service restarts under the open workstation: the client reconnects and says so.
        fixture.stopService()
        try fixture.startService()
        try waitFor("已重新连接工作区服务")
        try waitFor(first)
        _ = try tmux(["send-keys", "-t", "0", "q"])
        try waitFor("EXITED 0")
    }

    /// Processes of `login` now.
    func processes(of login: String) throws -> Int {
        let r = try runCommand("/usr/bin/pgrep", ["-c", "-u", login])
        return Int(r.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    @Test func aSessionEndsWhenItsClientIsKilled() throws {
        let first = try addApplication("王五")
        let homeA = fixture.root + "/home/" + fixture.clerkA
        let command = "/usr/bin/setpriv --reuid=\(fixture.clerkA) --regid=\(fixture.clerkA) --init-groups -- "
            + "/usr/bin/env -i -C \(homeA) TERM=xterm-256color LANG=C.UTF-8 HOME=\(homeA) GONGKAI_SERVER=\(fixture.socket) "
            + "\(fixture.binary); sleep 120"
        _ = try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "100", "-y", "30", command])
        try waitFor(first)
        // The service and one session run as the service account.
        #expect(try processes(of: fixture.service) == 2)
        _ = try runCommand("/usr/bin/pkill", ["-KILL", "-u", fixture.clerkA, "-x", "gongkai"])
        var left = 2
        for _ in 0..<200 {
            left = try processes(of: fixture.service)
            if left == 1 { break }
            usleep(50_000)
        }
        #expect(left == 1, "the session outlived its client")
        #expect(try fixture.gongkai(fixture.clerkA, ["info"]).status == 0)
    }
}

