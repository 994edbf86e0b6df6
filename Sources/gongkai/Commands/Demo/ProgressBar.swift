import Foundation

/// 进度条 — one line redrawn in place on a terminal; silent when output is not a terminal, so
/// scripts and logs get only the result.
final class ProgressBar {
    let enabled: Bool
    private var lastDrawn = ""

    init(enabled: Bool) { self.enabled = enabled }

    func show(label: String, done: Int, total: Int) {
        guard enabled else { return }
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let percent = total == 0 ? 100 : 100 * done / total
        let line = "\r\(label) [" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            + "] \(percent)% \(done)/\(total)"
        guard line != lastDrawn else { return }
        lastDrawn = line
        FileHandle.standardOutput.write(Data(line.utf8))
    }

    func finish() {
        guard enabled, !lastDrawn.isEmpty else { return }
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
