import GRDB
import GongkaiCore

/// 申请统计要素来源 — the `ApplicationFact` of every application received by the end of a year,
/// from the application rows and their stored events (the first reply event in stored order gives
/// the reply date and outcome, the first withdraw event the withdrawal date; Docs/领域规则.md §7
/// convention, counted by `ApplicationTable.computed`).
///
/// Read in two passes at county scale: the application rows, then only the reply and
/// withdraw events — for one unit through its applications, county-wide in one scan of the event
/// table — instead of every event of every application in slices of 500 ids.
///
/// The report counts table 三 from `ApplicationTallySource` (one GROUP BY); this
/// record-by-record source stays as the reference its property test compares with.
enum ApplicationFactSource {
    /// Facts of one unit (or every unit when `unitId` is nil) received on or before 31 December of `year`.
    /// `progress(done, total)` is called every 10 000 applications (a county-wide report reads a
    /// million rows; the CLI shows it on a terminal).
    static func facts(_ db: Database, throughYear year: Int, unitId: String?,
                      progress: (Int, Int) -> Void = { _, _ in }) throws -> [ApplicationFact] {
        var sql = "SELECT id, applicantType, received, unitId FROM application a WHERE received <= ?"
        var args: StatementArguments = ["\(year)-12-31"]
        if let unitId {
            sql += " AND unitId = ?"
            args += [unitId]
        }
        let total = try Int.fetchOne(db, sql: sql.replacingOccurrences(of: "SELECT id, applicantType, received, unitId", with: "SELECT COUNT(*)"),
                                     arguments: args) ?? 0
        progress(0, total)
        var facts: [ApplicationFact] = []
        facts.reserveCapacity(total)
        var index: [String: Int] = [:]
        let rows = try Row.fetchCursor(db, sql: sql + " ORDER BY received, id", arguments: args)
        while let row = try rows.next() {
            let id: String = row["id"]
            guard let type = ApplicantType(rawValue: row["applicantType"]) else {
                throw CorruptRowError(table: "application", id: id, column: "applicantType")
            }
            guard let received = CivilDate(iso: row["received"]) else {
                throw CorruptRowError(table: "application", id: id, column: "received")
            }
            index[id] = facts.count
            facts.append(ApplicationFact(id: id, applicantType: type, received: received, replied: nil,
                                         outcome: nil, withdrawn: nil, unitId: row["unitId"]))
            if facts.count % 10_000 == 0 { progress(facts.count, total) }
        }
        progress(facts.count, total)
        // The smallest seq of each closing kind wins, whatever order the scan returns them in.
        var replySeq: [Int: Int] = [:], withdrawSeq: [Int: Int] = [:]
        let events = unitId == nil
            ? try Row.fetchCursor(db, sql: """
                SELECT applicationId, seq, kind, date, outcome FROM applicationEvent WHERE kind IN ('reply', 'withdraw')
                """)
            : try Row.fetchCursor(db, sql: """
                SELECT e.applicationId, e.seq, e.kind, e.date, e.outcome
                FROM application a JOIN applicationEvent e ON e.applicationId = a.id
                WHERE a.received <= ? AND a.unitId = ? AND e.kind IN ('reply', 'withdraw')
                """, arguments: args)
        while let row = try events.next() {
            let id: String = row["applicationId"]
            guard let i = index[id] else { continue }
            let seq: Int = row["seq"]
            func bad(_ column: String) -> CorruptRowError { CorruptRowError(table: "applicationEvent", id: id, column: column) }
            guard let date = CivilDate(iso: row["date"]) else { throw bad("date") }
            if (row["kind"] as String) == ApplicationEventKind.reply.rawValue {
                if let s = replySeq[i], s < seq { continue }
                let outcome: ApplicationOutcome? = try (row["outcome"] as String?).map {
                    guard let o = ApplicationOutcome(rawValue: $0) else { throw bad("outcome") }
                    return o
                }
                replySeq[i] = seq
                facts[i].replied = date
                facts[i].outcome = outcome
            } else {
                if let s = withdrawSeq[i], s < seq { continue }
                withdrawSeq[i] = seq
                facts[i].withdrawn = date
            }
        }
        return facts
    }
}
