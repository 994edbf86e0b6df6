import Foundation
import GRDB
import GongkaiCore

/// 立改废 — amending and repealing 规章 and 行政规范性文件, and their register with the annual
/// report's counts (Docs/领域规则.md §6; table 二 第二十条第（一）项). A document enters the register
/// once signed (已签发 or 已发布): a draft has not been issued.
extension GongkaiService {
    /// The states in which a 规章 or 规范性文件 has been issued.
    static let issuedStates = "('approved','published')"

    /// 修改 — document `id` is amended by `amendingId`; the amendment applies from the amending
    /// document's 成文日期.
    public func amendDocument(id: String, by amendingId: String) throws -> DocumentDetail {
        guard id != amendingId else { throw ServiceError.invalid(StoreText.Documents.amendSelf.with()) }
        let today = self.today()
        try change(.documentAmend, item: id) { db in
            let policy = try self.policy(db)
            let target = try Self.registeredRow(db, id: id)
            try policy.requireChange(unit: target["unitId"])
            guard let amending = try Row.fetchOne(db, sql: "SELECT id, unitId, formed, state FROM document WHERE id = ?",
                                                  arguments: [amendingId]) else { throw Self.noDocument(amendingId) }
            try policy.requireSee(unit: amending["unitId"])
            guard let on = CivilDate(iso: amending["formed"]) else {
                throw CorruptRowError(table: "document", id: amendingId, column: "formed")
            }
            if let repealed = target["repealedOn"] as String? {
                throw ServiceError.conflict(StoreText.Documents.repealedNoAmend.with([id, "\(repealed)"]))
            }
            guard on >= (CivilDate(iso: target["formed"]) ?? on) else {
                throw ServiceError.invalid(StoreText.Documents.amendBeforeFormed.with([amendingId, on.iso, id]))
            }
            guard on <= today else { throw ServiceError.invalid(StoreText.Documents.amendInFuture.with([on.iso])) }
            let before = ["amendedBy": target["amendedBy"] as String? ?? "", "amendedOn": target["amendedOn"] as String? ?? ""]
            try db.execute(sql: "UPDATE document SET amendedBy = ?, amendedOn = ?, updatedAt = ? WHERE id = ?",
                           arguments: [amendingId, on.iso, self.now(), id])
            return ((), ChangeRecord(before: AuditLog.json(before),
                                     after: AuditLog.json(["amendedBy": amendingId, "amendedOn": on.iso])))
        }
        return try document(id: id)
    }

    /// 废止 — document `id` is repealed from `date` (the first day it no longer applies).
    public func repealDocument(id: String, date: CivilDate) throws -> DocumentDetail {
        try checkInput(date, field: "date")
        try change(.documentRepeal, item: id) { db in
            let target = try Self.registeredRow(db, id: id)
            try self.policy(db).requireChange(unit: target["unitId"])
            if let repealed = target["repealedOn"] as String? {
                throw ServiceError.conflict(StoreText.Documents.alreadyRepealed.with([id, "\(repealed)"]))
            }
            if let formed = CivilDate(iso: target["formed"]), date < formed {
                throw ServiceError.invalid(StoreText.Documents.repealBeforeFormed.with([date.iso, formed.iso]))
            }
            try db.execute(sql: "UPDATE document SET repealedOn = ?, updatedAt = ? WHERE id = ?",
                           arguments: [date.iso, self.now(), id])
            return ((), ChangeRecord(after: AuditLog.json(["repealedOn": date.iso])))
        }
        return try document(id: id)
    }

