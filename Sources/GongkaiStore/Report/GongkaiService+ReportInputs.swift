import Foundation
import GRDB
import GongkaiCore

/// 年度报告的填报内容 — what the officer enters for the annual report: table 二's figures
/// (第二十条第（五）（六）（八）项), table 四's cases, and the narrative sections 一、五、六. Every
/// write goes through `change` (audited); a unit's inputs are changed by its own officers and the
/// county office.
extension GongkaiService {
    /// 填报表二数字 — replaces the unit's figures for the year. Refused (nothing changed) when a
    /// figure breaks `ReportFigures.validationErrors`, or for the county-wide report, whose figures
    /// are the units' sum.
    @discardableResult
    public func setFigures(year: Int, scope: ReportScope, figures: ReportFigures) throws -> ReportFigures {
        try checkInput(year, field: "year")
        guard case .unit(let unitId) = scope else {
            throw ServiceError.invalid(StoreText.Reports.countyFigures.with())
        }
        let errors = figures.validationErrors
        guard errors.isEmpty else { throw ServiceError.invalidValue(PhraseText(verbatim: errors.joined(separator: StoreText.Reports.errorSeparator.text(in: .zh)))) }
        let today = self.today(), stamp = now(), login = actor.login
        return try change(.reportFigures, item: "report-\(year)") { db in
            try Self.requireChange(scope, try self.policy(db), db)
            try Self.checkYear(year, today: today)
            let before = try Self.storedFigures(db, year: year, unitId: unitId)
            let existed = try Bool.fetchOne(db, sql: "SELECT 1 FROM reportFigures WHERE unitId = ? AND year = ?",
                                            arguments: [unitId, year]) ?? false
            try db.execute(sql: """
                INSERT INTO reportFigures (unitId, year, licensing, penalty, compulsion, fee, updatedAt, updatedBy)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(unitId, year) DO UPDATE SET licensing = excluded.licensing, penalty = excluded.penalty,
                  compulsion = excluded.compulsion, fee = excluded.fee, updatedAt = excluded.updatedAt,
                  updatedBy = excluded.updatedBy
                """, arguments: [unitId, year, figures.licensingDecisions, figures.penaltyDecisions,
                                 figures.compulsionDecisions, figures.feeAmount.description, stamp, login])
            return (figures, ChangeRecord(before: existed ? Self.figuresJSON(before, unitId: unitId) : nil,
                                          after: Self.figuresJSON(figures, unitId: unitId)))
        }
    }

    /// 填报数字 of one unit and year as stored (zeros when nothing was entered); the county-wide sum for `.county`.
    public func figures(year: Int, scope: ReportScope) throws -> ReportFigures {
        try checkInput(year, field: "year")
        return try read { db, access in
            try Self.requireSee(scope, access.policy, db)
            return try Self.storedFigures(db, year: year, unitId: scope.unitId)
        }
    }

    static func figuresJSON(_ f: ReportFigures, unitId: String) -> String {
        AuditLog.json(["unit": unitId, "licensing": String(f.licensingDecisions), "penalty": String(f.penaltyDecisions),
                       "compulsion": String(f.compulsionDecisions), "fee": ReportFigures.formatAmount(f.feeAmount)])
    }

    // MARK: Narrative

    /// 编写 一、五、六 — saves a narrative section's text for the scope's report of the year.
    public func setNarrative(year: Int, scope: ReportScope, section: ReportSection, text: String) throws {
        try checkInput(text, field: "narrative")
        guard section.isNarrative else {
            throw ServiceError.invalid(PhraseText { StoreText.Reports.notNarrative.text([section.displayName]) })
        }
        let today = self.today(), stamp = now(), login = actor.login
        // One newline convention, whatever the terminal or a pasted file sent.
        let body = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        try change(.reportNarrative, item: "report-\(year)") { db in
            try Self.requireChange(scope, try self.policy(db), db)
            try Self.checkYear(year, today: today)
            let before = try String.fetchOne(db, sql: """
                SELECT text FROM reportNarrative WHERE scope = ? AND year = ? AND section = ?
                """, arguments: [scope.key, year, section.rawValue])
            try db.execute(sql: """
                INSERT INTO reportNarrative (scope, year, section, text, updatedAt, updatedBy) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(scope, year, section) DO UPDATE SET text = excluded.text, updatedAt = excluded.updatedAt,
                  updatedBy = excluded.updatedBy
                """, arguments: [scope.key, year, section.rawValue, body, stamp, login])
            return ((), ChangeRecord(before: before.map { AuditLog.json(["scope": scope.key, "section": section.rawValue, "text": $0]) },
                                     after: AuditLog.json(["scope": scope.key, "section": section.rawValue, "text": body])))
        }
    }

    // MARK: Cases (table 四)

