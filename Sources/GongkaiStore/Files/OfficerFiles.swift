import Foundation

/// 经办人一侧的文件 — the files an officer receives or keeps while typing (letters, exports,
/// reports, backups, drafts) are written on the officer's side, as the officer: in embedded mode by
/// this process, under `gongkai serve` by the client at the other end of the socket. Code that
/// produces such a file hands its bytes to `OfficerSide.files` and never opens the path itself,
/// so a session running inside the service can never be made to read or write a path an officer
/// chose (Docs/管理员指南.md).
public protocol OfficerFiles: Sendable {
    /// Creates or replaces the file at `path` with `data`, mode 0600, never following a symbolic
    /// link at `path` (a link planted there is replaced), and leaving the old file whole when the
    /// write fails; "-" writes to the officer's standard output. A relative path is relative to
    /// the officer's working directory, and its missing directories are created (0700); an
    /// absolute path's directory must exist. Throws `OfficerFileError` when the file could not be
    /// written completely.
    func write(_ data: Data, to path: String) throws

    /// Reads a file the officer named (`--body-file`, an import, a template to install), as the
    /// officer: a session inside the service never opens such a path with the service's rights.
    func read(_ path: String) throws -> Data

    /// 草稿 — the officer's draft store (`$XDG_STATE_HOME/gongkai/`, directory 0700, files 0600,
    /// opened without following symbolic links). `name` is a plain file name chosen by the program.
    func writeDraft(_ data: Data, name: String) throws
    /// Appends to a draft journal (created 0600 when missing).
    func appendDraft(_ data: Data, name: String) throws
    /// The draft's bytes, or nil when there is none.
    func readDraft(name: String) throws -> Data?
    func removeDraft(name: String) throws
    /// The drafts kept for this officer, with when each was last written.
    func listDrafts() throws -> [OfficerDraftFile]
}

/// One file in the officer's draft store.
public struct OfficerDraftFile: Codable, Sendable, Equatable {
    public var name: String
    public var modified: Date
    public var size: Int

    public init(name: String, modified: Date, size: Int) {
        self.name = name
        self.modified = modified
        self.size = size
    }
}
