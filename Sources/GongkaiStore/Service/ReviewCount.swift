import Foundation
import GRDB
import GongkaiCore

/// 待办数 — how many items `reviewQueue()` holds, counted in SQL wherever an item is one row of an
/// index: documents awaiting review, proactive documents not published in time (第二十六条: formed on
/// or before the cutoff day whose 20th working day lies before today — `CatalogStats.overdueCutoff`,
/// the same day the catalog counts 逾期 with), drafts sent back, 三同步 problems (the maintained
/// `documentSync` standing, through its covering partial index), interpretations awaiting sign-off and applications plainly past their
/// reply date. Only the few items whose standing depends on today's clock in ways no column holds
/// are worked out in Swift: applications near a date, consultations closing, stale columns (from the
/// catalog snapshot the 目录 pane reads anyway) and the annual report. Items the officer snoozed are
/// subtracted (few: each kind's snoozed ids are counted against the same condition).
/// `ReviewOutlineStoreTests` and `ReviewCountStoreTests` keep it equal to `reviewQueue().count`.
extension GongkaiService {
    public func reviewCount() throws -> Int {
        let today = self.today()
        return try read { db, access in
            let p = access.policy
            let scope = UnitScope(p)
            let calendar = try Self.workdayCalendar(db)
            var snoozed: [String: [String]] = [:]
            for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT kind, itemId FROM reviewSnooze WHERE login = ? AND until > ?"),
                                        arguments: [p.officer.login, today.iso]) {
                snoozed[row["kind"], default: []].append(row["itemId"])
            }
            /// Rows of `from` (FROM … WHERE …, `id` the item's id) less those snoozed as `kind`.
            func count(_ kind: ReviewKind, _ from: String, id: String, _ arguments: StatementArguments) throws -> Int {
                let all = try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) " + from), arguments: arguments) ?? 0
                guard let hidden = snoozed[kind.rawValue], !hidden.isEmpty else { return all }
                let marks = Array(repeating: "?", count: hidden.count).joined(separator: ",")
                let less = try Int.fetchOne(db, sql: "SELECT COUNT(*) " + from + " AND \(id) IN (\(marks))",
                                            arguments: arguments + StatementArguments(hidden)) ?? 0
                return all - less
            }
            let reviews = p.officer.role != .clerk
            var n = 0
            if reviews {
                n += try count(.documentReview, "FROM document d WHERE d.state = 'in-review' AND \(scope.sql("d.unitId"))",
                               id: "d.id", scope.arguments)
                n += try count(.interpretationReview, """
                    FROM interpretation i JOIN document d ON d.id = i.documentId
                    WHERE i.state = 'in-review' AND \(scope.sql("i.unitId"))
                    """, id: "i.id", scope.arguments)
            }
            // A document in my review list carries its publication deadline there, not here.
            let cutoff = CatalogStats.overdueCutoff(today: today, calendar: calendar)
            n += try count(.publicationOverdue, """
                FROM document d WHERE d.attribute = 'proactive' AND d.published IS NULL AND d.formed <= ?
                  AND d.formed GLOB '\(ApplicationClosingStore.isoPattern)' AND \(scope.sql("d.unitId"))
                  \(reviews ? "AND d.state != 'in-review'" : "")
                """, id: "d.id", [cutoff.iso] + scope.arguments)
            n += try count(.documentReturned, """
                FROM document d JOIN documentTransition t ON t.id = (SELECT MAX(id) FROM documentTransition WHERE documentId = d.id)
                WHERE d.state = 'draft' AND t.action = 'return' AND \(scope.sql("d.unitId"))
                """, id: "d.id", scope.arguments)
            n += try count(.interpretationCheck, """
                FROM documentSync INDEXED BY documentSync_inbox
                WHERE \(SyncStandingStore.inboxCandidate) AND (openProblems > 0 OR lateAfter < ?)
                  AND \(scope.sql("unitId"))
                """, id: "documentId", [today.iso] + scope.arguments)
            n += try count(.applicationOverdue, "FROM application a WHERE \(Self.plainOverdueSQL) AND \(scope.sql("a.unitId"))",
                           id: "a.id", [today.iso] + scope.arguments)

            // The rest are few, and their standing is worked out by the rules themselves.
            var items = try nearApplicationItems(db, scope: scope, today: today, calendar: calendar)
            items += try expiringItems(db, scope: scope, today: today)
            items += try consultationItems(db, scope: scope, today: today)
            items += try staleColumnItems(db, officerUnit: p.officer.unitId, today: today)
            let isCounty = try Bool.fetchOne(db, sql: "SELECT kind = 'county' FROM unit WHERE id = ?",
                                             arguments: [p.officer.unitId]) ?? false
            if let report = AnnualReportDeadline.due(today: today, isCounty: isCounty) {
                items.append(ReviewItem(kind: .annualReportDue, id: "report-\(report.year)", title: "", due: report.deadline,
                                        reason: "", overdue: false))
            }
            return n + items.filter { !(snoozed[$0.kind.rawValue]?.contains($0.id) ?? false) }.count
        }
    }
}