    /// 登记复议诉讼案件 — allocates `RC<filed year>-<sequence>`.
    public func addReviewCase(_ input: ReviewCaseInput) throws -> RecordedReviewCase {
        try checkInput(input)
        guard input.validationErrors.isEmpty else {
            throw ServiceError.invalidValue(PhraseText { input.validationErrors.joined(separator: StoreText.Reports.errorSeparator.text()) })
        }
        let stamp = now()
        let id: String = try change(.reportCaseAdd, item: nil) { db in
            let unitId = try Self.caseUnit(db, input, policy: try self.policy(db))
            let prefix = "RC\(input.filedYear)-"
            let last = try Int.fetchOne(db, sql: "SELECT MAX(CAST(substr(id, ?) AS INTEGER)) FROM reviewCase WHERE id LIKE ?",
                                        arguments: [prefix.count + 1, prefix + "%"]) ?? 0
            let id = prefix + String(format: "%04d", last + 1)
            try db.execute(sql: """
                INSERT INTO reviewCase (id, kind, filedYear, filedDate, result, decidedYear, decidedDate, unitId,
                                        applicationId, note, createdAt, updatedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, input.kind.rawValue, input.filedYear, input.filedDate?.iso, input.result.rawValue,
                                 input.decidedYear, input.decidedDate?.iso, unitId, Self.blank(input.applicationId),
                                 Self.blank(input.note), stamp, stamp])
            return (id, ChangeRecord(after: AuditLog.json(input)))
        }
        return try reviewCase(id: id)
    }

    /// 更正复议诉讼案件 — replaces a case's fields (typically: the result once decided).
    public func updateReviewCase(id: String, _ input: ReviewCaseInput) throws -> RecordedReviewCase {
        try checkInput(input)
        guard input.validationErrors.isEmpty else {
            throw ServiceError.invalidValue(PhraseText { input.validationErrors.joined(separator: StoreText.Reports.errorSeparator.text()) })
        }
        let stamp = now()
        try change(.reportCaseUpdate, item: id) { db in
            let p = try self.policy(db)
            guard let old = try Self.reviewCaseRows(db, unitId: nil, id: id).first else {
                throw ServiceError.notFound(StoreText.Reports.noCase.with([id]))
            }
            try p.requireChange(unit: old.unitId)
            var input = input
            if input.unit == nil { input.unit = old.unitId }
            let unitId = try Self.caseUnit(db, input, policy: p)
            try db.execute(sql: """
                UPDATE reviewCase SET kind = ?, filedYear = ?, filedDate = ?, result = ?, decidedYear = ?, decidedDate = ?,
                  unitId = ?, applicationId = ?, note = ?, updatedAt = ? WHERE id = ?
                """, arguments: [input.kind.rawValue, input.filedYear, input.filedDate?.iso, input.result.rawValue,
                                 input.decidedYear, input.decidedDate?.iso, unitId, Self.blank(input.applicationId),
                                 Self.blank(input.note), stamp, id])
            return ((), ChangeRecord(before: AuditLog.json(old), after: AuditLog.json(input)))
        }
        return try reviewCase(id: id)
    }

    /// One case, when the officer may see its unit.
    public func reviewCase(id: String) throws -> RecordedReviewCase {
        try read { db, access in
            guard let c = try Self.reviewCaseRows(db, unitId: nil, id: id).first else {
                throw ServiceError.notFound(StoreText.Reports.noCase.with([id]))
            }
            try access.policy.requireSee(unit: c.unitId)
            return c
        }
    }

    /// 案件列表 — the cases of the scope (nil: everything the officer sees), those counted in
    /// `year`'s table 四 only when a year is given; by filing year and id.
    public func reviewCases(year: Int? = nil, scope: ReportScope? = nil) throws -> [RecordedReviewCase] {
        try checkInput(year, field: "year")
        return try read { db, access in
            let p = access.policy
            if let scope { try Self.requireSee(scope, p, db) }
            let unitId = scope?.unitId ?? (p.seesAllUnits ? nil : p.officer.unitId)
            let all = try Self.reviewCaseRows(db, unitId: unitId)
            guard let year else { return all }
            return all.filter { $0.reviewCase.column(in: year) != nil }
        }
    }

    static func reviewCaseRows(_ db: Database, unitId: String?, id: String? = nil) throws -> [RecordedReviewCase] {
        var clauses = ["1"]
        var args: StatementArguments = []
        if let unitId { clauses.append("c.unitId = ?"); args += [unitId] }
        if let id { clauses.append("c.id = ?"); args += [id] }
        return try Row.fetchAll(db, sql: """
            SELECT c.*, u.name AS unitName FROM reviewCase c JOIN unit u ON u.id = c.unitId
            WHERE \(clauses.joined(separator: " AND ")) ORDER BY c.filedYear, c.id
            """, arguments: args).map { row in
            let id: String = row["id"]
            func bad(_ column: String) -> CorruptRowError { CorruptRowError(table: "reviewCase", id: id, column: column) }
            guard let kind = ReviewCaseKind(rawValue: row["kind"]) else { throw bad("kind") }
            guard let result = ReviewResult(rawValue: row["result"]) else { throw bad("result") }
            return RecordedReviewCase(id: id, kind: kind, filedYear: row["filedYear"],
                                      filedDate: (row["filedDate"] as String?).flatMap(CivilDate.init(iso:)),
                                      result: result, decidedYear: row["decidedYear"],
                                      decidedDate: (row["decidedDate"] as String?).flatMap(CivilDate.init(iso:)),
                                      unitId: row["unitId"], unitName: row["unitName"],
                                      applicationId: row["applicationId"], note: row["note"])
        }
    }

    /// The case's unit: as given, else the linked application's, else the officer's own; the
    /// officer must be allowed to change it, and a linked application must exist.
    static func caseUnit(_ db: Database, _ input: ReviewCaseInput, policy p: AccessPolicy) throws -> String {
        var appUnit: String?
        if let app = blank(input.applicationId) {
            guard let u = try String.fetchOne(db, sql: "SELECT unitId FROM application WHERE id = ?", arguments: [app]) else {
                throw ServiceError.unknownApplication(app)
            }
            appUnit = u
        }
        let unitId: String
        if let u = blank(input.unit) {
            unitId = try resolveUnit(db, u)
        } else {
            unitId = appUnit ?? p.officer.unitId
        }
        try p.requireChange(unit: unitId)
        return unitId
    }

    static func blank(_ s: String?) -> String? {
        let t = s?.trimmingCharacters(in: .whitespacesAndNewlines)
        return (t?.isEmpty ?? true) ? nil : t
    }
}
