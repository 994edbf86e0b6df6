import Foundation
import GRDB
import GongkaiCore

/// 期限排序键 — keeps the application row's `phase`, `sortRank`, `sortDue`, `refreshOn` and the
/// legacy `replied`/`outcome`/`withdrawn` columns in step with its stored events, inside the
/// caller's transaction. The clock itself is always recomputed from the events (C7); these
/// columns only let the 申请 pane page by urgency without reading the whole table.
enum ApplicationClockCache {
    /// Reads the events of one application in stored order.
    static func events(_ db: Database, id: String) throws -> [RecordedEvent] {
        try recordedEvents(db, sql: "SELECT * FROM applicationEvent WHERE applicationId = ? ORDER BY seq", arguments: [id]).map(\.1)
    }

    /// Events of several applications at once (one page of the list).
    static func events(_ db: Database, ids: [String]) throws -> [String: [ApplicationEvent]] {
        guard !ids.isEmpty else { return [:] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
        var out: [String: [ApplicationEvent]] = [:]
        for (applicationId, recorded) in try recordedEvents(db, sql: """
            SELECT * FROM applicationEvent WHERE applicationId IN (\(marks)) ORDER BY applicationId, seq
            """, arguments: StatementArguments(ids)) {
            out[applicationId, default: []].append(recorded.event)
        }
        return out
    }

    /// Where each column of `applicationEvent` is in a statement's rows, found once per statement
    /// (looking each one up by name in every row cost more than evaluating the clock, and the
    /// inbox evaluates hundreds); nil for a column an older workspace has not yet (migrations read
    /// events before the later columns are added).
    struct EventLayout {
        let applicationId, seq, kind, date: Int
        let correctionDue, party, days, approver, outcome, note, amount, feeCount, pages,
            overrideRule, overrideReason, createdAt, actor: Int?

        init(_ statement: Statement) throws {
            var at: [String: Int] = [:]
            for (i, name) in statement.columnNames.enumerated() { at[name.lowercased()] = i }
            func required(_ name: String) throws -> Int {
                guard let i = at[name.lowercased()] else { throw CorruptRowError(table: "applicationEvent", id: "?", column: name) }
                return i
            }
            applicationId = try required("applicationId"); seq = try required("seq")
            kind = try required("kind"); date = try required("date")
            correctionDue = at["correctiondue"]; party = at["party"]; days = at["days"]; approver = at["approver"]
            outcome = at["outcome"]; note = at["note"]; amount = at["amount"]; feeCount = at["feecount"]
            pages = at["pages"]; overrideRule = at["overriderule"]; overrideReason = at["overridereason"]
            createdAt = at["createdat"]; actor = at["actor"]
        }
    }

    /// The events of `sql`'s rows (`SELECT * FROM applicationEvent …`), with their application.
    static func recordedEvents(_ db: Database, sql: String,
                               arguments: StatementArguments) throws -> [(String, RecordedEvent)] {
        let statement = try db.makeStatement(sql: sql)
        let layout = try EventLayout(statement)
        var out: [(String, RecordedEvent)] = []
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        while let row = try rows.next() { out.append(try recordedEvent(row, layout)) }
        return out
    }

    static func recordedEvent(_ row: Row, _ l: EventLayout) throws -> (String, RecordedEvent) {
        let id: String = row[l.applicationId]
        func bad(_ column: String) -> CorruptRowError { CorruptRowError(table: "applicationEvent", id: id, column: column) }
        func value<T: DatabaseValueConvertible>(_ i: Int?) -> T? { i.flatMap { row[$0] } }
        guard let kind = ApplicationEventKind(rawValue: row[l.kind]) else { throw bad("kind") }
        guard let date = CivilDate(iso: row[l.date]) else { throw bad("date") }
        let correctionDue: CivilDate? = try (value(l.correctionDue) as String?).map {
            guard let d = CivilDate(iso: $0) else { throw bad("correctionDue") }
            return d
        }
        let party: ConsultParty? = try (value(l.party) as String?).map {
            guard let p = ConsultParty(rawValue: $0) else { throw bad("party") }
            return p
        }
        let outcome: ApplicationOutcome? = try (value(l.outcome) as String?).map {
            guard let o = ApplicationOutcome(rawValue: $0) else { throw bad("outcome") }
            return o
        }
        let override: GuardOverride? = try (value(l.overrideRule) as String?).map {
            guard let rule = CaseHistoryRule(rawValue: $0) else { throw bad("overrideRule") }
            return GuardOverride(rule: rule, reason: value(l.overrideReason) ?? "")
        }
        let event = ApplicationEvent(kind: kind, date: date, correctionDue: correctionDue,
                                     party: party, days: value(l.days), approver: value(l.approver),
                                     outcome: outcome, note: value(l.note), amount: value(l.amount),
                                     feeCount: value(l.feeCount), pages: value(l.pages), override: override)
        return (id, RecordedEvent(seq: row[l.seq], event: event, createdAt: value(l.createdAt) ?? "",
                                  actor: value(l.actor) ?? ""))
    }

    /// Appends one event with the next sequence number.
    static func insert(_ db: Database, id: String, event e: ApplicationEvent, actor: String, at: String) throws -> Int {
        let seq = (try Int.fetchOne(db, sql: "SELECT MAX(seq) FROM applicationEvent WHERE applicationId = ?",
                                    arguments: [id]) ?? 0) + 1
        try db.cachedStatement(sql: insertSQL).execute(arguments: arguments(id: id, seq: seq, event: e, actor: actor, at: at))
        return seq
    }

    /// Stores the events of an application that has none yet (seq 1, 2, …), through one cached
    /// statement (import: bound per row, not prepared per row).
    static func insertFirst(_ db: Database, id: String, events: [ApplicationEvent], actor: String, at: String) throws {
        guard !events.isEmpty else { return }
        try insertFirst(try insertStatement(db), id: id, events: events, actor: actor, at: at)
    }

    /// The cached `INSERT` of one event (fetched once per import).
    static func insertStatement(_ db: Database) throws -> Statement { try db.cachedStatement(sql: insertSQL) }

    /// `insertFirst` through `insertStatement` (or a statement binding `insertColumns` the same way).
    static func insertFirst(_ statement: Statement, id: String, events: [ApplicationEvent], actor: String, at: String) throws {
        for (i, e) in events.enumerated() {
            try statement.execute(arguments: arguments(id: id, seq: i + 1, event: e, actor: actor, at: at))
        }
    }

    /// The columns `insertStatement` binds, in order (an import stages its events with them).
    static let insertColumns = ["applicationId", "seq", "kind", "date", "correctionDue", "party", "days",
                                "approver", "outcome", "note", "createdAt", "actor", "amount", "feeCount", "pages",
                                "overrideRule", "overrideReason"]

    private static let insertSQL = """
        INSERT INTO applicationEvent (\(insertColumns.joined(separator: ", ")))
        VALUES (\(Array(repeating: "?", count: insertColumns.count).joined(separator: ", ")))
        """

    private static func arguments(id: String, seq: Int, event e: ApplicationEvent, actor: String, at: String) -> StatementArguments {
        [id, seq, e.kind.rawValue, e.date.iso, e.correctionDue?.iso, e.party?.rawValue, e.days, e.approver,
         e.outcome?.rawValue, e.note, at, actor, e.amount, e.feeCount, e.pages, e.override?.rule.rawValue, e.override?.reason]
    }

    /// The stored columns of one application as its events make them (the same numbers whether
    /// written by `refresh` or by the demo generator).
    struct Columns: Equatable {
        var phase: ApplicationState
        var sortRank: Int
        var sortDue: CivilDate?
        var refreshOn: CivilDate?
        var replied: CivilDate?
        var outcome: ApplicationOutcome?
        var withdrawn: CivilDate?
    }

    /// 期限排序键 of an application received on `received` with `events`, as of `today`.
    static func columns(received: CivilDate, events: [ApplicationEvent], calendar: WorkdayCalendar,
                        today: CivilDate) -> Columns {
        columns(DeadlineClock.evaluate(received: received, events: events, today: today, calendar: calendar))
    }

    /// 期限排序键 of an application whose clock is `s` (import evaluates it while checking the events).
    static func columns(_ s: ClockStatus) -> Columns {
        let phase: ApplicationState = s.state == .overdue ? (s.extensionDays > 0 ? .extended : .processing) : s.state
        let rank: Int
        let sortDue: CivilDate?
        switch s.state {
        case .replied, .withdrawn:
            rank = 2
            sortDue = s.replyDate ?? s.withdrawnDate
        case .awaitingCorrection, .consulting, .awaitingFee:
            rank = 1
            sortDue = s.consultDeadline ?? s.correctionDue ?? s.feePaymentDue
        case .processing, .extended, .overdue:
            rank = s.due == nil ? 1 : 0
            sortDue = s.due
        }
        // An open consultation ends by itself on its 15th working day: the state changes then.
        let refreshOn = s.state == .consulting ? s.consultDeadline : nil
        return Columns(phase: phase, sortRank: rank, sortDue: sortDue, refreshOn: refreshOn,
                       replied: s.replyDate, outcome: s.outcome, withdrawn: s.withdrawnDate)
    }

    /// Recomputes the stored sort key and closing columns of application `id`.
    static func refresh(_ db: Database, id: String, calendar: WorkdayCalendar, today: CivilDate) throws {
        guard let receivedText = try String.fetchOne(db, sql: "SELECT received FROM application WHERE id = ?",
                                                     arguments: [id]),
              let received = CivilDate(iso: receivedText) else { return }
        let events = try self.events(db, id: id).map(\.event)
        let c = columns(received: received, events: events, calendar: calendar, today: today)
        try db.execute(sql: """
            UPDATE application SET phase = ?, sortRank = ?, sortDue = ?, refreshOn = ?, replied = ?,
                   outcome = ?, withdrawn = ? WHERE id = ?
            """, arguments: [c.phase.rawValue, c.sortRank, c.sortDue?.iso, c.refreshOn?.iso, c.replied?.iso,
                             c.outcome?.rawValue, c.withdrawn?.iso, id])
    }

    /// Refreshes every open application (after a calendar change); returns how many.
    static func refreshOpen(_ db: Database, calendar: WorkdayCalendar, today: CivilDate) throws -> Int {
        let ids = try String.fetchAll(db, sql: "SELECT id FROM application WHERE sortRank < 2")
        for id in ids { try refresh(db, id: id, calendar: calendar, today: today) }
        return ids.count
    }
}
