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

    /// How many applications are plainly overdue, less those `login` snoozed (two indexed COUNTs).
    func overdueApplicationCount(_ db: Database, scope: UnitScope, today: CivilDate, login: String) throws -> Int {
        var args: StatementArguments = [today.iso]
        args += scope.arguments
        let all = try Int.fetchOne(db.cachedStatement(sql: """
            SELECT COUNT(*) FROM application a WHERE \(Self.plainOverdueSQL) AND \(scope.sql("a.unitId"))
            """), arguments: args) ?? 0
        var snoozedArgs: StatementArguments = [login, today.iso, ReviewKind.applicationOverdue.rawValue]
        snoozedArgs += args
        let snoozed = try Int.fetchOne(db.cachedStatement(sql: """
            SELECT COUNT(*) FROM reviewSnooze s JOIN application a ON a.id = s.itemId
            WHERE s.login = ? AND s.until > ? AND s.kind = ? AND \(Self.plainOverdueSQL) AND \(scope.sql("a.unitId"))
            """), arguments: snoozedArgs) ?? 0
        return all - snoozed
    }
}
