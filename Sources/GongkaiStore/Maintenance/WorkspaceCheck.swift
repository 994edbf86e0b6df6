import Foundation
import GRDB
import GongkaiCore

/// 工作区检查 — what `gongkai check` reports: SQLite's own integrity and foreign-key checks, and
/// the project's consistency rules (stored codes parse, every item has its audit record, the
/// append-only triggers are in place).
public struct WorkspaceCheckReport: Codable, Sendable, Equatable {
    public struct Finding: Codable, Sendable, Equatable {
        public var check: String
        public var ok: Bool
        /// What was found, read in either language (StoreText.Maintenance).
        public var text: PhraseText
        /// The finding in the language in force; JSON carries the Chinese.
        public var detail: String { text.text() }

        public init(check: String, ok: Bool, text: PhraseText) {
            self.check = check
            self.ok = ok
            self.text = text
        }

        private enum CodingKeys: String, CodingKey { case check, ok, detail }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            self.init(check: try c.decode(String.self, forKey: .check), ok: try c.decode(Bool.self, forKey: .ok),
                      text: PhraseText(verbatim: try c.decode(String.self, forKey: .detail)))
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(check, forKey: .check)
            try c.encode(ok, forKey: .ok)
            try c.encode(text.text(in: .zh), forKey: .detail)
        }
    }
    public var workspace: String
    public var findings: [Finding]
    public var ok: Bool { findings.allSatisfy(\.ok) }
}

extension Workspace {
    /// 新建记录的审计动作 — every audited way a document or an application comes into being:
    /// `doc add` / `app add` (and `init --demo`, which writes the same actions), `import
    /// documents` / `import applications` (one entry per record). A new way of creating records
    /// adds its action here, or `check` reports its records as unaudited.
    static let creationActions: [String: [AuditAction]] = [
        "document": [.documentAdd, .documentImport],
        "application": [.applicationAdd, .applicationImport],
    ]

    /// Runs every check read-only; safe while other officers work.
    public func check() throws -> WorkspaceCheckReport {
        try writer.read { db in
            var findings: [WorkspaceCheckReport.Finding] = []
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            findings.append(.init(check: "integrity", ok: integrity == ["ok"],
                                  text: PhraseText(verbatim: integrity == ["ok"] ? "SQLite integrity_check: ok" : integrity.prefix(10).joined(separator: "; "))))
            let fk = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            findings.append(.init(check: "foreign-keys", ok: fk.isEmpty,
                                  text: fk.isEmpty ? StoreText.Maintenance.foreignKeysOK.with() : StoreText.Maintenance.foreignKeysBad.with(["\(fk.count)"])))
            let triggers = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'auditLog'")
            let protected = Set(triggers).isSuperset(of: ["auditLog_no_update", "auditLog_no_delete"])
            findings.append(.init(check: "audit-append-only", ok: protected,
                                  text: (protected ? StoreText.Maintenance.auditProtected : StoreText.Maintenance.auditUnprotected).with()))
            // Every document and application has the audit record of its creation, by every
            // audited way a record is created (`Workspace.creationActions`: added, imported, demo
            // data); generated demo rows (ids `D2024-G…`, `A2024-G…`) are covered by their one
            // `demo.generate` entry.
            let generated = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM auditLog WHERE action = ?",
                                           arguments: [AuditAction.demoGenerate.rawValue]) ?? 0
            for (table, letter) in [("document", "D"), ("application", "A")] {
                let actions = Workspace.creationActions[table] ?? []
                let coveredByGeneration = generated > 0 ? "t.id GLOB '\(letter)[0-9][0-9][0-9][0-9]-G*'" : "0"
                let missing = try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM \(table) t WHERE NOT (\(coveredByGeneration)) AND NOT EXISTS (
                      SELECT 1 FROM auditLog a WHERE a.item = t.id
                      AND a.action IN (\(actions.map { _ in "?" }.joined(separator: ","))))
                    """, arguments: StatementArguments(actions.map(\.rawValue))) ?? 0
                findings.append(.init(check: "audit-\(table)", ok: missing == 0,
                                      text: missing == 0
                                        ? (table == "document" ? StoreText.Maintenance.documentsAudited : StoreText.Maintenance.applicationsAudited).with()
                                        : (table == "document" ? StoreText.Maintenance.documentsUnaudited : StoreText.Maintenance.applicationsUnaudited)
                                            .with(["\(missing)"])))
            }
            // Stored codes parse (a hand-edited file shows up here, not as a crash later).
            let badApplicants = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM application WHERE applicantType NOT IN (\(ApplicantType.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",")))
                   OR channel NOT IN (\(ReceiptChannel.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",")))
                """) ?? 0
            findings.append(.init(check: "codes", ok: badApplicants == 0,
                                  text: badApplicants == 0 ? StoreText.Maintenance.codesOK.with() : StoreText.Maintenance.codesBad.with(["\(badApplicants)"])))
            findings.append(try Workspace.searchIndexFinding(db))
            return WorkspaceCheckReport(workspace: path, findings: findings)
        }
    }

    /// 备份 — SQLite's online backup into a new file (0600), consistent while others write.
    public func backup(to destination: String) throws {
        let fm = FileManager.default
        guard !fm.fileExists(atPath: destination) else {
            throw OpenError.cannotCreateFile(destination, StoreText.Maintenance.backupExists.text())
        }
        let fd = Foundation.open(destination, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard fd >= 0 else { throw OpenError.cannotCreateFile(destination, String(cString: strerror(errno))) }
        close(fd)
        do {
            let target = try DatabaseQueue(path: destination)
            try writer.backup(to: target)
            try target.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
            try target.close()
        } catch {
            try? fm.removeItem(atPath: destination)
            throw error
        }
    }
}
