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
        func position(_ date: String) -> String {
            "CASE WHEN \(date) < :y0 THEN -1 WHEN \(date) <= :end THEN 0 ELSE 1 END"
        }
        args["y0"] = "\(year)-01-01"
        if !alone.isEmpty { args["alone"] = AuditLog.json(alone) }
        let rows = try Row.fetchCursor(db, sql: """
            SELECT applicantType AS type, received >= :y0 AS during,
                   CASE WHEN \(replyCloses) THEN firstOutcome WHEN firstWithdrawn IS NOT NULL THEN '' END AS closedIn,
                   CASE WHEN \(replyCloses) THEN \(position("firstReplied"))
                        WHEN firstWithdrawn IS NOT NULL THEN \(position("firstWithdrawn")) END AS closedWhen,
                   CASE WHEN (firstReplied IS NOT NULL AND firstOutcome IS NULL) OR firstReplied < received
                             OR firstWithdrawn < received THEN id END AS problem,
                   COUNT(*) AS n, MIN(id) AS id
            FROM application a WHERE a.received <= :end\(unitSQL)\(alone.isEmpty ? "" : " AND a.id NOT IN (SELECT value FROM json_each(:alone))")
            GROUP BY type, during, closedIn, closedWhen, problem
            """, arguments: StatementArguments(args))
        var result = Result(tallies: [], factsWithProblems: [])
        while let row = try rows.next() {
            let id: String = row["id"]
            guard let type = ApplicantType(rawValue: row["type"]) else {
                throw CorruptRowError(table: "application", id: id, column: "applicantType")
            }
            if row["problem"] as String? != nil {
                alone.append(id)
                continue
            }
            var closing: (row: ReportRow, when: ApplicationTally.YearPosition)?
            if let code = row["closedIn"] as String?, let w = row["closedWhen"] as Int?,
               let when = ApplicationTally.YearPosition(rawValue: w) {
                if code.isEmpty {
                    closing = (.outcome(.otherOther), when)
                } else if let outcome = ApplicationOutcome(rawValue: code) {
                    closing = (ReportRow(outcome), when)
                } else {
                    throw CorruptRowError(table: "applicationEvent", id: id, column: "outcome")
                }
            }
            result.tallies.append(ApplicationTally(applicantType: type, received: row["during"] ? .during : .before,
                                                   closing: closing, count: row["n"]))
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
