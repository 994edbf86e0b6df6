import Foundation
import GRDB
import GongkaiCore

/// 待办分页 — the review queue (`reviewQueue()`, in `ReviewOrder`) read a window at a time, so
/// opening the inbox reads the first screen and the count, never the whole queue (Docs/性能.md).
///
/// A county's queue is thousands of items, almost all of two kinds, and each of those kinds is a
/// run the database keeps in queue order:
/// - `A` — the applications plainly past their reply date (`plainOverdueSQL`): overdue, due their
///   stored `sortDue`, the first kind on a day; by (sortDue, id) through the urgency index;
/// - `L` — the 三同步 items that are overdue (`SyncStanding.isLate`): no due date, by 编号;
/// - `O` — the other 三同步 items (`SyncStanding.isOpen`, not late): no due date, by 编号;
/// both from the maintained `documentSync` (its partial index `documentSync_inbox`).
/// In queue order every A comes before every L and every L before every O, so `A ++ L ++ O` is one
/// sorted run `T`. Everything else (`S`: documents to review, requests near a date, reminders; a
/// few hundred at most) is computed as the queue computes it, and each S item is placed in `T` by
/// counting the T items before it (one grouped count of A by date, counts of L and O by 编号).
/// A window is then its S items plus one slice of T, read by offset, and only the rows of the
/// window are worded. `ReviewWindowStoreTests` checks every window against `reviewQueue()`.
public struct ReviewPlan: Sendable, Equatable {
    /// The day the plan was made for (the windows read with it use the same day).
    public let today: CivilDate
    /// How many items the queue holds.
    public let total: Int
    /// The S items, worded and in queue order, with their positions in the queue.
    let placed: [Placed]
    /// How many items of A, L and O the queue holds.
    let overdueCount: Int, lateCount: Int, openCount: Int

    struct Placed: Sendable, Equatable {
        let position: Int
        let item: ReviewItem
    }

    /// The queue's items that are neither plainly overdue applications nor 三同步 items (the
    /// decidable ones among them: every document and interpretation awaiting review), in order.
    public var placedItems: [ReviewItem] { placed.map(\.item) }

    /// Whether an item of `kind` is one of the placed items when it is in the queue at all (the
    /// plainly overdue applications and the 三同步 items are read a window at a time).
    public static func isPlaced(_ kind: ReviewKind) -> Bool {
        kind != .applicationOverdue && kind != .interpretationCheck
    }

    /// The queue position of the `i`th placed item (`placedItems[i]`).
    public func position(ofPlaced i: Int) -> Int { placed[i].position }

