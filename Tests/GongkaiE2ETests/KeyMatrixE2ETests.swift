import Foundation
import Testing

/// 按键矩阵 — the raw bytes each SSH client sends (xterm, PuTTY/Xshell, rxvt, Linux console,
/// SCO, tmux/screen) under each TERM officers have, through the real binary in tmux: the
/// expected motion happens and nothing else (the editor stays open, no pane switches, no inbox
/// item is decided). The pure decoder's unit tests (KeyDecoderTests) carry every sequence; this
/// matrix proves curses and the decoder are wired the same under every terminfo.
@Suite("端到端：各终端按键 E2E keys from every SSH client")
struct KeyMatrixE2ETests {
    static let terms = ["xterm", "xterm-256color", "screen", "screen-256color", "tmux-256color",
                        "putty", "putty-256color", "linux", "vt220"]

    /// End/Home pairs as clients send them: PuTTY/Xshell/tmux/Linux, xterm, xterm application
    /// mode, rxvt, xterm with Ctrl, rxvt with Ctrl.
    static let endHome: [(String, String)] = [("\u{1B}[4~", "\u{1B}[1~"), ("\u{1B}[F", "\u{1B}[H"),
        ("\u{1B}OF", "\u{1B}OH"), ("\u{1B}[8~", "\u{1B}[7~"), ("\u{1B}[1;5F", "\u{1B}[1;5H"), ("\u{1B}[8^", "\u{1B}[7^")]

    @Test(arguments: terms)
    func everyClientsKeysMoveAndDoNothingElse(term: String) async throws {
        let home = try temporaryHome()
        let ws = home + "/ws.sqlite"
        try await copyDemoWorkspace(to: ws)
        let s = try await TmuxSession(width: 80, height: 24, home: home, environment: ["TERM": term],
                                arguments: ["--workspace", ws])
        try await s.waitForText("1 目录")

        // A list: the 文件 pane.
        try await s.keys("2")
        let count = try await s.position(of: ">文件", is: 1).total
        for (bytes, to) in [("\u{1B}[B", 2), ("\u{1B}OB", 3), ("\u{1B}[1;5B", 4), ("\u{1B}[b", 5), ("\u{1B}\u{1B}[B", 6),
                            ("\u{1B}[A", 5), ("\u{1B}OA", 4), ("\u{1B}Oa", 3), ("\u{1B}[1;2A", 2)] {
            try await s.bytes(bytes)
            try await s.position(of: ">文件", is: to, after: bytes)
        }
        for (end, home) in Self.endHome {
            try await s.bytes(end)
            try await s.position(of: ">文件", is: count, after: end)
            try await s.bytes(home)
            try await s.position(of: ">文件", is: 1, after: home)
        }
        for (down, up) in [("\u{1B}[6~", "\u{1B}[5~"), ("\u{1B}[G", "\u{1B}[I")] {
            try await s.bytes(down)
            try await s.waitFor("PgDn \(down.debugDescription)") { s.index(in: $0, of: ">文件").map { $0.index > 1 } ?? false }
            try await s.bytes(up)
            try await s.position(of: ">文件", is: 1, after: up)
        }
        // Unknown sequences and Alt with a pane number: a note, no pane switch, no motion.
        try await s.bytes("\u{1B}[99~")
        try await s.waitForText("ESC[99~")
        try await s.bytes("\u{1B}4\u{1B}[1;5Z\u{1B}[B")
        try await s.position(of: ">文件", is: 2, after: "M-4 then Down")
        // F1 in the xterm, PuTTY and Linux console encodings opens help; q closes it.
        for f1 in ["\u{1B}OP", "\u{1B}[11~", "\u{1B}[[A"] {
            try await s.bytes(f1)
            try await s.waitForText("帮助：按键一览")
            try await s.keys("q")
            try await s.waitFor("help closed after \(f1.debugDescription)") { !$0.contains { $0.contains("帮助：按键一览") } }
        }

        // The editor: End and Home move the caret (the hardware cursor sits at it), the editor
        // stays open and nothing is typed.
        try await s.keys(":")
        try await s.type("open D2026-0005")
        try await s.keys("Enter")
        try await s.waitForText("编辑文件 D2026-0005")
        let start = try await s.cursor()
        for (end, home) in Self.endHome {
            try await s.bytes(end)
            try await s.waitFor("caret at the end after \(end.debugDescription)") { _ in ((try? await s.cursor())?.x ?? 0) > start.x }
            try await s.bytes(home)
            try await s.waitFor("caret at the start after \(home.debugDescription)") { _ in (try? await s.cursor())?.x == start.x }
        }
        try await s.bytes("\u{1B}[99~\u{1B}b\u{1B}[1;5C")
        try await s.waitFor("word right") { _ in ((try? await s.cursor())?.x ?? 0) > start.x }
        let editing = try await s.waitForText("ESC[99~")
        #expect(editing.contains { $0.contains("编辑文件 D2026-0005") })
        #expect(!editing.contains { $0.contains("未保存") }, "something was typed: \(editing.joined(separator: "\n"))")
        // A real Esc still leaves.
        try await s.bytes("\u{1B}")
        try await s.waitForText("已退出编辑")

        // The inbox: motion only; Alt+a (a signs off) decides nothing.
        try await s.keys("i")
        let inbox = try await s.position(of: ">待办", is: 1).total
        try await s.bytes("\u{1B}[4~")
        try await s.position(of: ">待办", is: inbox, after: "End")
        try await s.bytes("\u{1B}[1~")
        try await s.position(of: ">待办", is: 1, after: "Home")
        try await s.bytes("\u{1B}a\u{1B}[99~\u{1B}OB")
        let after = try await s.position(of: ">待办", is: 2, after: "M-a, unknown, Down")
        #expect(after.total == inbox)
        try await s.bytes("\u{1B}")
        try await s.waitFor("inbox closed") { !$0.contains { $0.hasPrefix(">待办") } }
        try await s.keys("q")
        try await s.waitFor("exit", timeout: 10) { _ in (try? await s.exitStatus()) != nil }
        #expect(try await s.exitStatus() == 0)
    }
}

