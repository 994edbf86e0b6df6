import GRDB
import GongkaiCore

/// 申请计数来源 — table 三's input aggregated in the database (Docs/性能.md): one `GROUP BY` over the
/// applications received by the end of the year, with the first reply and the first withdrawal of
/// each (the smallest `seq`, as `ApplicationFactSource`; kept on the application row by
/// `ApplicationClosingStore`, so the aggregate reads that one table), classified as `ApplicationFact.closing`
/// does, hands tens of `ApplicationTally` rows to Core instead of one fact per application.
///
/// An application whose record `ApplicationFact.problems` would complain about (a reply without an
/// outcome, a closing before receipt) or whose dates are not ISO days is not grouped: it comes back
/// alone, as the `ApplicationFact` `ApplicationFactSource` would build, so that its problems are
/// worded by Core and a corrupt value is refused naming the application.
///
/// `ApplicationFactSource.facts` with `ApplicationTable.computed(year:facts:)` is the reference the
/// tests compare this with (`ApplicationTallySourceTests`).
enum ApplicationTallySource {
    struct Result {
        var tallies: [ApplicationTally]
        /// The applications with a problem in their record, one fact each (their tallies are in `tallies`).
        var factsWithProblems: [ApplicationFact]
    }

    /// The tallies of one unit (or every unit when `unitId` is nil) for `year`. `progress(done, total)`
    /// is called before (0) and after (total) the aggregate, total being the applications counted.
    static func tallies(_ db: Database, year: Int, unitId: String?,
                        progress: (Int, Int) -> Void = { _, _ in }) throws -> Result {
        var args: [String: (any DatabaseValueConvertible)?] = ["end": "\(year)-12-31"]
        if let unitId { args["unit"] = unitId }
        let unitSQL = unitId == nil ? "" : " AND a.unitId = :unit"
        let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM application a WHERE a.received <= ?"
                                     + (unitId == nil ? "" : " AND a.unitId = ?"),
                                     arguments: StatementArguments(["\(year)-12-31"] + (unitId.map { [$0] } ?? []))) ?? 0
        progress(0, total)
        // Rows whose dates are not ISO days (normally none; a partial index lists them): each alone.
        var alone = try String.fetchAll(db, sql: """
            SELECT a.id FROM application a INDEXED BY application_dates_not_iso
            WHERE \(ApplicationClosingStore.notISO) AND a.received <= :end\(unitSQL)
            """, arguments: StatementArguments(args))
        // An application whose record has a problem gets a group of its own (`alone`) and is
        // classified by Core from its fact; every other one has its closings on or after its
        // receipt. Its reply closes when it has an outcome and is not later than the withdrawal
        // (same day: the reply wins) — ApplicationFact.closing. The first reply and withdrawal are
        // the application row's maintained columns (ApplicationClosingStore): one table is read.
        let replyCloses = "firstOutcome IS NOT NULL AND (firstWithdrawn IS NULL OR firstReplied <= firstWithdrawn)"
        // Where a closing date falls: 0 before the year, 1 in it, 2 after (YearPosition + 1).
        func position(_ date: String) -> String {
            "CASE WHEN \(date) < :y0 THEN 0 WHEN \(date) <= :end THEN 1 ELSE 2 END"
        }
        let problem = "(firstReplied IS NOT NULL AND firstOutcome IS NULL) OR firstReplied < received OR firstWithdrawn < received"
        args["y0"] = "\(year)-01-01"
        if !alone.isEmpty { args["alone"] = AuditLog.json(alone) }
        // One cell number per application: received in the year (100) or before (0), plus its
        // closing — 10 + position by a reply (the row of its first outcome), 20 + position by a
        // withdrawal, 30 while open. Grouped by that number with the applicant type and the first
        // outcome as they are stored, the sort carries three short keys and a flag, not the
        // closing row worked out as text and an id per group; county-wide the compact covering
        // index `application_tally` is read instead of the application rows (700 → about 300 ms on
        // 200,000 applications, Docs/性能.md). An example id is looked up only for a corrupt code.
        let restrictions = "a.received <= :end\(unitSQL)\(alone.isEmpty ? "" : " AND a.id NOT IN (SELECT value FROM json_each(:alone))")"
        let rows = try Row.fetchAll(db, sql: """
            SELECT applicantType AS type, firstOutcome AS outcome,
                   (received >= :y0) * 100 + CASE WHEN \(replyCloses) THEN 10 + \(position("firstReplied"))
                        WHEN firstWithdrawn IS NOT NULL THEN 20 + \(position("firstWithdrawn")) ELSE 30 END AS cell,
                   CASE WHEN \(problem) THEN 1 ELSE 0 END AS problem,
                   COUNT(*) AS n
            FROM application a\(unitId == nil ? " INDEXED BY application_tally" : "") WHERE \(restrictions)
            GROUP BY 1, 2, 3, 4
            """, arguments: StatementArguments(args))   // by position: `outcome` is also a column of the table
        var result = Result(tallies: [], factsWithProblems: [])
        func example(_ column: String, _ value: String) throws -> String {
            var lookup = args
            lookup["value"] = value
            return try String.fetchOne(db, sql: "SELECT MIN(id) FROM application a WHERE \(restrictions) AND a.\(column) = :value",
                                       arguments: StatementArguments(lookup)) ?? ""
        }
        var problems = false
        for row in rows {
            if row["problem"] as Int == 1 {
                problems = true
                continue
            }
            let code: String = row["type"]
            guard let type = ApplicantType(rawValue: code) else {
                throw CorruptRowError(table: "application", id: try example("applicantType", code), column: "applicantType")
            }
            let cell: Int = row["cell"]
            var closing: (row: ReportRow, when: ApplicationTally.YearPosition)?
            let kind = cell % 100 / 10   // 1 a reply closed it, 2 a withdrawal, 3 open
            if kind != 3, let when = ApplicationTally.YearPosition(rawValue: cell % 10 - 1) {
                if kind == 2 {
                    closing = (.outcome(.otherOther), when)
                } else if let code = row["outcome"] as String? {
                    guard let outcome = ApplicationOutcome(rawValue: code) else {
                        throw CorruptRowError(table: "applicationEvent", id: try example("firstOutcome", code), column: "outcome")
                    }
                    closing = (ReportRow(outcome), when)
                }
            }
            result.tallies.append(ApplicationTally(applicantType: type, received: cell >= 100 ? .during : .before,
                                                   closing: closing, count: row["n"]))
        }
        // The applications with a problem in their record, each alone (normally none).
        if problems {
            alone += try String.fetchAll(db, sql: "SELECT a.id FROM application a WHERE \(restrictions) AND (\(problem)) ORDER BY a.id",
                                         arguments: StatementArguments(args))
        }
        for chunk in stride(from: 0, to: alone.count, by: 500).map({ Array(alone[$0..<min($0 + 500, alone.count)]) }) {
            for row in try Row.fetchAll(db, sql: """
                SELECT id, unitId, applicantType AS type, received, firstReplied AS replied, firstOutcome AS outcome,
                       firstWithdrawn AS withdrawn
                FROM application WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id
                """, arguments: [AuditLog.json(chunk)]) {
                let id: String = row["id"]
                guard let type = ApplicantType(rawValue: row["type"]) else {
                    throw CorruptRowError(table: "application", id: id, column: "applicantType")
                }
                let fact = try Self.fact(row, id: id, type: type)
                result.factsWithProblems.append(fact)
                if let tally = ApplicationTally(fact, year: year) { result.tallies.append(tally) }
            }
        }
        progress(total, total)
        return result
    }

    /// The fact of one application the aggregate left alone, refused when a value is corrupt.
    private static func fact(_ row: Row, id: String, type: ApplicantType) throws -> ApplicationFact {
        func date(_ column: String, table: String, named name: String) throws -> CivilDate? {
            guard let text = row[column] as String? else { return nil }
            guard let d = CivilDate(iso: text) else { throw CorruptRowError(table: table, id: id, column: name) }
            return d
        }
        guard let received = try date("received", table: "application", named: "received") else {
            throw CorruptRowError(table: "application", id: id, column: "received")
        }
        let outcome: ApplicationOutcome? = try (row["outcome"] as String?).map {
            guard let o = ApplicationOutcome(rawValue: $0) else {
                throw CorruptRowError(table: "applicationEvent", id: id, column: "outcome")
            }
            return o
        }
        return ApplicationFact(id: id, applicantType: type, received: received,
                               replied: try date("replied", table: "applicationEvent", named: "date"), outcome: outcome,
                               withdrawn: try date("withdrawn", table: "applicationEvent", named: "date"),
                               unitId: row["unitId"])
    }
}
