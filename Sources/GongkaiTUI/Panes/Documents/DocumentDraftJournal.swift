import Foundation
import GongkaiStore

/// 正文草稿日志 — the open document editor's unsaved state (metadata and body, and the version it
/// was opened at), kept in the officer's draft store (`OfficerSide.files`, 0600) as a journal:
/// the whole entry first, then one short line per edit appended as it is typed (what changed in
/// the body, the caret, and the metadata when it changed), written before the frame that shows
/// the edit is drawn. So an SSH drop, a restarted service or `kill -9` loses nothing that was on
/// the screen (at most 200 ms of typing). When the keyboard goes idle the journal is
/// compacted back to one whole entry. Offered for recovery on the next start; removed once saved
/// or discarded (vim's swap file, nano's `.save`).
public final class DocumentDraftJournal: @unchecked Sendable {
    /// What is journaled: the edit as a save would send it (so the version check still applies
    /// to a recovered draft), where the caret was, and when.
    public struct Entry: Codable, Sendable, Equatable {
        public var edit: DocumentEdit
        public var caretLine: Int
        public var caretIndex: Int
        public var savedAt: String

        public init(edit: DocumentEdit, caretLine: Int, caretIndex: Int, savedAt: String) {
            self.edit = edit
            self.caretLine = caretLine
            self.caretIndex = caretIndex
            self.savedAt = savedAt
        }
    }

    /// One appended line: the body bytes `at..<at+remove` (UTF-8) became `insert`.
    struct Patch: Codable, Equatable {
        var at: Int
        var remove: Int
        var insert: String
        var caretLine: Int
        var caretIndex: Int
        var savedAt: String
        /// The metadata (body left empty) when it changed since the last line.
        var meta: DocumentEdit?
    }

    /// nil: nothing is journaled (an in-memory workspace).
    public let name: String?
    let injected: (any OfficerFiles)?
    /// The journal's appended part grows to this before it is compacted even while typing.
    static let compactAfter = 256 * 1024

    private let lock = NSLock()
    /// The body and metadata as the journal on disk now reads (nil: nothing written yet).
    private var body: [UInt8]?
    private var meta: DocumentEdit?
    private var appended = 0

    public init(name: String?, files: (any OfficerFiles)? = nil) {
        self.name = name
        injected = files
    }

    /// `<workspace key>.doc-draft-<login>.json` (`DraftKind.documentEdit`, so `gongkai drafts` lists it).
    public static func forWorkspace(_ workspace: String, login: String, files: (any OfficerFiles)? = nil) -> DocumentDraftJournal {
        DocumentDraftJournal(name: DraftKind.documentEdit.fileName(workspace: workspace, login: login), files: files)
    }

    var files: any OfficerFiles { injected ?? OfficerSide.files }

    /// Whether lines were appended since the journal was last written whole.
    public var hasAppended: Bool { lock.lock(); defer { lock.unlock() }; return appended > 0 }

    /// Writes the whole entry, replacing the journal at once (a kill in the middle of it leaves
    /// the previous journal whole).
    public func record(_ entry: Entry) {
        lock.lock(); defer { lock.unlock() }
        writeWhole(entry)
    }

    private func writeWhole(_ entry: Entry) {
        guard let name, var data = try? JSONEncoder().encode(entry) else { return }
        data.append(0x0A)
        guard (try? files.writeDraft(data, name: name)) != nil else { return }
        body = Array(entry.edit.body.utf8)
        meta = Self.metadata(entry.edit)
        appended = 0
    }

