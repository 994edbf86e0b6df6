import Foundation
import GRDB
import GongkaiCore

/// 依申请公开 — registering applications, recording their events, and reading them with their
/// reply clock (条例第二十九条至第三十六条; C1–C4, C7). Every write goes through `change`.
extension GongkaiService {
    /// 登记申请 — allocates `A<year of receipt>-<sequence>` inside the transaction.
    public func addApplication(_ request: NewApplication) throws -> ApplicationDetail {
        try checkInput(request)
        let today = self.today()
        let stamp = now()
        let name = request.applicantName.trimmingCharacters(in: .whitespacesAndNewlines)
        let content = request.content.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw ServiceError.missingField(StoreText.Service.fieldApplicantName.with()) }
        guard !content.isEmpty else { throw ServiceError.missingField(StoreText.Service.fieldContent.with()) }
        guard request.received <= today else { throw ServiceError.receivedInFuture(received: request.received, today: today) }
        let id: String = try change(.applicationAdd, item: nil) { db in
            // The handling unit defaults to the officer's own; another unit needs the county office.
            let policy = try self.policy(db)
            let unitId = try Self.resolveUnit(db, request.unit ?? policy.officer.unitId)
            try policy.requireChange(unit: unitId)
            let prefix = "A\(request.received.year)-"
            let last = try Int.fetchOne(db, sql: """
                SELECT MAX(CAST(substr(id, ?) AS INTEGER)) FROM application WHERE id LIKE ?
                """, arguments: [prefix.count + 1, prefix + "%"]) ?? 0
            let id = prefix + String(format: "%04d", last + 1)
            try db.execute(sql: """
                INSERT INTO application (id, applicantType, applicantName, applicantIdNumber, applicantContact,
                                         channel, received, content, formWanted, unitId, createdAt, updatedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, request.applicantType.rawValue, name, Self.blankToNil(request.idNumber),
                                 Self.blankToNil(request.contact), request.channel.rawValue, request.received.iso,
                                 content, Self.blankToNil(request.formWanted), unitId, stamp, stamp])
            try ApplicationClockCache.refresh(db, id: id, calendar: try Self.workdayCalendar(db), today: today)
            // Personal data stays out of the audit text: the log is readable more widely.
            let after = AuditLog.json(["id": id, "received": request.received.iso, "channel": request.channel.rawValue,
                                       "applicantType": request.applicantType.rawValue, "unitId": unitId])
            return (id, ChangeRecord(after: after, item: id))
        }
        return try application(id: id)
    }

    /// 登记办理环节 — validates with `DeadlineClock.validate` and the case-history rules of
    /// `CaseHistoryGuard` (nothing is written when either refuses) and appends the event, audited,
    /// in one transaction. `overrideReason`: an admin records an event a rule refuses, with the
    /// reason; it is kept on the event and in the audit log (C9). A clerk's override is refused.
    public func recordEvent(applicationId id: String, _ event: ApplicationEvent,
                            overrideReason: String? = nil) throws -> ApplicationDetail {
        try checkInput(event)
        try checkInput(overrideReason, field: "overrideReason")
        let today = self.today()
        let stamp = now()
        let login = actor.login
        var event = event
        event.approver = event.approver?.trimmingCharacters(in: .whitespacesAndNewlines)
        event.note = event.note.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
        event.override = nil
        if event.kind == .feeNotice, event.amount == nil {
            // 收费金额 defaults to the schedule's amount for the pages or the 件 (C8).
            if let n = event.pages { event.amount = InformationFee.charge(.perPage, quantity: n).total }
            else if let n = event.feeCount { event.amount = InformationFee.charge(.perRequest, quantity: n).total }
        }
        let reason = (overrideReason ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let prepared = event
        let _: Void = try change(.applicationEvent, item: id) { db in
            var recorded = prepared
            guard let row = try Row.fetchOne(db, sql: "SELECT received, unitId FROM application WHERE id = ?",
                                             arguments: [id]),
                  let received = CivilDate(iso: row["received"]) else { throw ServiceError.unknownApplication(id) }
            try self.policy(db).requireChange(unit: row["unitId"])
            let calendar = try Self.workdayCalendar(db)
            let existing = try ApplicationClockCache.events(db, id: id).map(\.event)
            do {
                try DeadlineClock.validate(received: received, existing: existing, new: recorded,
                                           calendar: calendar, today: today)
            } catch let error as DeadlineError {
                throw ServiceError.deadline(error)
            }
            if let refusal = CaseHistoryGuard.check(received: received, existing: existing, new: recorded,
                                                    calendar: calendar,
                                                    settings: try Self.applicationRuleSettings(db)) {
                guard !reason.isEmpty else { throw ServiceError.caseHistory(refusal) }
                let policy = try self.policy(db)
                guard policy.officer.role == .admin else {
                    throw AccessDenied(rule: .overrideAdminOnly, officer: policy.officer.login)
                }
                recorded.override = GuardOverride(rule: refusal.rule, reason: reason)
            }
            let seq = try ApplicationClockCache.insert(db, id: id, event: recorded, actor: login, at: stamp)
            try db.execute(sql: "UPDATE application SET updatedAt = ? WHERE id = ?", arguments: [stamp, id])
            try ApplicationClockCache.refresh(db, id: id, calendar: calendar, today: today)
            var after = AuditLog.json(recorded)
            if after.hasPrefix("{") { after = "{\"seq\":\(seq)," + after.dropFirst() }
            return ((), ChangeRecord(after: after))
        }
        return try application(id: id)
    }

    /// 申请详情 with its clock as of today.
    public func application(id: String) throws -> ApplicationDetail {
        let today = self.today()
        return try read { db, access in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT a.*, u.name AS unitName FROM application a JOIN unit u ON u.id = a.unitId WHERE a.id = ?
                """, arguments: [id]) else { throw ServiceError.unknownApplication(id) }
            // Personal data is shown unmasked only to the handling unit and the county office.
            try access.policy.requireSee(unit: row["unitId"])
            let summary = try Self.applicationSummary(row)
            let events = try ApplicationClockCache.events(db, id: id)
            let calendar = try Self.workdayCalendar(db)
            let clock = DeadlineClock.evaluate(received: summary.received, events: events.map(\.event),
                                               today: today, calendar: calendar)
            var detail = ApplicationDetail(
                id: id, applicantType: summary.applicantType, applicantName: row["applicantName"],
                idNumber: (row["applicantIdNumber"] as String?).map(PersonalData.maskIdNumber),
                contact: row["applicantContact"], channel: summary.channel,
                receiptDateRule: summary.channel.receiptDateRule, received: summary.received,
                content: summary.content, formWanted: row["formWanted"], unitId: summary.unitId,
                unitName: summary.unitName, state: clock.state, due: clock.due, workdaysLeft: clock.workdaysLeft,
                events: events, derivation: clock.derivation, clock: clock,
                letters: try Self.letterRecords(db, applicationId: id))
            detail.remedies = try Self.unitRemedies(db, unitId: summary.unitId)
            return detail
        }
    }

    /// 申请列表 — by urgency: overdue first, then the fewest working days left; paused and
    /// awaiting-correction items next; replied and withdrawn last (newest first). Reads one page.
    public func listApplications(_ query: ApplicationQuery) throws -> ApplicationPage {
        try checkInput(query)
        return try applicationPage(query, knownTotal: nil)
    }

    /// 申请列表的一屏 — the rows of one window for a list whose length the caller already counted
    /// (`total`): no COUNT over the table on each scroll, and a window in the second half is read
    /// from the end backwards over the same index, so that `G` costs what `g` costs.
    public func applicationWindow(_ query: ApplicationQuery, total: Int) throws -> [ApplicationListItem] {
        try checkInput(query)
        return try applicationPage(query, knownTotal: total).items
    }

    func applicationPage(_ query: ApplicationQuery, knownTotal: Int?) throws -> ApplicationPage {
        let today = self.today()
        return try read { db, access in
            let (_, _, calendar, fresh, filtered) = try Self.listSelection(db, query, scope: access.scope, today: today)
            // Unfiltered, the list is every request in scope: the maintained count (RowCountStore).
            let known = try knownTotal ?? (filtered ? nil : RowCountStore.count(db, .application, scope: access.scope))
            let mainTotal = try known.map { max(0, $0 - fresh.rows.count) }
                ?? Int.fetchOne(db, sql: "SELECT COUNT(*) FROM application a WHERE \(fresh.mainSQL)",
                                arguments: fresh.mainArguments) ?? 0
            let total = mainTotal + fresh.rows.count
            let part = fresh.window(offset: max(0, query.offset), limit: max(0, query.limit))
            let window = PageWindow(offset: part.mainOffset, limit: part.mainLimit, total: mainTotal)
            var pageArgs = fresh.mainArguments
            pageArgs += [window.limit, window.offset]
            var rows = try Row.fetchAll(db, sql: """
                SELECT a.*, u.name AS unitName FROM application a JOIN unit u ON u.id = a.unitId
                WHERE \(fresh.mainSQL)
                ORDER BY \(window.fromEnd ? Self.urgencyOrderReversed : Self.urgencyOrder)
                LIMIT ? OFFSET ?
                """, arguments: pageArgs)
            if window.fromEnd { rows.reverse() }
            rows = ApplicationFreshOrder.merge(main: rows, inserted: part.inserted)
            return ApplicationPage(total: total, offset: query.offset,
                                   items: try Self.listItems(db, rows: rows, today: today, calendar: calendar))
        }
    }

    /// The requests `query` lists in the officer's `scope`: the condition over `application a`
    /// and its arguments, and the list split by `ApplicationFreshOrder` (requests whose key
    /// expired since the last write are placed by today's key).
    /// `filtered`: whether the query narrows the list (else it is every request in scope).
    static func listSelection(_ db: Database, _ query: ApplicationQuery, scope: UnitScope, today: CivilDate) throws
        -> (whereSQL: String, arguments: StatementArguments, calendar: WorkdayCalendar, fresh: ApplicationFreshOrder,
            filtered: Bool) {
        let calendar = try Self.workdayCalendar(db)
        let (condition, conditionArgs) = try Self.filterSQL(db, query, today: today, calendar: calendar)
        let whereSQL = "(\(condition)) AND \(scope.sql("a.unitId"))"
        var args = conditionArgs
        args += scope.arguments
        let fresh = try ApplicationFreshOrder(db, whereSQL: whereSQL, arguments: args, calendar: calendar, today: today)
        return (whereSQL, args, calendar, fresh, condition != Self.everyRequest)
    }

    /// List rows of `application a` (with `unitName`) with their clocks as of `today`.
    static func listItems(_ db: Database, rows: [Row], today: CivilDate,
                          calendar: WorkdayCalendar) throws -> [ApplicationListItem] {
        let summaries = try rows.map(Self.applicationSummary)
        let events = try ApplicationClockCache.events(db, ids: summaries.map(\.id))
        return summaries.map { a -> ApplicationListItem in
            let s = DeadlineClock.evaluate(received: a.received, events: events[a.id] ?? [], today: today,
                                           calendar: calendar)
            return ApplicationListItem(
                id: a.id, applicantType: a.applicantType, applicantName: a.applicantName, channel: a.channel,
                received: a.received, content: a.content, unitId: a.unitId, unitName: a.unitName,
                state: s.state, due: s.due, workdaysLeft: s.workdaysLeft, consultDeadline: s.consultDeadline,
                correctionDue: s.correctionDue, replyDate: s.replyDate, outcome: s.outcome,
                provisional: s.provisional, missingYears: s.missingYears)
        }
    }

    /// `urgencyOrder` exactly reversed (every direction flipped, so NULLs swap ends too): the same
    /// index walked backwards.
    static let urgencyOrderReversed = """
        a.sortRank DESC, CASE WHEN a.sortRank < 2 THEN a.sortDue END DESC,
        CASE WHEN a.sortRank = 2 THEN a.sortDue END ASC, a.received DESC, a.id DESC
        """

    /// The list order: by urgency (see `listApplications`).
    static let urgencyOrder = """
        a.sortRank, CASE WHEN a.sortRank < 2 THEN a.sortDue END ASC,
        CASE WHEN a.sortRank = 2 THEN a.sortDue END DESC, a.received, a.id
        """

    /// Where application `id` sits in `listApplications(query)` order, or nil when it is not
    /// listed (keeps the cursor on the same item when another session changes the list).
    public func applicationPosition(id: String, query: ApplicationQuery) throws -> Int? {
        let today = self.today()
        return try read { db, access in
            let fresh = try Self.listSelection(db, query, scope: access.scope, today: today).fresh
            if let index = fresh.rows.firstIndex(where: { ($0["id"] as String) == id }) { return fresh.positions[index] }
            var positionArgs = fresh.mainArguments
            positionArgs += [id]
            return try Int.fetchOne(db, sql: """
                SELECT position FROM (
                  SELECT a.id, ROW_NUMBER() OVER (ORDER BY \(Self.urgencyOrder)) - 1 AS position
                  FROM application a WHERE \(fresh.mainSQL)
                ) WHERE id = ?
                """, arguments: positionArgs).map(fresh.position(ofMain:))
        }
    }

    static func resolveUnit(_ db: Database, _ unit: String?) throws -> String {
        let text = (unit ?? "").trimmingCharacters(in: .whitespaces)
        if text.isEmpty {
            if let office = try String.fetchOne(db, sql: "SELECT id FROM unit WHERE isCountyOffice ORDER BY sortOrder LIMIT 1") {
                return office
            }
            throw ServiceError.unknownUnit("县人民政府办公室")
        }
        return try UnitResolver.resolve(db, text).id
    }

    /// The condition of a query that narrows nothing.
    static let everyRequest = "1"

    static func filterSQL(_ db: Database, _ q: ApplicationQuery, today: CivilDate,
                          calendar: WorkdayCalendar) throws -> (String, StatementArguments) {
        var clauses: [String] = []
        var args: StatementArguments = []
        let t = today.iso
        let overdueSQL = "(a.sortRank = 0 AND a.sortDue < ?)"
        if let state = q.state {
            switch state {
            case .overdue:
                clauses.append(overdueSQL); args += [t]
            case .processing, .extended:
                clauses.append("(a.phase = ? AND NOT \(overdueSQL))"); args += [state.rawValue, t]
            case .awaitingCorrection, .consulting, .awaitingFee, .replied, .withdrawn:
                clauses.append("a.phase = ?"); args += [state.rawValue]
            }
        }
        var urgency: [String] = []
        if q.overdue { urgency.append(overdueSQL); args += [t] }
        if let n = q.dueWithin {
            guard n >= 0 else { throw ServiceError.invalidValue("--due-within 应为不小于 0 的工作日天数（must be ≥ 0）") }
            let limit = calendar.addWorkdays(from: today, days: n).due
            urgency.append("(a.sortRank = 0 AND a.sortDue >= ? AND a.sortDue <= ?)"); args += [t, limit.iso]
        }
        if !urgency.isEmpty { clauses.append("(" + urgency.joined(separator: " OR ") + ")") }
        if let unit = q.unit?.trimmingCharacters(in: .whitespaces), !unit.isEmpty {
            clauses.append("a.unitId = ?"); args += [try resolveUnit(db, unit)]
        }
        if let s = q.search?.trimmingCharacters(in: .whitespaces), !s.isEmpty {
            let escaped = s.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
            let like = "%" + escaped + "%"
            clauses.append("(a.applicantName LIKE ? ESCAPE '\\' OR a.content LIKE ? ESCAPE '\\' OR a.id LIKE ? ESCAPE '\\')")
            args += [like, like, like]
        }
        return (clauses.isEmpty ? everyRequest : clauses.joined(separator: " AND "), args)
    }
}
