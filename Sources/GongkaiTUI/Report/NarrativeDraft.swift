import Foundation
import GongkaiCore
import GongkaiStore

/// 文字草稿 — the narrative text being typed (一、五、六), written to a private file (0600) beside
/// the workspace on every keystroke, so an SSH drop or `kill -9` loses nothing: opening the same
/// section of the same report again restores it. Removed once saved or discarded (as `FormDraft`).
public struct NarrativeDraft: Sendable {
    /// What is kept: which report and section, and the text.
    public struct Content: Codable, Equatable, Sendable {
        public var year: Int
        public var scope: ReportScope
        public var section: ReportSection
        public var text: String
    }

    /// nil: drafts are not kept (an in-memory workspace).
    public let path: String?

    public init(path: String?) { self.path = path }

    /// `<workspace>.report-draft-<login>.json` beside the workspace file.
    public static func beside(workspace: String, login: String) -> NarrativeDraft {
        guard workspace.hasPrefix("/") else { return NarrativeDraft(path: nil) }
        let safeLogin = String(login.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" ? $0 : "_" })
        return NarrativeDraft(path: workspace + ".report-draft-" + safeLogin + ".json")
    }

    public func save(_ content: Content?) {
        guard let path else { return }
        guard let content else {
            try? FileManager.default.removeItem(atPath: path)
            return
        }
        guard let data = try? JSONEncoder().encode(content) else { return }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { return }
        defer { close(fd) }
        _ = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }

    public func load() -> Content? {
        guard let path, let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(Content.self, from: data)
    }
}
