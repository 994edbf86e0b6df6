import Foundation
import GongkaiStore

/// 正文草稿日志 — the open document editor's unsaved state (metadata and body, and the version it
/// was opened at), written to a private file (0600) beside the workspace within about a second
/// of the last keystroke, so an SSH drop or `kill -9` loses nothing (vim's swap file, nano's
/// `.save`). Offered for recovery on the next start; removed once saved or discarded.
public struct DocumentDraftJournal: Sendable {
    /// What is journaled: the edit as a save would send it (so the version check still applies
    /// to a recovered draft), where the caret was, and when.
    public struct Entry: Codable, Sendable, Equatable {
        public var edit: DocumentEdit
        public var caretLine: Int
        public var caretIndex: Int
        public var savedAt: String
    }

    /// nil: nothing is journaled (an in-memory workspace).
    public let path: String?

    public init(path: String?) { self.path = path }

    /// `<workspace>.doc-draft-<login>.json` (`DraftKind.documentEdit`, so `gongkai drafts` lists it).
    /// Written whole through a temporary file, unlike the small form drafts: a body can be long,
    /// and a kill in the middle of a write must leave the previous journal readable.
    public static func beside(workspace: String, login: String) -> DocumentDraftJournal {
        DocumentDraftJournal(path: DraftKind.documentEdit.path(workspace: workspace, login: login))
    }

    /// Writes the entry: to a temporary file first, then renamed over the journal, so a kill in
    /// the middle of a write leaves the previous journal whole.
    public func record(_ entry: Entry) {
        guard let path, let data = try? JSONEncoder().encode(entry) else { return }
        let temp = path + ".tmp"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { return }
        var ok = data.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) } == data.count
        ok = ok && fsync(fd) == 0
        close(fd)
        if ok { rename(temp, path) } else { unlink(temp) }
    }

    public func load() -> Entry? {
        guard let path, let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(Entry.self, from: data)
    }

    public func remove() {
        guard let path else { return }
        unlink(path)
    }
}
