import Foundation
import Testing

/// Terminals officers really have: TERM types, sizes from tiny to huge, rapid resizes.
@Suite("终端 Terminals (tmux)", .serialized)
struct TerminalsE2ETests {
    @Test(arguments: ["xterm-256color", "screen-256color", "tmux-256color", "linux", "vt100"])
    func everyCommonTerminalTypeDrawsTheShell(term: String) throws {
        let home = try temporaryHome()
        let session = try TmuxSession(width: 100, height: 30, home: home, environment: ["TERM": term])
        let screen = try session.waitForText("4 申请")
        #expect(screen[0].contains("1 目录") && screen[0].contains("政务公开工作台"))
        #expect(screen.contains { $0.contains("政府信息公开指南") })   // the catalog tree
        try session.keys("q")
        try session.waitFor("exit", timeout: 10) { _ in (try? session.exitStatus()) != nil }
        #expect(try session.exitStatus() == 0)
    }

    @Test(arguments: ["dumb", "no-such-terminal"])
    func terminalsThatCannotAddressTheCursorAreRefusedClearly(term: String) throws {
        let home = try temporaryHome()
        let session = try TmuxSession(width: 100, height: 30, home: home, environment: ["TERM": term])
        try session.waitFor("exit", timeout: 10) { _ in (try? session.exitStatus()) != nil }
        #expect(try session.exitStatus() == 1)
        let text = try session.capture().joined()
        #expect(text.contains("TERM=\(term)"))
    }

    @Test func tinyHugeAndRapidlyResizedTerminals() throws {
        let home = try temporaryHome()
        let session = try TmuxSession(width: 20, height: 6, home: home)
        let tiny = try session.waitForText("终端太小")
        #expect(tiny.allSatisfy { !$0.contains("4 申请") })
        try session.resize(width: 300, height: 100)
        let huge = try session.waitFor("huge layout") { $0.count >= 100 && $0.contains { $0.contains("4 申请  [") } }
        #expect(huge[0].contains("1 目录"))
        // Rapid resizes: the program survives and ends in the right layout.
        for (w, h) in [(80, 24), (41, 10), (120, 40), (39, 9), (99, 30), (100, 30), (200, 60), (60, 20)] {
            try session.resize(width: w, height: h)
        }
        let last = try session.waitFor("final narrow layout") { lines in
            lines.contains { $0.hasPrefix(">目录  [") } && !lines.contains { $0.contains("终端太小") }
        }
        #expect(last[0].contains("1 目录"))
        try session.keys("q")
        try session.waitFor("exit", timeout: 10) { _ in (try? session.exitStatus()) != nil }
        #expect(try session.exitStatus() == 0)
    }
}
