import Foundation
import GRDB
import GongkaiCore

/// 政府信息公开工作年度报告 — computed live from the records, checked, and filed (frozen) — 条例第四十九条、
/// 第五十条; format 国办公开办函〔2021〕30号; Docs/年度报告.md.
extension GongkaiService {
    /// 报告范围 from what the officer typed: nothing → the officer's own unit; `county`/`全县` → the
    /// county-wide report; otherwise a unit's id or name.
    public func reportScope(_ text: String?) throws -> ReportScope {
        let t = (text ?? "").trimmingCharacters(in: .whitespaces)
        if ReportScope.countyWords.contains(t) { return .county }
        return try read { db, access in
            if t.isEmpty { return .unit(access.policy.officer.unitId) }
            return .unit(try Self.resolveUnit(db, t))
        }
    }

    /// 生成年度报告 — the report of `year` for `scope`, computed from the records now: table 三 from
    /// the applications and their events, table 四 from the recorded cases, table 二 from the
    /// register source and the entered figures; the narrative sections as saved; the checks,
    /// including 上年结转 against last year's latest FILED report when there is one.
    public func annualReport(year: Int, scope: ReportScope,
                             progress: (Int, Int) -> Void = { _, _ in }) throws -> AnnualReportResult {
        try checkInput(year, field: "year")
        let today = self.today()
        return try read { db, access in
            try Self.requireSee(scope, access.policy, db)
            try Self.checkYear(year, today: today)
            return try Self.computeReport(db, year: year, scope: scope, progress: progress)
        }
    }

