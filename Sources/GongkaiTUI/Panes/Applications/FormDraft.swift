import Foundation

/// 表单草稿 — what an officer has typed into an open form, written to a private file (0600) on
/// every keystroke, so an SSH drop (SIGHUP) or even `kill -9` loses nothing: reopening the same
/// form restores it (the lesson of vim's swap file and nano's `.save`). Removed once the form is
/// submitted or cancelled.
public struct FormDraft: Sendable {
    /// nil: drafts are not kept (an in-memory workspace).
    public let path: String?

    public init(path: String?) { self.path = path }

    /// `<workspace>.draft-<login>.json` beside the workspace file.
    public static func beside(workspace: String, login: String) -> FormDraft {
        guard workspace.hasPrefix("/") else { return FormDraft(path: nil) }
        let safeLogin = String(login.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" ? $0 : "_" })
        return FormDraft(path: workspace + ".draft-" + safeLogin + ".json")
    }

    public func save(_ form: FormState?) {
        guard let path else { return }
        guard let form else {
            try? FileManager.default.removeItem(atPath: path)
            return
        }
        guard let data = try? JSONEncoder().encode(form) else { return }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { return }
        defer { close(fd) }
        _ = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }

    public func load() -> FormState? {
        guard let path, let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(FormState.self, from: data)
    }
}