extension TmuxSession {
    /// Sends raw bytes, exactly as a terminal emulator writes them (`send-keys -H`).
    func bytes(_ text: String) async throws {
        try await tmux(["send-keys", "-t", "0", "-H"] + Array(text.utf8).map { String(format: "%02x", $0) })
    }

    /// The hardware cursor (parked at the caret while typing).
    func cursor() async throws -> (x: Int, y: Int) {
        let out = try await tmux(["display-message", "-p", "-t", "0", "#{cursor_x},#{cursor_y}"])
        let parts = out.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ",").compactMap { Int($0) }
        guard parts.count == 2 else { throw E2EError("no cursor position in \(out)") }
        return (parts[0], parts[1])
    }

    /// `[k/N]` on the title row starting with `title`.
    func index(in lines: [String], of title: String) -> (index: Int, total: Int)? {
        guard let line = lines.first(where: { $0.hasPrefix(title) }),
              let m = line.range(of: #"\[\d+/\d+\]"#, options: .regularExpression) else { return nil }
        let n = line[m].dropFirst().dropLast().split(separator: "/").compactMap { Int($0) }
        return n.count == 2 ? (n[0], n[1]) : nil
    }

    /// Waits until the list titled `title` has row `index` selected; returns it and the count.
    @discardableResult
    func position(of title: String, is index: Int, after what: String = "start") async throws -> (index: Int, total: Int) {
        let lines = try await waitFor("\(title) at row \(index) after \(what.debugDescription)") {
            self.index(in: $0, of: title)?.index == index
        }
        return self.index(in: lines, of: title)!
    }
}
