import Foundation
import GRDB
import GongkaiCore

extension GongkaiService {
    /// 待办 — everything waiting for the current officer, most urgent first (ReviewOrder).
    /// Every item is worded: this is the full computation the outline and the count are tested against.
    public func reviewQueue() throws -> [ReviewItem] { try reviewItems(.worded) }

    /// 待办提纲 — `reviewQueue()` in the same order, but its 三同步 items and its applications
    /// plainly past their reply date carry only their kind, id, title and deadline (`isOutline`):
    /// the inbox words the rows on screen with `reviewDetails`, so opening it never checks
    /// thousands of documents nor counts thousands of applications' deadlines.
    public func reviewOutline() throws -> [ReviewItem] { try reviewItems(.outline) }

    /// `items` with their outline items worded as `reviewQueue()` words them (an item whose
    /// document or application no longer has that problem stays as it was until the inbox is read again).
    public func reviewDetails(_ items: [ReviewItem]) throws -> [ReviewItem] {
        guard items.contains(where: \.isOutline) else { return items }
        let today = self.today()
        return try read { db, _ in try worded(db, items, today: today) }
    }

    /// `items` with their outline items worded (`reviewDetails`), in one read.
    func worded(_ db: Database, _ items: [ReviewItem], today: CivilDate) throws -> [ReviewItem] {
        let outline = items.filter(\.isOutline)
        guard !outline.isEmpty else { return items }
        let checks = outline.filter { $0.kind == .interpretationCheck }.map(\.id)
        let overdue = outline.filter { $0.kind == .applicationOverdue }.map(\.id)
        var worded: [String: ReviewItem] = [:]
        for item in try interpretationCheckItems(db, ids: checks, today: today)
            + applicationItems(db, ids: overdue, today: today, calendar: try Self.workdayCalendar(db)) {
            let key = item.kind.rawValue + "|" + item.id
            if worded[key] == nil { worded[key] = item }
        }
        return items.map { $0.isOutline ? worded[$0.kind.rawValue + "|" + $0.id] ?? $0 : $0 }
    }

    /// How much of each item `reviewItems` works out.
    enum ReviewDepth {
        /// Every item with its reason (`reviewQueue`, the reference).
        case worded
        /// 三同步 items and plainly overdue applications without their reason (`reviewOutline`).
        case outline
        /// Without the plainly overdue applications and the 三同步 items at all: the inbox reads
        /// those a window at a time (`reviewPlan`, `reviewWindow`).
        case paged
    }

    /// The queue at `depth` (`reviewCount` counts the same items in SQL: ReviewCount.swift).
    func reviewItems(_ depth: ReviewDepth) throws -> [ReviewItem] {
        let today = self.today()
        return try read { db, access in try reviewItems(db, access: access, depth: depth, today: today) }
    }

