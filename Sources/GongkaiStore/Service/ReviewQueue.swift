import Foundation
import GRDB
import GongkaiCore

extension GongkaiService {
    /// The working-day calendar the rules use (built-in years; admin-entered years arrive with
    /// the calendar store).
    var workdayCalendar: WorkdayCalendar { .builtIn }

    /// 待办 — everything waiting for the current officer, most urgent first (ReviewOrder).
    public func reviewQueue() throws -> [ReviewItem] {
        let today = self.today()
        let calendar = workdayCalendar
        return try writer.read { db in
            let p = try policy(db)
            let scope = UnitScope(p)
            var items: [ReviewItem] = []

            // Documents awaiting review: for reviewers and admins of the unit (or the county).
            if p.officer.role != .clerk {
                let rows = try Row.fetchAll(db, sql: """
                    SELECT id, title, attribute, formed FROM document
                    WHERE state = 'in-review' AND \(scope.sql("unitId")) ORDER BY formed, id
                    """, arguments: scope.arguments)
                for row in rows {
                    let formed = CivilDate(iso: row["formed"])
                    let due = (row["attribute"] as String?) == DisclosureAttribute.proactive.rawValue
                        ? formed.map { calendar.addWorkdays(from: $0, days: 20).due } : nil
                    items.append(ReviewItem(kind: .documentReview, id: row["id"], title: row["title"], due: due,
                                            reason: "文件待审核" + (due.map { "，应于 \($0.iso) 前发布（第二十六条）" } ?? ""),
                                            overdue: due.map { $0 < today } ?? false))
                }
            }

            // Proactive documents not published within 20 working days of being formed (第二十六条).
            let unpublished = try Row.fetchAll(db, sql: """
                SELECT id, title, formed, state FROM document
                WHERE attribute = 'proactive' AND published IS NULL AND \(scope.sql("unitId"))
                ORDER BY formed, id
                """, arguments: scope.arguments)
            let underReview = Set(items.map(\.id))
            for row in unpublished {
                // A document already in my review list carries its publication deadline there.
                guard !underReview.contains(row["id"]), let formed = CivilDate(iso: row["formed"]) else { continue }
                let count = calendar.addWorkdays(from: formed, days: 20)
                guard count.due < today else { continue }
                let late = calendar.workdaysBetween(after: count.due, through: today)
                items.append(ReviewItem(kind: .publicationOverdue, id: row["id"], title: row["title"], due: count.due,
                                        reason: "主动公开文件成文于 \(formed.iso)，应于 \(count.due.iso) 前发布，已逾期 \(late) 个工作日"
                                            + (count.provisional ? "（暂定：缺少 \(count.missingYears.map(String.init).joined(separator: "、")) 年节假日安排）" : ""),
                                        overdue: true))
            }

            // The unit's annual report (第四十九条).
            let isCounty = try Bool.fetchOne(db, sql: "SELECT kind = 'county' FROM unit WHERE id = ?",
                                             arguments: [p.officer.unitId]) ?? false
            if let report = AnnualReportDeadline.due(today: today, isCounty: isCounty) {
                items.append(ReviewItem(kind: .annualReportDue, id: "report-\(report.year)",
                                        title: "\(report.year) 年政府信息公开工作年度报告", due: report.deadline,
                                        reason: "应于 \(report.deadline.iso) 前向社会公布（第四十九条）", overdue: false))
            }
            // Items the officer snoozed stay out of the queue until their date.
            let snoozed = try Row.fetchAll(db, sql: "SELECT kind, itemId FROM reviewSnooze WHERE login = ? AND until > ?",
                                           arguments: [p.officer.login, today.iso])
            let hidden = Set(snoozed.map { ($0["kind"] as String) + "|" + ($0["itemId"] as String) })
            return ReviewOrder.sorted(items.filter { !hidden.contains($0.kind.rawValue + "|" + $0.id) })
        }
    }

    /// 暂缓 — hides an inbox item from my queue until `until` (it comes back on that day).
    /// Returns the previous snooze date, so the TUI can undo.
    @discardableResult
    public func snooze(kind: ReviewKind, id: String, until: CivilDate) throws -> CivilDate? {
        let today = self.today()
        guard until > today else { throw ServiceError.invalid("暂缓日期须晚于今天（\(today.iso)）") }
        let login = actor.login, stamp = now()
        return try change("review.snooze", item: id) { db in
            let previous = try String.fetchOne(db, sql: "SELECT until FROM reviewSnooze WHERE login = ? AND kind = ? AND itemId = ?",
                                               arguments: [login, kind.rawValue, id]).flatMap(CivilDate.init(iso:))
            try db.execute(sql: """
                INSERT INTO reviewSnooze(login, kind, itemId, until, createdAt) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(login, kind, itemId) DO UPDATE SET until = excluded.until, createdAt = excluded.createdAt
                """, arguments: [login, kind.rawValue, id, until.iso, stamp])
            return (previous, ChangeRecord(before: previous.map { AuditLog.json(["until": $0.iso]) },
                                           after: AuditLog.json(["kind": kind.rawValue, "until": until.iso])))
        }
    }

    /// Ends a snooze (undo, or "show it again now").
    public func unsnooze(kind: ReviewKind, id: String) throws {
        let login = actor.login
        try change("review.unsnooze", item: id) { db in
            try db.execute(sql: "DELETE FROM reviewSnooze WHERE login = ? AND kind = ? AND itemId = ?",
                           arguments: [login, kind.rawValue, id])
            return ((), ChangeRecord(after: AuditLog.json(["kind": kind.rawValue])))
        }
    }
}
