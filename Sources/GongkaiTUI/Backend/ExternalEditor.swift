import Foundation

/// 外部编辑器 — hands a document body to `$VISUAL` or `$EDITOR` (as git and mutt do) through a
/// private temporary file, and reads it back. The caller leaves curses around the call.
public enum ExternalEditor {
    /// The editor command: `$VISUAL`, else `$EDITOR`, else `vi`.
    public static func command(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        for name in ["VISUAL", "EDITOR"] {
            if let v = environment[name]?.trimmingCharacters(in: .whitespaces), !v.isEmpty { return v }
        }
        return "vi"
    }

    /// Why no editor may be run here, when one may not: a session inside `gongkai serve` runs as
    /// the service's account, and an editor there (with its shell escape) would be a shell as that
    /// account. Set at start-up by the session; nil elsewhere.
    nonisolated(unsafe) public static var unavailable: String?

    /// Runs the editor on `text`; the edited text, or nil and why.
    public static func edit(_ text: String, command: String = ExternalEditor.command()) -> (text: String?, error: String?) {
        if let unavailable { return (nil, unavailable) }
        let dir = FileManager.default.temporaryDirectory.path
        let path = dir + "/gongkai-body-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).txt"
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else { return (nil, TUIText.Backend.tempCreateFailed.text()) }
        let data = Data(text.utf8)
        let written = data.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        close(fd)
        defer { unlink(path) }
        guard written == data.count else { return (nil, TUIText.Backend.tempWriteFailed.text()) }
        // The command may carry options (`code --wait`): the shell splits it; the path is "$1".
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command + " \"$1\"", "gongkai-edit", path]
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            return (nil, TUIText.Backend.editorStartFailed.text(["\(command)", "\(error.localizedDescription)"]))
        }
        guard process.terminationStatus == 0 else { return (nil, TUIText.Backend.editorExitStatus.text(["\(command)", "\(process.terminationStatus)"])) }
        guard let back = FileManager.default.contents(atPath: path), let s = String(data: back, encoding: .utf8) else {
            return (nil, TUIText.Backend.notUTF8.text())
        }
        // Editors add a final newline; the body did not have one unless it did.
        var result = s
        if !text.hasSuffix("\n"), result.hasSuffix("\n") { result.removeLast() }
        return (result, nil)
    }
}
