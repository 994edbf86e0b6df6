import Foundation
import GRDB
import GongkaiCore

/// 文书 — number patterns, numbering and the letters on an application's timeline.
/// Rendering lives in GongkaiLetters; the service gives the number and records the result.
extension GongkaiService {
    /// 文书编号规则 of a unit (id or name; nil: the officer's own unit).
    public func letterPattern(unit: String? = nil, year: Int? = nil) throws -> UnitLetterPattern {
        let year = year ?? today().year
        return try read { db, access in
            let policy = access.policy
            let unitId = try Self.resolveUnit(db, unit ?? policy.officer.unitId)
            try policy.requireSee(unit: unitId)
            return try Self.unitPattern(db, unitId: unitId, year: year)
        }
    }

    /// 设置文书编号规则 — admins only; audited. `shortName` fills `{unit}`/`{简称}` (nil or empty:
    /// the unit's name).
    public func setLetterPattern(unit: String, pattern text: String, shortName: String?) throws -> UnitLetterPattern {
        try checkInput((pattern: text, shortName: shortName))
        let pattern: LetterNumberPattern
        do { pattern = try LetterNumberPattern(text) } catch { throw ServiceError.invalid(PhraseText(verbatim: error.description)) }
        let short = shortName?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let s = short, s.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw ServiceError.invalid("简称不能含有控制字符")
        }
        let stamp = now()
        let login = actor.login
        let year = today().year
        return try change(.letterPattern, item: nil, require: { try $0.requireAdmin() }) { db in
            let unitId = try Self.resolveUnit(db, unit)
            let before = try Self.unitPattern(db, unitId: unitId, year: year)
            try db.execute(sql: """
                INSERT INTO letterPattern (unitId, pattern, shortName, updatedAt, updatedBy) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(unitId) DO UPDATE SET pattern = excluded.pattern, shortName = excluded.shortName,
                  updatedAt = excluded.updatedAt, updatedBy = excluded.updatedBy
                """, arguments: [unitId, pattern.text, (short?.isEmpty ?? true) ? nil : short, stamp, login])
            let after = try Self.unitPattern(db, unitId: unitId, year: year)
            return (after, ChangeRecord(before: before.isSet ? AuditLog.json(before) : nil,
                                        after: AuditLog.json(after), item: unitId))
        }
    }

    /// 出具文书 — in one transaction: checks the officer may act on the application's unit, takes
    /// the unit's next number for the letter's year, lets `produce` make the file's bytes with that
    /// number, records number, date, format and SHA-256 on the timeline, and writes the audit
    /// entry. If `produce` throws, nothing is recorded and the number is not used up.
    public func issueLetter(_ request: LetterIssueRequest,
                            produce: (_ number: String) throws -> Data) throws -> (record: LetterRecord, data: Data) {
        try checkInput(request)
        guard ["md", "html", "docx"].contains(request.format) else {
            throw ServiceError.invalidValue("文书格式应为 md|html|docx")
        }
        let stamp = now()
        let login = actor.login
        let id = request.applicationId
        return try change(.letterIssue, item: id) { db in
            guard let unitId = try String.fetchOne(db, sql: "SELECT unitId FROM application WHERE id = ?",
                                                   arguments: [id]) else { throw ServiceError.unknownApplication(id) }
            try self.policy(db).requireChange(unit: unitId)
            let year = request.date.year
            let numbering = try Self.unitPattern(db, unitId: unitId, year: year)
            var seq = try Self.lastSeq(db, unitId: unitId, year: year)
            var number: String
            // A pattern changed mid-year could reproduce an earlier number: skip to a free one.
            repeat {
                seq += 1
                number = numbering.pattern.format(unit: numbering.shortName ?? numbering.unitName, year: year, seq: seq)
            } while try Int.fetchOne(db, sql: "SELECT 1 FROM letter WHERE number = ?", arguments: [number]) != nil
            try db.execute(sql: """
                INSERT INTO letterCounter (unitId, year, last) VALUES (?, ?, ?)
                ON CONFLICT(unitId, year) DO UPDATE SET last = excluded.last
                """, arguments: [unitId, year, seq])
            let data = try produce(number)
            let record = LetterRecord(applicationId: id, kind: request.kind, template: request.template, number: number,
                                      date: request.date, format: request.format,
                                      sha256: SHA256.hex(data), officer: login, createdAt: stamp)
            try db.execute(sql: """
                INSERT INTO letter (applicationId, unitId, kind, template, number, year, seq, date, format, sha256,
                                    officer, createdAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, unitId, request.kind.rawValue, request.template, number, year, seq,
                                 request.date.iso, request.format, record.sha256, login, stamp])
            try db.execute(sql: "UPDATE application SET updatedAt = ? WHERE id = ?", arguments: [stamp, id])
            return ((record, data), ChangeRecord(after: AuditLog.json(record)))
        }
    }

    /// 文书记录 of one application, oldest first.
    public func letters(applicationId id: String) throws -> [LetterRecord] {
        try read { db, access in
            guard let unitId = try String.fetchOne(db, sql: "SELECT unitId FROM application WHERE id = ?",
                                                   arguments: [id]) else { throw ServiceError.unknownApplication(id) }
            try access.policy.requireSee(unit: unitId)
            return try Self.letterRecords(db, applicationId: id)
        }
    }

    static func letterRecords(_ db: Database, applicationId id: String) throws -> [LetterRecord] {
        try Row.fetchAll(db, sql: "SELECT * FROM letter WHERE applicationId = ? ORDER BY id", arguments: [id]).map { row in
            guard let kind = LetterKind(rawValue: row["kind"]) else {
                throw CorruptRowError(table: "letter", id: row["number"], column: "kind")
            }
            guard let date = CivilDate(iso: row["date"]) else {
                throw CorruptRowError(table: "letter", id: row["number"], column: "date")
            }
            return LetterRecord(applicationId: id, kind: kind, template: row["template"], number: row["number"],
                                date: date, format: row["format"], sha256: row["sha256"], officer: row["officer"],
                                createdAt: row["createdAt"])
        }
    }

    static func lastSeq(_ db: Database, unitId: String, year: Int) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT last FROM letterCounter WHERE unitId = ? AND year = ?",
                         arguments: [unitId, year]) ?? 0
    }

    static func unitPattern(_ db: Database, unitId: String, year: Int) throws -> UnitLetterPattern {
        guard let unitName = try String.fetchOne(db, sql: "SELECT name FROM unit WHERE id = ?", arguments: [unitId]) else {
            throw ServiceError.unknownUnit(unitId)
        }
        let row = try Row.fetchOne(db, sql: "SELECT pattern, shortName FROM letterPattern WHERE unitId = ?",
                                   arguments: [unitId])
        let pattern = try (row?["pattern"] as String?).map { text in
            do { return try LetterNumberPattern(text) } catch {
                throw CorruptRowError(table: "letterPattern", id: unitId, column: "pattern")
            }
        } ?? .standard
        let short: String? = row?["shortName"]
        let next = pattern.format(unit: short ?? unitName, year: year, seq: try lastSeq(db, unitId: unitId, year: year) + 1)
        return UnitLetterPattern(unitId: unitId, unitName: unitName, pattern: pattern, shortName: short,
                                 isSet: row != nil, next: next, year: year)
    }
}
