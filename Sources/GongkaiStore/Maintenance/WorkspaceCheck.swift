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
        public var detail: String
    }
    public var workspace: String
    public var findings: [Finding]
    public var ok: Bool { findings.allSatisfy(\.ok) }
}

extension Workspace {
    /// Runs every check read-only; safe while other officers work.
    public func check() throws -> WorkspaceCheckReport {
        try writer.read { db in
            var findings: [WorkspaceCheckReport.Finding] = []
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            findings.append(.init(check: "integrity", ok: integrity == ["ok"],
                                  detail: integrity == ["ok"] ? "SQLite integrity_check: ok" : integrity.prefix(10).joined(separator: "; ")))
            let fk = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            findings.append(.init(check: "foreign-keys", ok: fk.isEmpty,
                                  detail: fk.isEmpty ? "外键一致" : "\(fk.count) 条记录引用了不存在的记录"))
            let triggers = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'auditLog'")
            let protected = Set(triggers).isSuperset(of: ["auditLog_no_update", "auditLog_no_delete"])
            findings.append(.init(check: "audit-append-only", ok: protected,
                                  detail: protected ? "审计日志的防修改触发器在位" : "审计日志缺少防修改触发器"))
            // Every document and application has the audit record of its creation; generated
            // demo rows (ids `D2024-G…`, `A2024-G…`) are covered by their one `demo.generate` entry.
            let generated = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM auditLog WHERE action = 'demo.generate'") ?? 0
            for (table, action, letter) in [("document", "document.add", "D"), ("application", "application.add", "A")] {
                let coveredByGeneration = generated > 0 ? "t.id GLOB '\(letter)[0-9][0-9][0-9][0-9]-G*'" : "0"
                let missing = try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM \(table) t WHERE NOT (\(coveredByGeneration)) AND NOT EXISTS (
                      SELECT 1 FROM auditLog a WHERE a.item = t.id AND a.action = ?)
                    """, arguments: [action]) ?? 0
                findings.append(.init(check: "audit-\(table)", ok: missing == 0,
                                      detail: missing == 0 ? "每条\(table == "document" ? "文件" : "申请")都有登记的审计记录"
                                                           : "\(missing) 条\(table == "document" ? "文件" : "申请")没有登记的审计记录"))
            }
            // Stored codes parse (a hand-edited file shows up here, not as a crash later).
            let badApplicants = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM application WHERE applicantType NOT IN (\(ApplicantType.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",")))
                   OR channel NOT IN (\(ReceiptChannel.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",")))
                """) ?? 0
            findings.append(.init(check: "codes", ok: badApplicants == 0,
                                  detail: badApplicants == 0 ? "申请人类型、申请方式代码有效" : "\(badApplicants) 件申请的代码无效"))
            findings.append(try Workspace.searchIndexFinding(db))
            return WorkspaceCheckReport(workspace: path, findings: findings)
        }
    }

    /// 备份 — SQLite's online backup into a new file (0600), consistent while others write.
    public func backup(to destination: String) throws {
        let fm = FileManager.default
        guard !fm.fileExists(atPath: destination) else {
            throw OpenError.cannotCreateFile(destination, "文件已存在，不覆盖")
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