    /// 台账 — the 规章 and 规范性文件 the officer sees, issued by the end of `year` (default: this
    /// year), with their status on 31 December (today for the current year) and the year's counts.
    public func documentRegister(year: Int? = nil) throws -> DocumentRegister {
        try checkInput(year, field: "year")
        let today = self.today()
        let year = year ?? today.year
        let yearEnd = CivilDate(year: year, month: 12, day: 31)!
        let asOf = min(yearEnd, today)
        return try read { db, access in
            let scope = access.scope
            var args: StatementArguments = [yearEnd.iso]
            args += scope.arguments
            let rows = try Row.fetchAll(db, sql: """
                SELECT d.*, u.name AS unitName FROM document d JOIN unit u ON u.id = d.unitId
                WHERE d.type IN ('regulation','normative') AND d.state IN \(Self.issuedStates)
                  AND d.formed <= ? AND \(scope.sql("d.unitId"))
                ORDER BY d.type, d.formed, d.id
                """, arguments: args)
            let lines = try rows.map { row -> RegisterLine in
                let entry = try Self.registerEntry(row)
                return RegisterLine(entry: entry, status: entry.status(on: asOf),
                                    state: DocumentState(rawValue: row["state"]) ?? .approved, unitName: row["unitName"],
                                    needsEvaluation: entry.needsEvaluation(today: asOf), validityHint: entry.validityHint)
            }
            return DocumentRegister(year: year, asOf: asOf, entries: lines,
                                    counts: RegisterYearCounts.compute(lines.map(\.entry), year: year))
        }
    }

    /// 文件将到期 — 规章 and 规范性文件 in force whose validity ends within 6 months: they are to be
    /// evaluated before they lapse (the review inbox's `normative-expiring`).
    static func expiringSQL(_ scope: UnitScope) -> String {
        """
        SELECT * FROM document d
        WHERE d.type IN ('regulation','normative') AND +d.state IN \(issuedStates)
          AND d.validUntil IS NOT NULL AND d.validUntil >= ? AND d.repealedOn IS NULL AND \(scope.sql("+d.unitId"))
        ORDER BY d.validUntil, d.id
        """
    }

    /// Read through the partial index of documents with a validity period (`+d.state` and `+d.unitId` keep the
    /// planner off the state and unit indexes, which would read every issued document's row, bodies included).
    func expiringItems(_ db: Database, scope: UnitScope, today: CivilDate) throws -> [ReviewItem] {
        var args: StatementArguments = [today.iso]
        args += scope.arguments
        let rows = try Row.fetchAll(db, sql: Self.expiringSQL(scope), arguments: args)
        return try rows.compactMap { row in
            let entry = try Self.registerEntry(row)
            guard entry.needsEvaluation(today: today), let end = entry.validUntil else { return nil }
            let type = entry.type.displayName
            return ReviewItem(kind: .normativeExpiring, id: entry.id, title: entry.title, due: end,
                              reason: StoreText.Review.normativeExpiring.text([type, end.iso]),
                              overdue: false)
        }
    }

    static func registeredRow(_ db: Database, id: String) throws -> Row {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM document WHERE id = ?", arguments: [id]) else {
            throw noDocument(id)
        }
        guard let type = DocumentType(rawValue: row["type"]), RegisterEntry.isRegistered(type) else {
            throw ServiceError.invalid(StoreText.Documents.notRegistered.with([id]))
        }
        guard ["approved", "published"].contains(row["state"] as String) else {
            throw ServiceError.invalid(StoreText.Documents.notIssued.with([id]))
        }
        return row
    }

    static func registerEntry(_ row: Row) throws -> RegisterEntry {
        let id: String = row["id"]
        guard let type = DocumentType(rawValue: row["type"]) else { throw CorruptRowError(table: "document", id: id, column: "type") }
        guard let issued = CivilDate(iso: row["formed"]) else { throw CorruptRowError(table: "document", id: id, column: "formed") }
        return RegisterEntry(id: id, title: row["title"], docNumber: row["docNumber"], type: type, issued: issued,
                             validUntil: try optionalDate(row, "validUntil", id: id), amendedBy: row["amendedBy"],
                             amendedOn: try optionalDate(row, "amendedOn", id: id),
                             repealed: try optionalDate(row, "repealedOn", id: id))
    }
}