    /// Appends what changed since the journal was last written: one line, written now. The
    /// first write, and a journal grown past `compactAfter`, is written whole instead.
    public func append(_ entry: Entry) {
        lock.lock(); defer { lock.unlock() }
        guard let name else { return }
        guard let old = body, appended < Self.compactAfter else { return writeWhole(entry) }
        let new = Array(entry.edit.body.utf8)
        let (at, remove, insert) = Self.difference(old, new)
        let entryMeta = Self.metadata(entry.edit)
        let patch = Patch(at: at, remove: remove, insert: String(decoding: insert, as: UTF8.self),
                          caretLine: entry.caretLine, caretIndex: entry.caretIndex, savedAt: entry.savedAt,
                          meta: entryMeta == meta ? nil : entryMeta)
        guard var data = try? JSONEncoder().encode(patch) else { return }
        data.append(0x0A)
        guard (try? files.appendDraft(data, name: name)) != nil else { return }
        body = new
        meta = entryMeta
        appended += data.count
    }

    /// The journal read back: the whole entry with every complete appended line applied (a line
    /// cut short by a kill is ignored).
    public func load() -> Entry? {
        guard let name, let data = try? files.readDraft(name: name) else { return nil }
        return Self.replay(data)
    }

    static func replay(_ data: Data) -> Entry? {
        let lines = data.split(separator: 0x0A, omittingEmptySubsequences: true)
        guard let first = lines.first, var entry = try? JSONDecoder().decode(Entry.self, from: Data(first)) else { return nil }
        var body = Array(entry.edit.body.utf8)
        for line in lines.dropFirst() {
            guard let p = try? JSONDecoder().decode(Patch.self, from: Data(line)),
                  p.at >= 0, p.remove >= 0, p.at + p.remove <= body.count else { break }
            body.replaceSubrange(p.at..<(p.at + p.remove), with: Array(p.insert.utf8))
            if let meta = p.meta {
                let kept = entry.edit.body
                entry.edit = meta
                entry.edit.body = kept
            }
            entry.caretLine = p.caretLine
            entry.caretIndex = p.caretIndex
            entry.savedAt = p.savedAt
        }
        entry.edit.body = String(decoding: body, as: UTF8.self)
        return entry
    }

    public func remove() {
        lock.lock(); defer { lock.unlock() }
        guard let name else { return }
        try? files.removeDraft(name: name)
        body = nil
        meta = nil
        appended = 0
    }

    static func metadata(_ edit: DocumentEdit) -> DocumentEdit {
        var m = edit
        m.body = ""
        return m
    }

    /// The one changed range between `old` and `new`, on whole UTF-8 characters: the common
    /// prefix and suffix are kept, the middle of `old` is replaced by the middle of `new`.
    static func difference(_ old: [UInt8], _ new: [UInt8]) -> (at: Int, remove: Int, insert: ArraySlice<UInt8>) {
        let limit = min(old.count, new.count)
        // A keystroke changes a few bytes of a body that may be a megabyte: compare in blocks.
        let (prefix, suffix): (Int, Int) = old.withUnsafeBufferPointer { o in
            new.withUnsafeBufferPointer { n in
                guard let ob = o.baseAddress, let nb = n.baseAddress else { return (0, 0) }
                var prefix = 0
                let block = 4096
                while prefix + block <= limit && memcmp(ob + prefix, nb + prefix, block) == 0 { prefix += block }
                while prefix < limit && ob[prefix] == nb[prefix] { prefix += 1 }
                // Back to the start of a character (a continuation byte is 10xxxxxx).
                while prefix > 0 && prefix < n.count && nb[prefix] & 0xC0 == 0x80 { prefix -= 1 }
                while prefix > 0 && prefix < o.count && ob[prefix] & 0xC0 == 0x80 { prefix -= 1 }
                var suffix = 0
                let room = limit - prefix
                while suffix + block <= room
                        && memcmp(ob + o.count - suffix - block, nb + n.count - suffix - block, block) == 0 { suffix += block }
                while suffix < room && ob[o.count - 1 - suffix] == nb[n.count - 1 - suffix] { suffix += 1 }
                while suffix > 0 && nb[n.count - suffix] & 0xC0 == 0x80 { suffix -= 1 }
                return (prefix, suffix)
            }
        }
        return (prefix, old.count - prefix - suffix, new[prefix..<(new.count - suffix)])
    }
}