    /// `reviewItems(_:)` inside a read.
    func reviewItems(_ db: Database, access: ReadAccess, depth: ReviewDepth,
                     today: CivilDate) throws -> [ReviewItem] {
        do {
            let p = access.policy
            let calendar = try Self.workdayCalendar(db)
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
                    let count = (row["attribute"] as String?) == DisclosureAttribute.proactive.rawValue
                        ? formed.map { calendar.addWorkdays(from: $0, days: 20) } : nil
                    let due = count?.due, provisional = count?.provisional == true
                    var item = ReviewItem(kind: .documentReview, id: row["id"], title: row["title"], due: due,
                                          reason: StoreText.Review.documentReview.text()
                                            + (due.map { StoreText.Review.publishBy.text([ProvisionalDate.text($0, provisional: provisional)]) } ?? "")
                                            + (provisional ? Self.provisionalNote(count!.missingYears) : ""),
                                          overdue: due.map { $0 < today } ?? false)
                    if provisional { item.provisional = true }
                    items.append(item)
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
                var item = ReviewItem(kind: .publicationOverdue, id: row["id"], title: row["title"], due: count.due,
                                      reason: StoreText.Review.publicationOverdue.text([formed.iso, ProvisionalDate.text(count.due, provisional: count.provisional), "\(late)"])
                                          + (count.provisional ? Self.provisionalNote(count.missingYears) : ""),
                                      overdue: true)
                if count.provisional { item.provisional = true }
                items.append(item)
            }

            // My unit's drafts that a reviewer sent back, with the comment.
            let returned = try Row.fetchAll(db, sql: """
                SELECT d.id, d.title, t.comment, t.actor, t.date FROM document d
                JOIN documentTransition t ON t.id = (SELECT MAX(id) FROM documentTransition WHERE documentId = d.id)
                WHERE d.state = 'draft' AND t.action = 'return' AND \(scope.sql("d.unitId"))
                ORDER BY t.date, d.id
                """, arguments: scope.arguments)
            for row in returned {
                items.append(ReviewItem(kind: .documentReturned, id: row["id"], title: row["title"], due: nil,
                                        reason: StoreText.Review.returned.text([row["date"] as String, row["actor"] as String, row["comment"] as String? ?? ""]),
                                        overdue: false))
            }

            // The applications plainly past their reply date, from their stored columns (`.worded`
            // evaluates them with the others).
            var plainOverdue: [ReviewItem] = []
            switch depth {
            case .worded: break
            case .outline: plainOverdue = try overdueApplicationOutline(db, scope: scope, today: today)
            case .paged: break
            }
            items += try depth == .worded ? applicationItems(db, scope: scope, today: today, calendar: calendar)
                : nearApplicationItems(db, scope: scope, today: today, calendar: calendar)
            items += try expiringItems(db, scope: scope, today: today)
            if depth != .paged { items += try interpretationItems(db, scope: scope, today: today, detailed: depth == .worded) }
            if p.officer.role != .clerk { items += try interpretationReviewItems(db, scope: scope) }
            items += try consultationItems(db, scope: scope, today: today)

            items += try staleColumnItems(db, officerUnit: p.officer.unitId, today: today)

            // The unit's annual report (第四十九条).
            let isCounty = try Bool.fetchOne(db, sql: "SELECT kind = 'county' FROM unit WHERE id = ?",
                                             arguments: [p.officer.unitId]) ?? false
            if let report = AnnualReportDeadline.due(today: today, isCounty: isCounty) {
                items.append(ReviewItem(kind: .annualReportDue, id: "report-\(report.year)",
                                        title: StoreText.Review.annualReportTitle.text(["\(report.year)"]), due: report.deadline,
                                        reason: StoreText.Review.annualReportReason.text([report.deadline.iso]), overdue: false))
            }
            // Items the officer snoozed stay out of the queue until their date.
            let snoozed = try Row.fetchAll(db, sql: "SELECT kind, itemId FROM reviewSnooze WHERE login = ? AND until > ?",
                                           arguments: [p.officer.login, today.iso])
            let hidden = Set(snoozed.map { ($0["kind"] as String) + "|" + ($0["itemId"] as String) })
            let shown = { (item: ReviewItem) in !hidden.contains(item.kind.rawValue + "|" + item.id) }
            // The plain overdue applications come in their order already (due date, id): merged, not sorted again.
            return ReviewOrder.merged(ReviewOrder.sorted(items.filter(shown)), plainOverdue.filter(shown))
        }
    }

    /// 依申请公开的期限提醒 — overdue, due within 3 working days, the 补正 notice's last days
    /// (第三十条), consultations ending (第三十二条), correction periods that ran out (C3).
    /// Only open applications near a date are evaluated, never the whole ledger; with
    /// `plainOverdue` false, not those plainly past their reply date either (`overdueApplicationOutline`).
    func applicationItems(_ db: Database, scope: UnitScope, today: CivilDate,
                          calendar: WorkdayCalendar, plainOverdue: Bool = true) throws -> [ReviewItem] {
        guard plainOverdue else {
            let near = Self.nearDates(today: today, calendar: calendar)
            var args: StatementArguments = [near.dueBefore.iso, near.receivedFrom.iso, near.receivedThrough.iso, today.iso]
            args += scope.arguments
            args += [today.iso]
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, received, content FROM application a
                WHERE sortRank < 2 AND (sortRank = 1 OR sortDue < ? OR received BETWEEN ? AND ?
                      OR EXISTS (SELECT 1 FROM applicationEvent e WHERE e.applicationId = a.id AND e.date > ?))
                  AND \(scope.sql("a.unitId")) AND NOT \(Self.plainOverdueSQL)
                ORDER BY sortDue, id
                """, arguments: args)
            return try applicationItems(db, rows: rows, today: today, calendar: calendar)
        }
        let horizon = today.adding(days: 21).iso, recent = today.adding(days: -21).iso
        var args: StatementArguments = [horizon, recent]
        args += scope.arguments
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, received, content FROM application a
            WHERE sortRank < 2 AND (sortDue IS NULL OR sortDue <= ? OR received >= ?) AND \(scope.sql("a.unitId"))
            ORDER BY sortDue, id
            """, arguments: args)
        return try applicationItems(db, rows: rows, today: today, calendar: calendar)
    }

    /// `applicationItems(…, plainOverdue: false)`, worked out once while nothing changes (`ReviewItemsMemo`).
    func nearApplicationItems(_ db: Database, scope: UnitScope, today: CivilDate,
                              calendar: WorkdayCalendar) throws -> [ReviewItem] {
        try workspace.reviewNear.items(db, today: today, login: actor.login, scope: scope) {
            try applicationItems(db, scope: scope, today: today, calendar: calendar, plainOverdue: false)
        }
    }

    /// The items of the applications `ids`, each evaluated from its events (the inbox words its
    /// outline rows on screen with these).
    func applicationItems(_ db: Database, ids: [String], today: CivilDate, calendar: WorkdayCalendar) throws -> [ReviewItem] {
        guard !ids.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
        let rows = try Row.fetchAll(db, sql: "SELECT id, received, content FROM application WHERE id IN (\(marks)) ORDER BY id",
                                    arguments: StatementArguments(ids))
        return try applicationItems(db, rows: rows, today: today, calendar: calendar)
    }

    /// The items of the applications in `rows` (`id`, `received`, `content`), in their order.
    private func applicationItems(_ db: Database, rows: [Row], today: CivilDate, calendar: WorkdayCalendar) throws -> [ReviewItem] {
        let events = try ApplicationClockCache.events(db, ids: rows.map { $0["id"] })
        var items: [ReviewItem] = []
        for row in rows {
            let id: String = row["id"], content: String = row["content"]
            guard let received = CivilDate(iso: row["received"]) else { continue }
            let evs = events[id] ?? []
            let c = DeadlineClock.evaluate(received: received, events: evs, today: today, calendar: calendar)
            let title = StoreText.Review.applicationTitle.text([id, content])
            let provisional = c.provisional ? Self.provisionalNote(c.missingYears) : ""
            switch c.state {
            case .overdue:
                let late = c.workdaysLeft.map { -$0 } ?? 0
                items.append(ReviewItem(kind: .applicationOverdue, id: id, title: title, due: c.due,
                                        reason: StoreText.Review.applicationOverdue.text([c.due?.iso ?? "", "\(late)"]) + provisional,
                                        overdue: true))
            case .processing, .extended:
                if let left = c.workdaysLeft, left <= 3 {
                    items.append(ReviewItem(kind: .applicationDueSoon, id: id, title: title, due: c.due,
                                            reason: (left == 0 ? StoreText.Review.dueToday.text([c.due?.iso ?? ""])
                                                        : StoreText.Review.dueIn.text(["\(left)", c.due?.iso ?? ""]))
                                                + StoreText.Review.article33.text() + provisional, overdue: false))
                }
                // The last days to ask for a correction (第三十条): only while none was asked.
                if !evs.contains(where: { $0.kind == .clarifyRequest }), c.clarifyNoticeDue >= today {
                    let left = calendar.workdaysBetween(after: today, through: c.clarifyNoticeDue)
                    if left <= 2 {
                        items.append(ReviewItem(kind: .clarifyNoticeDue, id: id, title: title, due: c.clarifyNoticeDue,
                                                reason: StoreText.Review.clarifyNoticeDue.text([c.clarifyNoticeDue.iso]),
                                                overdue: false))
                    }
                }
            case .consulting:
                if let deadline = c.consultDeadline, calendar.workdaysBetween(after: today, through: deadline) <= 3 {
                    items.append(ReviewItem(kind: .consultationDue, id: id, title: title, due: deadline,
                                            reason: StoreText.Review.consultationDue.text([deadline.iso]),
                                            overdue: false))
                }
            case .awaitingCorrection:
                if let due = c.correctionDue, due < today {
                    items.append(ReviewItem(kind: .correctionEnded, id: id, title: title, due: due,
                                            reason: StoreText.Review.correctionEnded.text([due.iso]),
                                            overdue: true))
                }
            case .awaitingFee:
                if let due = c.feePaymentDue, due < today {
                    items.append(ReviewItem(kind: .feePaymentEnded, id: id, title: title, due: due,
                                            reason: StoreText.Review.feePaymentEnded.text([due.iso]), overdue: true))
                }
            case .replied, .withdrawn:
                break
            }
            // A deadline counted across a missing year carries its mark (C5) on every item of the application.
            if c.provisional {
                for i in items.indices where items[i].id == id && items[i].due == c.due { items[i].provisional = true }
            }
            // 补正告知超期 (C9): flagged on whatever item the application has in the inbox.
            if c.clarifyNoticeLate, let last = items.indices.last, items[last].id == id {
                items[last].reason += StoreText.Review.clarifyLate.text()
            }
        }
        return items
    }

    /// “（暂定：缺少 2027 年节假日安排）” after a reason counted without a year's arrangements (C5).
    static func provisionalNote(_ years: [Int]) -> String {
        StoreText.Review.provisional.text([years.map(String.init).joined(separator: StoreText.Review.listSeparator.text())])
    }

    /// 栏目长期不更新 — columns the officer's unit is responsible for (its own, or inherited from the
    /// nearest owned parent) with nothing new for longer than the staleness period.
    func staleColumnItems(_ db: Database, officerUnit: String, today: CivilDate) throws -> [ReviewItem] {
        try Self.staleColumns(db, today: today, stalenessDays: CatalogCheck.defaultStalenessDays,
                              snapshots: workspace.catalogSnapshots)
            .filter { $0.ownerUnitId == officerUnit }
            .map { ReviewItem(kind: .staleColumn, id: $0.nodeId, title: $0.path, due: nil, reason: $0.message, overdue: false) }
    }

    /// 暂缓 — hides an inbox item from my queue until `until` (it comes back on that day).
    /// Returns the previous snooze date, so the TUI can undo.
    @discardableResult
    public func snooze(kind: ReviewKind, id: String, until: CivilDate) throws -> CivilDate? {
        try checkInput(until, field: "until")
        let today = self.today()
        guard until > today else { throw ServiceError.invalid(StoreText.Review.snoozeNotFuture.with([today.iso])) }
        let login = actor.login, stamp = now()
        return try change(.reviewSnooze, item: id) { db in
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
        try change(.reviewUnsnooze, item: id) { db in
            try db.execute(sql: "DELETE FROM reviewSnooze WHERE login = ? AND kind = ? AND itemId = ?",
                           arguments: [login, kind.rawValue, id])
            return ((), ChangeRecord(after: AuditLog.json(["kind": kind.rawValue])))
        }
    }
}

extension ReviewItem {
    /// An item of `reviewOutline()` not yet worded (`reviewDetails`): a 三同步 item and an overdue
    /// application have a reason.
    public var isOutline: Bool { (kind == .interpretationCheck || kind == .applicationOverdue) && reason.isEmpty }
}
