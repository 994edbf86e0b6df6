import Foundation

/// 进度 — one line on standard error, redrawn in place with a carriage return (`导入 1234/5000
/// (24%)`), at most about ten times a second. Only when standard error is a terminal: piped or
/// redirected, it is completely silent, so scripts and logs get only the result. Never an escape
/// sequence.
final class Progress {
    let label: String
    let enabled: Bool
    private var lastDraw = Date.distantPast
    private var drawn = false
    private var lastLine = ""

    init(_ label: String, enabled: Bool = SessionMode.isTerminal(STDERR_FILENO)) {
        self.label = label
        self.enabled = enabled
    }

    /// `label` overrides the reporter's own (e.g. a phase: 文件 / 申请).
    func update(_ done: Int, _ total: Int, label: String? = nil) {
        guard enabled else { return }
        let now = Date()
        guard done >= total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        let percent = total > 0 ? 100 * done / total : 100
        let line = "\(label ?? self.label) \(done)/\(total) (\(percent)%)"
        guard line != lastLine else { return }
        // Blank out what a longer previous line left behind.
        let padding = String(repeating: " ", count: max(0, lastLine.count - line.count))
        lastDraw = now
        lastLine = line
        drawn = true
        FileHandle.standardError.write(Data(("\r" + line + padding).utf8))
    }

    /// Ends the line (only if something was drawn).
    func finish() {
        guard enabled, drawn else { return }
        FileHandle.standardError.write(Data("\n".utf8))
        drawn = false
        lastLine = ""
    }
}

/// Messages for people on standard error: always sanitised (text from imported files and
/// arguments can carry control characters, and a pipe often ends on a terminal: `2>&1 | less`).
enum ConsoleError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data((TerminalText.safe(text) + "\n").utf8))
    }
}
