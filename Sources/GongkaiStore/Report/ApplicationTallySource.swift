import GRDB
import GongkaiCore

/// 申请计数来源 — table 三's input aggregated in the database (issue 20): one `GROUP BY` over the
/// applications received by the end of the year, with the first reply and the first withdrawal of
/// each (the smallest `seq`, as `ApplicationFactSource`), classified as `ApplicationFact.closing`
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
        var args: [String: (any DatabaseValueConvertible)?] = [
            "y0": "\(year)-01-01", "end": "\(year)-12-31", "iso": "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]",
        ]
        if let unitId { args["unit"] = unitId }
        let unitSQL = unitId == nil ? "" : " AND a.unitId = :unit"
        let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM application a WHERE a.received <= ?"
                                     + (unitId == nil ? "" : " AND a.unitId = ?"),
                                     arguments: StatementArguments(["\(year)-12-31"] + (unitId.map { [$0] } ?? []))) ?? 0
        progress(0, total)
        // The reply closes when it has an outcome and is not later than the withdrawal (same day:
        // the reply wins); both count from the receipt date at the earliest (ApplicationFact.closing).
        let replyCloses = """
            outcome IS NOT NULL AND (withdrawn IS NULL OR max(replied, received) <= max(withdrawn, received))
            """
        let rows = try Row.fetchCursor(db, sql: """
            WITH f AS (
              SELECT a.id, a.unitId, a.applicantType AS type, a.received, r.date AS replied, r.outcome, w.date AS withdrawn
              FROM application a
              LEFT JOIN applicationEvent r ON r.applicationId = a.id AND r.seq =
                (SELECT MIN(seq) FROM applicationEvent WHERE applicationId = a.id AND kind = 'reply')
              LEFT JOIN applicationEvent w ON w.applicationId = a.id AND w.seq =
                (SELECT MIN(seq) FROM applicationEvent WHERE applicationId = a.id AND kind = 'withdraw')
              WHERE a.received <= :end\(unitSQL)),
            c AS (
              SELECT *,
                CASE WHEN \(replyCloses) THEN max(replied, received) ELSE max(withdrawn, received) END AS closed,
                CASE WHEN \(replyCloses) THEN outcome WHEN withdrawn IS NOT NULL THEN '' END AS closedIn,
                CASE WHEN (replied IS NOT NULL AND outcome IS NULL) OR replied < received OR withdrawn < received
                          OR received NOT GLOB :iso OR replied NOT GLOB :iso OR withdrawn NOT GLOB :iso
                     THEN 1 ELSE 0 END AS problem
              FROM f)
            SELECT type, received >= :y0 AS during, closedIn,
                   CASE WHEN closed IS NULL THEN NULL WHEN closed < :y0 THEN -1 WHEN closed <= :end THEN 0 ELSE 1 END
                     AS closedWhen,
                   COUNT(*) AS n, MIN(id) AS id, problem, unitId, received, replied, outcome, withdrawn
            FROM c GROUP BY type, during, closedIn, closedWhen, CASE WHEN problem THEN id END
            """, arguments: StatementArguments(args))
        var result = Result(tallies: [], factsWithProblems: [])
        while let row = try rows.next() {
            let id: String = row["id"]
            guard let type = ApplicantType(rawValue: row["type"]) else {
                throw CorruptRowError(table: "application", id: id, column: "applicantType")
            }
            if row["problem"] as Int == 1 {
                let fact = try Self.fact(row, id: id, type: type)
                result.factsWithProblems.append(fact)
                if let tally = ApplicationTally(fact, year: year) { result.tallies.append(tally) }
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
