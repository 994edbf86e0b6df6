import Foundation
import GRDB
import GongkaiCore

/// 期限排序键的当日校正 — the stored sort key of an application (`ApplicationClockCache`) changes
/// by itself only when an open consultation's 15 working days run out (`refreshOn`). A read
/// never writes, so a list read after that day takes those few applications out of the index
/// order, computes their key as of today from their events, and merges them back at the
/// positions the fresh key gives them. The next write that touches them stores the fresh key.
struct ApplicationFreshOrder {
    /// The expired applications that pass the list's filter and scope, with their fresh columns,
    /// in list order.
    let rows: [Row]
    /// Where each of `rows` sits in the whole list (same index as `rows`, increasing).
    let positions: [Int]
    /// The condition that leaves the expired applications out of the indexed part of the list.
    let mainSQL: String
    let mainArguments: StatementArguments

    var isEmpty: Bool { rows.isEmpty }

    /// The open applications whose stored key has expired by a day (an index SEARCH of the few).
    static let expiredSQL = "SELECT id, received FROM application WHERE refreshOn <= ? AND sortRank < 2"

    /// The applications whose stored key has expired by `today`, with their columns as of today.
    static func expired(_ db: Database, calendar: WorkdayCalendar,
                        today: CivilDate) throws -> [(id: String, columns: ApplicationClockCache.Columns)] {
        // Put in id order here: an ORDER BY id would walk the table's primary key instead of the
        // few rows of the partial index `application_clock_refresh` (every list read and the
        // first frame run this).
        let rows = try Row.fetchAll(db.cachedStatement(sql: expiredSQL), arguments: [today.iso])
            .sorted { ($0["id"] as String).utf8.lexicographicallyPrecedes(($1["id"] as String).utf8) }
        guard !rows.isEmpty else { return [] }
        let events = try ApplicationClockCache.events(db, ids: rows.map { $0["id"] })
        return try rows.map { row in
            let id: String = row["id"]
            guard let received = CivilDate(iso: row["received"]) else {
                throw CorruptRowError(table: "application", id: id, column: "received")
            }
            return (id, ApplicationClockCache.columns(received: received, events: events[id] ?? [],
                                                      calendar: calendar, today: today))
        }
    }

    /// Splits the list `whereSQL` (over `application a`) into the indexed part and the expired
    /// applications; `whereSQL` sees the expired ones with their fresh phase and key.
    init(_ db: Database, whereSQL: String, arguments: StatementArguments, calendar: WorkdayCalendar,
         today: CivilDate) throws {
        let expired = try Self.expired(db, calendar: calendar, today: today)
        mainSQL = expired.isEmpty ? whereSQL : "(\(whereSQL)) AND (a.refreshOn IS NULL OR a.refreshOn > ?)"
        mainArguments = expired.isEmpty ? arguments : arguments + [today.iso]
        guard !expired.isEmpty else {
            rows = []
            positions = []
            return
        }
        // The expired rows as a table with the fresh columns in place of the stored ones, so the
        // list's own filter and order apply to them unchanged.
        let fresh = ["phase", "sortRank", "sortDue", "refreshOn"]
        let columns = try db.columns(in: "application").map(\.name).map { name in
            fresh.contains(name) ? "f.\(name) AS \(name)" : "app.\(name) AS \(name)"
        }
        let values = Array(repeating: "(?, ?, ?, ?, ?)", count: expired.count).joined(separator: ", ")
        var freshArgs: StatementArguments = []
        for (id, c) in expired {
            freshArgs += [id, c.phase.rawValue, c.sortRank, c.sortDue?.iso, c.refreshOn?.iso]
        }
        var args = freshArgs
        args += arguments
        rows = try Row.fetchAll(db, sql: """
            WITH f(id, phase, sortRank, sortDue, refreshOn) AS (VALUES \(values))
            SELECT a.*, u.name AS unitName
            FROM (SELECT \(columns.joined(separator: ", ")) FROM application app JOIN f ON f.id = app.id) a
            JOIN unit u ON u.id = a.unitId
            WHERE \(whereSQL)
            ORDER BY \(GongkaiService.urgencyOrder)
            """, arguments: args)
        // Each one's position: the indexed rows before it, plus the expired ones before it.
        var positions: [Int] = []
        for (index, row) in rows.enumerated() {
            let (precedes, precedesArgs) = Self.precedes(row)
            var countArgs = mainArguments
            countArgs += precedesArgs
            let before = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM application a WHERE (\(mainSQL)) AND \(precedes)
                """, arguments: countArgs) ?? 0
            positions.append(before + index)
        }
        self.positions = positions
    }

    /// `a` comes before `row` in `GongkaiService.urgencyOrder`: rank; then the due date, earliest
    /// first (no date first) for open items and latest first (no date last) for closed ones;
    /// then receipt date and id.
    static func precedes(_ row: Row) -> (String, StatementArguments) {
        let rank: Int = row["sortRank"]
        let due: String? = row["sortDue"]
        let received: String = row["received"]
        let id: String = row["id"]
        let less: String, equal: String
        var dueArgs: StatementArguments = []
        switch (rank < 2, due) {
        case (true, nil): less = "0"; equal = "a.sortDue IS NULL"
        case (true, let d?): less = "(a.sortDue IS NULL OR a.sortDue < ?)"; equal = "a.sortDue = ?"; dueArgs = [d, d]
        case (false, nil): less = "a.sortDue IS NOT NULL"; equal = "a.sortDue IS NULL"
        case (false, let d?): less = "a.sortDue > ?"; equal = "a.sortDue = ?"; dueArgs = [d, d]
        }
        var args: StatementArguments = [rank, rank]
        args += dueArgs
        args += [received, received, id]
        return ("""
            (a.sortRank < ? OR (a.sortRank = ? AND (\(less) OR (\(equal) AND \
            (a.received < ? OR (a.received = ? AND a.id < ?))))))
            """, args)
    }

    /// The window `offset ..< offset + limit` of the whole list: which indexed rows to read
    /// (`offset`, `limit` within the indexed part) and where the expired rows go.
    func window(offset: Int, limit: Int) -> (mainOffset: Int, mainLimit: Int, inserted: [(slot: Int, row: Row)]) {
        let before = positions.filter { $0 < offset }.count
        let inside = positions.indices.filter { positions[$0] >= offset && positions[$0] < offset + limit }
        return (offset - before, max(0, limit - inside.count), inside.map { (positions[$0] - offset, rows[$0]) })
    }

    /// Merges the indexed rows of a window with the expired rows that fall in it.
    static func merge(main: [Row], inserted: [(slot: Int, row: Row)]) -> [Row] {
        var out: [Row] = []
        var rest = main[...]
        var pending = inserted[...]
        while !rest.isEmpty || !pending.isEmpty {
            if let next = pending.first, next.slot <= out.count || rest.isEmpty {
                out.append(next.row)
                pending = pending.dropFirst()
            } else {
                out.append(rest.removeFirst())
            }
        }
        return out
    }

    /// Where an indexed row at `mainPosition` (within the indexed part) sits in the whole list.
    func position(ofMain mainPosition: Int) -> Int {
        mainPosition + positions.enumerated().filter { $0.element - $0.offset <= mainPosition }.count
    }
}
