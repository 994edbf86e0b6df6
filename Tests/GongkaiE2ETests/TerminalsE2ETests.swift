import Foundation
import Testing

/// Terminals officers really have: TERM types, sizes from tiny to huge, rapid resizes.
@Suite("终端 Terminals (tmux)", .serialized)
struct TerminalsE2ETests {
    @Test(arguments: ["xterm-256color", "screen-256color", "tmux-256color", "linux", "vt100"])
    func everyCommonTerminalTypeDrawsTheShell(term: String) async throws {
        let home = try temporaryHome()
        let session = try await TmuxSession(width: 100, height: 30, home: home, environment: ["TERM": term])
        let screen = try await session.waitFor("the shell drawn") { lines in
            lines.contains { $0.contains("4 申请") } && lines.contains { $0.contains("政府信息公开指南") }
        }
        #expect(screen[0].contains("1 目录") && screen[0].contains("政务公开工作台"))
        #expect(screen.contains { $0.contains("政府信息公开指南") })   // the catalog tree
        try await session.keys("q")
        try await session.waitFor("exit", timeout: 10) { _ in (try? await session.exitStatus()) != nil }
        #expect(try await session.exitStatus() == 0)
    }

    @Test(arguments: ["dumb", "no-such-terminal"])
    func terminalsThatCannotAddressTheCursorAreRefusedClearly(term: String) async throws {
        let home = try temporaryHome()
        let session = try await TmuxSession(width: 100, height: 30, home: home, environment: ["TERM": term])
        try await session.waitFor("exit", timeout: 10) { _ in (try? await session.exitStatus()) != nil }
        #expect(try await session.exitStatus() == 1)
        let text = try await session.capture().joined()
        #expect(text.contains("TERM=\(term)"))
    }

    @Test func tinyHugeAndRapidlyResizedTerminals() async throws {
        let home = try temporaryHome()
        let session = try await TmuxSession(width: 20, height: 6, home: home)
        let tiny = try await session.waitForText("终端太小")
        #expect(tiny.allSatisfy { !$0.contains("4 申请") })
        try await session.resize(width: 300, height: 100)
        let huge = try await session.waitFor("huge layout") { $0.count >= 100 && $0.contains { $0.contains("4 申请  [") } }
        #expect(huge[0].contains("1 目录"))
        // Rapid resizes: the program survives and ends in the right layout.
        for (w, h) in [(80, 24), (41, 10), (120, 40), (39, 9), (99, 30), (100, 30), (200, 60), (60, 20)] {
            try await session.resize(width: w, height: h)
        }
        // The last size is 60×20: wait for a whole frame of that size (on a loaded machine a
        // capture can still show an earlier size's frame while the resizes are worked through).
        let last = try await session.waitFor("final narrow layout") { lines in
            (20...21).contains(lines.count) && lines[0].contains("1 目录")
                && lines.contains { $0.hasPrefix(">目录  [") } && !lines.contains { $0.contains("终端太小") }
        }
        #expect((20...21).contains(last.count) && last[0].contains("1 目录"))
        try await session.keys("q")
        try await session.waitFor("exit", timeout: 10) { _ in (try? await session.exitStatus()) != nil }
        #expect(try await session.exitStatus() == 0)
    }
}

@Suite("配色 Themes on real terminals (tmux)", .serialized)
struct ThemesE2ETests {
    /// The escape sequences tmux would send for the pane (SGR included).
    func sgr(term: String, noColor: Bool = false, arguments: [String] = []) async throws -> String {
        let home = try temporaryHome()
        var env = ["TERM": term]
        if noColor { env["NO_COLOR"] = "1" }
        let session = try await TmuxSession(width: 100, height: 30, home: home, environment: env, arguments: arguments)
        try await session.waitForText("4 申请")
        return try await session.tmux(["capture-pane", "-p", "-e", "-t", "0"])
    }

    @Test func twoHundredFiftySixColourCodesOnlyWhereTheTerminalHasThem() async throws {
        let full = try await sgr(term: "xterm-256color")
        #expect(full.contains("38;5;"), "\(full.suffix(400))")
        let eight = try await sgr(term: "xterm")
        #expect(!eight.contains("38;5;") && !eight.contains("48;5;"))
        #expect(eight.contains("\u{1B}[") )                  // but it is not colourless
    }

    @Test func noColorAndMonoUseAttributesOnly() async throws {
        for text in [try await sgr(term: "xterm-256color", noColor: true), try await sgr(term: "xterm-256color", arguments: ["--theme", "mono"])] {
            #expect(!text.contains("38;5;") && !text.contains("48;5;"))
            // No foreground/background colour codes at all (SGR 30–37, 40–47).
            #expect(text.range(of: #"\x1B\[[0-9;]*[34][0-7]m"#, options: .regularExpression) == nil)
            #expect(text.contains("\u{1B}[7m") || text.contains(";7m") || text.contains("[1;7m"))   // reverse video for focus
        }
    }
}
