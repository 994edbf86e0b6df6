import Foundation
import GRDB
import GongkaiCore

/// 备份 — a copy of the whole workspace holds every unit's personal data: only an admin takes
/// one (`AccessPolicy.requireAdmin`, rule admin-only), and each backup is in the audit log
/// (`workspace.backup`, with its size and SHA-256). The bytes are handed back to be written on
/// the admin's side (`OfficerSide.files`, 0600); the service never writes a path the caller chose.
extension GongkaiService {
    /// What the audit entry of a backup records.
    public struct BackupRecord: Codable, Sendable, Equatable {
        public var bytes: Int
        public var sha256: String
        /// Where the caller said it would write it (as given; for the log only).
        public var destination: String
    }

    /// An online backup (SQLite backup API, consistent while others write) as bytes; refused
    /// before any work unless the officer is an admin.
    public func backupData(destination: String) throws -> Data {
        try read { db, access in try access.policy.requireAdmin() }
        let template = NSTemporaryDirectory() + "gongkai-backup-XXXXXX"
        var buffer = Array(template.utf8CString)
        guard let made = mkdtemp(&buffer) else {
            throw Workspace.OpenError.cannotCreateFile(template, String(cString: strerror(errno)))
        }
        let dir = String(cString: made)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/backup.sqlite"
        try workspace.backup(to: file)
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        let record = BackupRecord(bytes: data.count, sha256: SHA256.hex(data), destination: destination)
        try change(.workspaceBackup, item: nil, require: { try $0.requireAdmin() }) { _ in
            ((), ChangeRecord(after: AuditLog.json(record)))
        }
        return data
    }
}