    /// How many placed items come before `position`.
    func placedBefore(_ position: Int) -> Int {
        var lo = 0, hi = placed.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if placed[mid].position < position { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

extension GongkaiService {
    /// 待办分页的计划 — the queue's length and its few computed items in place (see `ReviewPlan`).
    public func reviewPlan() throws -> ReviewPlan {
        let today = self.today()
        return try read { db, access in
            let small = try workspace.reviewPlaced.items(db, today: today, login: access.policy.officer.login,
                                                         scope: access.scope) {
                try reviewItems(db, access: access, depth: .paged, today: today)
            }
            let runs = ReviewRuns(db: db, scope: access.scope, login: access.policy.officer.login, today: today)
            let (byDate, overdueCount) = try runs.overdueByDate()
            // The 编号 of L and O in order, read once: each placed item is put among them by a
            // binary search (a count per item walked the index up to its 编号, hundreds of times).
            let (lateIds, openIds) = try runs.syncIds()
            let lateCount = lateIds.count, openCount = openIds.count
            // Cumulative counts of A before each date, for placing S items with a due date.
            var cumulative: [(due: String, before: Int, count: Int)] = []
            var running = 0
            for (due, n) in byDate {
                cumulative.append((due, running, n))
                running += n
            }
            func overdueBefore(_ item: ReviewItem) throws -> Int {
                guard let due = item.due?.iso else { return overdueCount }
                // The first date not before `due` (dates are ISO, so they sort as text).
                var lo = 0, hi = cumulative.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if cumulative[mid].due < due { lo = mid + 1 } else { hi = mid }
                }
                guard lo < cumulative.count else { return overdueCount }
                let day = cumulative[lo]
                guard day.due == due else { return day.before }
                // Same day: A items are the first kind on a day; among requests overdue the same day, by id.
                if item.kind.priority > ReviewKind.applicationOverdue.priority { return day.before + day.count }
                return day.before + (try runs.overdueOnDay(due, idBefore: item.id))
            }
            func syncBefore(_ item: ReviewItem, late: Bool) -> Int {
                let run = late ? lateCount : openCount
                let priority = ReviewKind.interpretationCheck.priority
                if item.kind.priority < priority { return 0 }
                if item.kind.priority > priority { return run }
                // Same priority: by 编号; on the same 编号 the kinds gathered before the 三同步 items
                // (document review, publication overdue) come first, as the queue's stable sort keeps them.
                return ReviewRuns.countBefore(item.id, in: late ? lateIds : openIds,
                                              inclusive: item.kind == .interpretationReview)
            }
            var placed: [ReviewPlan.Placed] = []
            placed.reserveCapacity(small.count)
            for (i, item) in small.enumerated() {
                let before: Int
                switch (item.overdue, item.due != nil) {
                case (true, true): before = try overdueBefore(item)
                case (true, false): before = overdueCount + syncBefore(item, late: true)
                case (false, true): before = overdueCount + lateCount
                case (false, false): before = overdueCount + lateCount + syncBefore(item, late: false)
                }
                placed.append(ReviewPlan.Placed(position: i + before, item: item))
            }
            return ReviewPlan(today: today, total: small.count + overdueCount + lateCount + openCount, placed: placed,
                              overdueCount: overdueCount, lateCount: lateCount, openCount: openCount)
        }
    }

    /// The queue's items at positions `offset ..< offset + limit` under `plan`, worded as
    /// `reviewQueue()` words them; fewer at the end (or when the workspace changed since the plan:
    /// make a new plan after a change).
    public func reviewWindow(_ plan: ReviewPlan, offset: Int, limit: Int) throws -> [ReviewItem] {
        let lo = max(0, offset), hi = min(plan.total, max(0, offset) + max(0, limit))
        guard lo < hi else { return [] }
        var k = plan.placedBefore(lo)
        let firstRun = lo - k
        var shown: [Int: ReviewItem] = [:]
        while k < plan.placed.count, plan.placed[k].position < hi {
            shown[plan.placed[k].position] = plan.placed[k].item
            k += 1
        }
        let runLength = (hi - lo) - shown.count
        let runItems: [ReviewItem] = runLength == 0 ? [] : try read { db, access in
            let runs = ReviewRuns(db: db, scope: access.scope, login: access.policy.officer.login, today: plan.today)
            return try worded(db, runs.slice(from: firstRun, count: runLength, plan: plan), today: plan.today)
        }
        var out: [ReviewItem] = []
        out.reserveCapacity(hi - lo)
        var next = runItems.makeIterator()
        for position in lo..<hi {
            if let item = shown[position] {
                out.append(item)
            } else if let item = next.next() {
                out.append(item)
            }
        }
        return out
    }
}

/// The runs A, L and O of `ReviewPlan` for one officer on one day, inside a read.
struct ReviewRuns {
    let db: Database
    let scope: UnitScope
    let login: String
    let today: CivilDate

    /// Not snoozed by the officer (`alias.column` is the item's id).
    private func notSnoozed(_ kind: ReviewKind, _ column: String) -> String {
        """
        NOT EXISTS (SELECT 1 FROM reviewSnooze s WHERE s.login = ? AND s.kind = '\(kind.rawValue)'
                    AND s.itemId = \(column) AND s.until > ?)
        """
    }

    /// A: the plainly overdue requests not snoozed, `WHERE` arguments first.
    private var overdueWhere: (sql: String, arguments: StatementArguments) {
        var args: StatementArguments = [today.iso]
        args += scope.arguments
        args += [login, today.iso]
        return ("\(GongkaiService.plainOverdueSQL) AND \(scope.sql("a.unitId")) AND \(notSnoozed(.applicationOverdue, "a.id"))", args)
    }

    /// `sortDue` as the urgency index has it (`application_by_urgency_order`): ordering and grouping
    /// by this expression walks the index instead of sorting the run.
    private static let due = "(CASE WHEN a.sortRank < 2 THEN a.sortDue END)"

    /// The 三同步 runs read through their partial index (the planner would otherwise take the
    /// index by date and sort every candidate).
    private static let syncTable = "documentSync INDEXED BY documentSync_inbox"

    /// A counted by due date, in date order, and its length.
    func overdueByDate() throws -> (byDate: [(String, Int)], count: Int) {
        let w = overdueWhere
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT \(Self.due) AS due, COUNT(*) AS n FROM application a WHERE \(w.sql)
            GROUP BY \(Self.due) ORDER BY \(Self.due)
            """), arguments: w.arguments)
        let byDate = rows.map { ($0["due"] as String, $0["n"] as Int) }
        return (byDate, byDate.reduce(0) { $0 + $1.1 })
    }

    /// How many of A fall due on `due` with an id before `id`.
    func overdueOnDay(_ due: String, idBefore id: String) throws -> Int {
        let w = overdueWhere
        return try Int.fetchOne(db.cachedStatement(sql: """
            SELECT COUNT(*) FROM application a WHERE \(w.sql) AND \(Self.due) = ? AND a.id < ?
            """), arguments: w.arguments + [due, id]) ?? 0
    }

    /// L (`late`) or O, not snoozed, `WHERE` arguments first.
    private func syncWhere(late: Bool) -> (sql: String, arguments: StatementArguments) {
        let which = late ? "(lateProblem = 1 OR lateAfter < ?)"
            : "(openProblems > 0 AND lateProblem = 0 AND (lateAfter IS NULL OR lateAfter >= ?))"
        var args: StatementArguments = [today.iso]
        args += scope.arguments
        args += [login, today.iso]
        return ("\(SyncStandingStore.inboxCandidate) AND \(which) AND \(scope.sql("unitId")) AND \(notSnoozed(.interpretationCheck, "documentId"))", args)
    }

    /// The 编号 of L and of O, each in 编号 order (the partial index's order): one pass over the
    /// index, split in Swift as `syncWhere` splits them, less the officer's few snoozed ones (a
    /// snooze lookup per row cost more than the whole pass).
    func syncIds() throws -> (late: [String], open: [String]) {
        let snoozed = Set(try String.fetchAll(db.cachedStatement(sql: """
            SELECT itemId FROM reviewSnooze WHERE login = ? AND kind = '\(ReviewKind.interpretationCheck.rawValue)' AND until > ?
            """), arguments: [login, today.iso]))
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT documentId, lateProblem, lateAfter, openProblems FROM \(Self.syncTable)
            WHERE \(SyncStandingStore.inboxCandidate) AND \(scope.sql("unitId")) ORDER BY documentId
            """), arguments: scope.arguments)
        let day = today.iso
        var late: [String] = [], open: [String] = []
        while let row = try rows.next() {
            let id: String = row[0]
            guard !snoozed.contains(id) else { continue }
            let lateProblem: Int = row[1], lateAfter: String? = row[2], openProblems: Int = row[3]
            if lateProblem == 1 || (lateAfter.map { $0 < day } ?? false) {
                late.append(id)
            } else if openProblems > 0 {
                open.append(id)
            }
        }
        return (late, open)
    }

