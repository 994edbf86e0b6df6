import Foundation
import GRDB
import GongkaiCore

/// 申请逾期（提纲） — the open applications whose clock runs (`sortRank = 0`: processing or
/// extended, with a reply date) and whose stored reply date (`sortDue`, kept by
/// `ApplicationClockCache` in the transaction of every event and calendar change) is before today
/// are overdue: one item each, due that date. The outline and the count take them from the
/// stored columns through the urgency index; `reviewQueue` still evaluates each one's clock, and
/// `ReviewOutlineStoreTests` keeps the two equal over random changes.
extension GongkaiService {
    /// `a` is plainly overdue (one argument: today). Written on the indexed expression of
    /// `application_by_urgency_order` so the range is an index SEARCH.
    static let plainOverdueSQL = "(a.sortRank = 0 AND (CASE WHEN a.sortRank < 2 THEN a.sortDue END) < ?)"

    /// The plainly overdue applications as outline items (no reason), in queue order: due date, then id.
    func overdueApplicationOutline(_ db: Database, scope: UnitScope, today: CivilDate) throws -> [ReviewItem] {
        var args: StatementArguments = [today.iso]
        args += scope.arguments
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT a.id, a.content, a.sortDue FROM application a
            WHERE \(Self.plainOverdueSQL) AND \(scope.sql("a.unitId"))
            ORDER BY a.sortDue, a.id
            """), arguments: args)
        return try rows.map { row in
            let id: String = row["id"]
            guard let due = CivilDate(iso: row["sortDue"]) else { throw CorruptRowError(table: "application", id: id, column: "sortDue") }
            return ReviewItem(kind: .applicationOverdue, id: id, title: StoreText.Review.applicationTitle.text([id, row["content"] as String]),
                              due: due, reason: "", overdue: true)
        }
    }
}

extension GongkaiService {
    /// 临近的日期 — the only open requests whose clock can raise an item today, besides those
    /// plainly overdue and those waiting (`sortRank = 1`, always evaluated): a running clock due
    /// before the 4th working day after today (申请将到期: at most 3 working days left), and a
    /// request received on a day whose 补正告知 deadline (7 working days, 第三十条) falls between
    /// today and the 2nd working day after it. Requests with an event dated after today are
    /// evaluated too (their clock may pause later). `addWorkdays` never goes back when its start
    /// moves forward, so the received days form one range, found by walking back from today.
    static func nearDates(today: CivilDate, calendar: WorkdayCalendar)
        -> (dueBefore: CivilDate, receivedFrom: CivilDate, receivedThrough: CivilDate) {
        let dueBefore = calendar.addWorkdays(from: today, days: 4).due
        let lastNotice = calendar.addWorkdays(from: today, days: 2).due
        func notice(_ received: CivilDate) -> CivilDate {
            calendar.addWorkdays(from: received, days: DeadlineClock.clarifyNoticeDays).due
        }
        var through = today
        while notice(through) > lastNotice { through = through.adding(days: -1) }
        var from = through
        while notice(from.adding(days: -1)) >= today { from = from.adding(days: -1) }
        return (dueBefore, from, through)
    }
}
