import GRDB
import GongkaiCore

/// 申请统计要素来源 — the `ApplicationFact` of every application received by the end of a year,
/// from the application rows and their stored events (the reply event gives the reply date and
/// outcome, the withdraw event the withdrawal date; DOMAIN.md section 7 convention, counted by
/// `ApplicationTable.computed`).
enum ApplicationFactSource {
    /// Facts of one unit (or every unit when `unitId` is nil) received on or before 31 December of `year`.
    static func facts(_ db: Database, throughYear year: Int, unitId: String?) throws -> [ApplicationFact] {
        var sql = "SELECT id, applicantType, received, unitId FROM application WHERE received <= ?"
        var args: StatementArguments = ["\(year)-12-31"]
        if let unitId {
            sql += " AND unitId = ?"
            args += [unitId]
        }
        let rows = try Row.fetchAll(db, sql: sql + " ORDER BY received, id", arguments: args)
        var events: [String: [ApplicationEvent]] = [:]
        // In slices, so that the IN list stays well under SQLite's variable limit.
        let ids: [String] = rows.map { $0["id"] }
        for start in stride(from: 0, to: ids.count, by: 500) {
            let slice = Array(ids[start..<min(ids.count, start + 500)])
            events.merge(try ApplicationClockCache.events(db, ids: slice)) { a, _ in a }
        }
        return try rows.map { row in
            let id: String = row["id"]
            guard let type = ApplicantType(rawValue: row["applicantType"]) else {
                throw CorruptRowError(table: "application", id: id, column: "applicantType")
            }
            guard let received = CivilDate(iso: row["received"]) else {
                throw CorruptRowError(table: "application", id: id, column: "received")
            }
            let evs = events[id] ?? []
            let reply = evs.first { $0.kind == .reply }
            let withdrawal = evs.first { $0.kind == .withdraw }
            return ApplicationFact(id: id, applicantType: type, received: received, replied: reply?.date,
                                   outcome: reply?.outcome, withdrawn: withdrawal?.date, unitId: row["unitId"])
        }
    }
}