    /// 报送 — freezes the report as it is computed now, as the next version (1, 2, …), with who
    /// and when; reviewers and admins only, of their own unit (the county office: any unit and the
    /// county-wide report). Failed checks do not stop filing — they are in the returned value and
    /// in the snapshot's own checks — because 上年结转 can only be mended by re-filing last year.
    public func fileReport(year: Int, scope: ReportScope) throws -> FiledReport {
        try checkInput(year, field: "year")
        let today = self.today()
        let stamp = now()
        let login = actor.login
        return try change(.reportFile, item: "report-\(year)", require: { try $0.requireReviewer() }) { db in
            try Self.requireChange(scope, try self.policy(db), db)
            try Self.checkYear(year, today: today)
            let result = try Self.computeReport(db, year: year, scope: scope)
            let version = (try Int.fetchOne(db, sql: "SELECT MAX(version) FROM filedReport WHERE scope = ? AND year = ?",
                                            arguments: [scope.key, year]) ?? 0) + 1
            let filed = FiledReport(year: year, unit: scope.unitId, version: version, filedAt: stamp,
                                    filedBy: login, report: result.report)
            try db.execute(sql: """
                INSERT INTO filedReport (scope, year, version, filedAt, filedBy, snapshot) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [scope.key, year, version, stamp, login, AuditLog.json(result.report)])
            let after = AuditLog.json(["scope": scope.key, "year": String(year), "version": String(version),
                                       "checksFailed": String(result.checks.filter { !$0.ok }.count)])
            return (filed, ChangeRecord(after: after))
        }
    }

    /// 已报送的报告 of `year`: of one scope, or (nil) every scope the officer may see; oldest first.
    public func filedReports(year: Int, scope: ReportScope? = nil) throws -> [FiledReport] {
        try checkInput(year, field: "year")
        return try read { db, access in
            let p = access.policy
            if let scope { try Self.requireSee(scope, p, db) }
            var sql = "SELECT * FROM filedReport WHERE year = ?"
            var args: StatementArguments = [year]
            if let scope {
                sql += " AND scope = ?"
                args += [scope.key]
            } else if !p.seesAllUnits {
                sql += " AND scope = ?"
                args += [p.officer.unitId]
            }
            return try Row.fetchAll(db, sql: sql + " ORDER BY scope = '*' DESC, scope, version", arguments: args)
                .map(Self.filedReport)
        }
    }

    // MARK: Computing

    static func computeReport(_ db: Database, year: Int, scope: ReportScope,
                              progress: (Int, Int) -> Void = { _, _ in }) throws -> AnnualReportResult {
        let unitId = scope.unitId
        let unitName: String
        if let unitId {
            guard let name = try String.fetchOne(db, sql: "SELECT name FROM unit WHERE id = ?", arguments: [unitId]) else {
                throw ServiceError.unknownUnit(unitId)
            }
            unitName = name
        } else {
            unitName = countyWideName
        }
        let applications = try ApplicationTallySource.tallies(db, year: year, unitId: unitId, progress: progress)
        let cases = try reviewCaseRows(db, unitId: unitId).map(\.reviewCase)
        let register = try RegisterSource.counts(db, unitId: unitId, year: year)
        let figures = try storedFigures(db, year: year, unitId: unitId)
        var report = AnnualReport.computed(year: year, unitId: unitId, unitName: unitName,
                                           applications: .computed(year: year, tallies: applications.tallies),
                                           cases: cases, register: register, figures: figures)
        for row in try Row.fetchAll(db, sql: "SELECT section, text FROM reportNarrative WHERE scope = ? AND year = ?",
                                    arguments: [scope.key, year]) {
            if let section = ReportSection(rawValue: row["section"]), section.isNarrative {
                report[narrative: section] = row["text"]
            }
        }
        let previous = try latestFiled(db, year: year - 1, scope: scope)
        let relevantFacts = applications.factsWithProblems.filter { $0.received.year == year || $0.isOpen(atEndOf: year - 1) }
        let problems = relevantFacts.flatMap(\.problems) + cases.filter { $0.column(in: year) != nil }.flatMap(\.problems)
        let filedVersion = try Int.fetchOne(db, sql: "SELECT MAX(version) FROM filedReport WHERE scope = ? AND year = ?",
                                            arguments: [scope.key, year])
        return AnnualReportResult(report: report, checks: report.checkSummary(previousYear: previous?.report),
                                  dataProblems: problems, filedVersion: filedVersion,
                                  previousFiledVersion: previous?.version)
    }

    /// 全县 — the name printed in the county-wide report's title.
    static let countyWideName = "全县"

    /// The entered figures of one unit for the year, or the sum over every unit (county-wide).
    static func storedFigures(_ db: Database, year: Int, unitId: String?) throws -> ReportFigures {
        var sql = "SELECT * FROM reportFigures WHERE year = ?"
        var args: StatementArguments = [year]
        if let unitId {
            sql += " AND unitId = ?"
            args += [unitId]
        }
        return try Row.fetchAll(db, sql: sql, arguments: args).reduce(ReportFigures()) { sum, row in
            guard let fee = Decimal(string: row["fee"], locale: Locale(identifier: "en_US_POSIX")) else {
                throw CorruptRowError(table: "reportFigures", id: "\(row["unitId"] as String)/\(year)", column: "fee")
            }
            return sum + ReportFigures(licensingDecisions: row["licensing"], penaltyDecisions: row["penalty"],
                                       compulsionDecisions: row["compulsion"], feeAmount: fee)
        }
    }

    static func latestFiled(_ db: Database, year: Int, scope: ReportScope) throws -> FiledReport? {
        try Row.fetchOne(db, sql: "SELECT * FROM filedReport WHERE scope = ? AND year = ? ORDER BY version DESC LIMIT 1",
                         arguments: [scope.key, year]).map(filedReport)
    }

    static func filedReport(_ row: Row) throws -> FiledReport {
        let key: String = row["scope"], year: Int = row["year"]
        let text: String = row["snapshot"]
        guard let report = try? JSONDecoder().decode(AnnualReport.self, from: Data(text.utf8)) else {
            throw CorruptRowError(table: "filedReport", id: "\(key)/\(year)", column: "snapshot")
        }
        return FiledReport(year: year, unit: ReportScope(key: key).unitId, version: row["version"],
                           filedAt: row["filedAt"], filedBy: row["filedBy"], report: report)
    }

    // MARK: Rules

    /// 报告年度 — a year that has begun (the current year can be previewed), from 2008 (条例 in force).
    static func checkYear(_ year: Int, today: CivilDate) throws {
        guard (2008...today.year).contains(year) else {
            throw ServiceError.invalidValue(StoreText.Reports.badYear.with(["\(year)", "\(today.year)"]))
        }
    }

    /// Reading: a unit's report by its own officers and the county office; the county-wide one by
    /// the county office only (it contains every unit's numbers).
    static func requireSee(_ scope: ReportScope, _ p: AccessPolicy, _ db: Database) throws {
        switch scope {
        case .county:
            guard p.seesAllUnits else { throw AccessDenied(rule: .otherUnit, officer: p.officer.login) }
        case .unit(let id):
            guard try UnitRow.fetchOne(db, key: id) != nil else { throw ServiceError.unknownUnit(id) }
            try p.requireSee(unit: id)
        }
    }

    /// Changing: a unit's inputs by its own officers and the county office; the county-wide
    /// report's by the county office.
    static func requireChange(_ scope: ReportScope, _ p: AccessPolicy, _ db: Database) throws {
        switch scope {
        case .county:
            guard p.seesAllUnits else { throw AccessDenied(rule: .otherUnit, officer: p.officer.login) }
        case .unit(let id):
            guard try UnitRow.fetchOne(db, key: id) != nil else { throw ServiceError.unknownUnit(id) }
            try p.requireChange(unit: id)
        }
    }
}