    /// How many of `ids` (in SQLite's order: by their UTF-8 bytes) come before `id`, or are
    /// equal to it too when `inclusive`.
    static func countBefore(_ id: String, in ids: [String], inclusive: Bool) -> Int {
        let key = Array(id.utf8)
        var lo = 0, hi = ids.count
        while lo < hi {
            let mid = (lo + hi) / 2
            let other = ids[mid].utf8
            let before = inclusive ? !key.lexicographicallyPrecedes(other) : other.lexicographicallyPrecedes(key)
            if before { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Items `from ..< from + count` of the run `A ++ L ++ O`, as outline items (`isOutline`).
    func slice(from: Int, count: Int, plan: ReviewPlan) throws -> [ReviewItem] {
        var out: [ReviewItem] = []
        var start = max(0, from), left = count
        // A
        if left > 0, start < plan.overdueCount {
            let w = overdueWhere
            let rows = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT a.id, a.content, a.sortDue FROM application a WHERE \(w.sql)
                ORDER BY \(Self.due), a.id LIMIT ? OFFSET ?
                """), arguments: w.arguments + [left, start])
            for row in rows {
                let id: String = row["id"]
                guard let due = CivilDate(iso: row["sortDue"]) else {
                    throw CorruptRowError(table: "application", id: id, column: "sortDue")
                }
                out.append(ReviewItem(kind: .applicationOverdue, id: id,
                                      title: StoreText.Review.applicationTitle.text([id, row["content"] as String]),
                                      due: due, reason: "", overdue: true))
            }
            left -= rows.count
            start = plan.overdueCount
        }
        start -= plan.overdueCount
        // L, then O
        for (late, length) in [(true, plan.lateCount), (false, plan.openCount)] {
            if left > 0, start < length {
                let w = syncWhere(late: late)
                let ids = try String.fetchAll(db.cachedStatement(sql: """
                    SELECT documentId FROM \(Self.syncTable) WHERE \(w.sql) ORDER BY documentId LIMIT ? OFFSET ?
                    """), arguments: w.arguments + [left, start])
                out += ids.map { ReviewItem(kind: .interpretationCheck, id: $0, title: "", due: nil, reason: "", overdue: late) }
                left -= ids.count
                start = length
            }
            start -= length
        }
        return out
    }
}
