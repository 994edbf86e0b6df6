import Foundation
import GRDB
import GongkaiCore

/// 公众参与行政决策 — decisions put to the public, their period, the comments, the adoption and the
/// published feedback (Docs/领域规则.md §9). Officers of the unit and of the county office act;
/// every change is audited.
extension GongkaiService {
    static let consultationSettingsKey = "consultationSettings"

    /// 新建 — validated against the workspace's settings (the shortest public comment period).
    public func addConsultation(_ request: AddConsultationRequest) throws -> ConsultationRecord {
        try checkInput(request)
        let stamp = now(), today = self.today()
        return try change(.consultationAdd, item: nil) { db in
            let policy = try self.policy(db)
            let unit = try Self.registerUnit(db, request.unit, policy: policy)
            try policy.requireChange(unit: unit)
            let id = try Self.nextRegisterID(db, table: "consultation", prefix: String(format: "GC%04d-", request.opens.year))
            let c = Consultation(id: id, unitId: unit, decision: Self.trimmed(request.decision), scope: Self.trimmed(request.scope),
                                 methods: request.methods, opens: request.opens, closes: request.closes,
                                 shortPeriodReason: Self.blankToNil(request.shortPeriodReason))
            let settings = try Self.consultationSettings(db)
            try Self.registerRule { try ConsultationRules.validate(c, settings: settings) }
            try ConsultationRow(c, createdAt: stamp, updatedAt: stamp).insert(db)
            return (try Self.consultationRecord(db, c, today: today), ChangeRecord(after: AuditLog.json(c), item: id))
        }
    }

    /// 办结 — records comments, adoption and feedback (ConsultationRules.close).
    @discardableResult
    public func closeConsultation(id: String, _ request: CloseConsultationRequest) throws -> ConsultationRecord {
        try checkInput(request)
        let stamp = now(), today = self.today()
        return try change(.consultationClose, item: id) { db in
            let policy = try self.policy(db)
            guard let row = try ConsultationRow.fetchOne(db, key: id) else { throw ServiceError.notFound(StoreText.Registers.noConsultation.with([id])) }
            try policy.requireChange(unit: row.unitId)
            let old = try row.checked()
            let next = try Self.registerRule {
                try ConsultationRules.close(old, on: today, commentsReceived: request.commentsReceived, summary: request.summary,
                                            adoption: request.adoption, feedback: request.feedback,
                                            earlyReason: request.earlyReason)
            }
            try ConsultationRow(next, createdAt: row.createdAt, updatedAt: stamp).update(db)
            return (try Self.consultationRecord(db, next, today: today),
                    ChangeRecord(before: AuditLog.json(old), after: AuditLog.json(next)))
        }
    }

    public func consultation(id: String) throws -> ConsultationRecord {
        let today = self.today()
        return try read { db, access in
            guard let row = try ConsultationRow.fetchOne(db, key: id) else { throw ServiceError.notFound(StoreText.Registers.noConsultation.with([id])) }
            try access.policy.requireSee(unit: row.unitId)
            return try Self.consultationRecord(db, try row.checked(), today: today)
        }
    }

    /// The consultations the officer may see (`unit`: one of them), latest closing date first;
    /// `openOnly` leaves out the closed ones.
    public func consultations(unit: String? = nil, openOnly: Bool = false) throws -> [ConsultationRecord] {
        let today = self.today()
        return try read { db, access in
            let policy = access.policy
            let scope = UnitScope(policy)
            var sql = "SELECT * FROM consultation WHERE \(scope.sql("unitId"))"
            var args = scope.arguments
            if let ref = Self.blankToNil(unit) {
                let u = try Self.registerUnit(db, ref, policy: policy)
                try policy.requireSee(unit: u)
                sql += " AND unitId = ?"
                args += [u]
            }
            if openOnly { sql += " AND closedOn IS NULL" }
            sql += " ORDER BY closedOn IS NOT NULL, closes DESC, id DESC"
            return try ConsultationRow.fetchAll(db, sql: sql, arguments: args)
                .map { try Self.consultationRecord(db, try $0.checked(), today: today) }
        }
    }

    // MARK: Settings

    static func consultationSettings(_ db: Database) throws -> ConsultationSettings {
        guard let json = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?",
                                             arguments: [consultationSettingsKey]) else { return .default }
        do { return try JSONDecoder().decode(ConsultationSettings.self, from: Data(json.utf8)) }
        catch { throw CorruptRowError(table: "meta", id: consultationSettingsKey, column: "value") }
    }

    public func consultationSettings() throws -> ConsultationSettings {
        try readShared { db in try Self.consultationSettings(db) }
    }

    /// 修改公众参与设置 — admins only, audited. Both are the workspace's own rules of thumb.
    @discardableResult
    public func setConsultationSettings(_ settings: ConsultationSettings) throws -> ConsultationSettings {
        try checkInput(settings)
        guard (0...365).contains(settings.minimumPublicCommentDays) else {
            throw ServiceError.invalidValue(StoreText.Registers.minimumDaysRange.with())
        }
        guard (0...90).contains(settings.closingSoonDays) else {
            throw ServiceError.invalidValue(StoreText.Registers.closingSoonRange.with())
        }
        return try change(.consultationSettings, item: Self.consultationSettingsKey,
                          require: { try $0.requireAdmin() }) { db in
            let before = try Self.consultationSettings(db)
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                           arguments: [Self.consultationSettingsKey, AuditLog.json(settings)])
            return (settings, ChangeRecord(before: AuditLog.json(before), after: AuditLog.json(settings)))
        }
    }

    // MARK: Review inbox

    /// 公众参与待办 — open consultations closing within the settings' window, and those past their
    /// closing date still without adoption and feedback (overdue).
    func consultationItems(_ db: Database, scope: UnitScope, today: CivilDate) throws -> [ReviewItem] {
        let settings = try Self.consultationSettings(db)
        let horizon = today.adding(days: settings.closingSoonDays).iso
        let rows = try ConsultationRow.fetchAll(db, sql: """
            SELECT * FROM consultation WHERE closedOn IS NULL AND closes <= ? AND \(scope.sql("unitId")) ORDER BY closes, id
            """, arguments: [horizon] + scope.arguments)
        return try rows.compactMap { row -> ReviewItem? in
            let c = try row.checked()
            guard let left = ConsultationRules.reminder(c, today: today, settings: settings) else { return nil }
            let reason = left < 0
                ? StoreText.Review.consultationClosedAgo.text([c.closes.iso, "\(-left)"])
                : (left == 0 ? StoreText.Review.consultationClosesToday.text([c.closes.iso])
                             : StoreText.Review.consultationClosesIn.text(["\(left)", c.closes.iso]))
                    + StoreText.Review.consultationAfterClose.text()
            return ReviewItem(kind: .decisionConsultation, id: c.id, title: StoreText.Review.consultationTitle.text([c.decision]), due: c.closes,
                              reason: reason, overdue: left < 0)
        }
    }

    static func consultationRecord(_ db: Database, _ c: Consultation, today: CivilDate) throws -> ConsultationRecord {
        ConsultationRecord(consultation: c, unitName: try unitName(db, c.unitId), status: c.status(on: today),
                           periodDays: c.periodDays, daysLeft: c.closedOn == nil ? today.days(to: c.closes) : nil)
    }
}

/// 公众参与行 — one row of `consultation`.
struct ConsultationRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "consultation"
    var id: String
    var unitId: String
    var decision: String
    var scope: String
    var methods: String
    var opens: String
    var closes: String
    var shortPeriodReason: String?
    var commentsReceived: Int
    var commentSummary: String
    var adoption: String?
    var feedback: String?
    var closedOn: String?
    var earlyCloseReason: String?
    var createdAt: String
    var updatedAt: String

    init(_ c: Consultation, createdAt: String, updatedAt: String) {
        id = c.id
        unitId = c.unitId
        decision = c.decision
        scope = c.scope
        methods = c.methods.map(\.rawValue).joined(separator: ",")
        opens = c.opens.iso
        closes = c.closes.iso
        shortPeriodReason = c.shortPeriodReason
        commentsReceived = c.commentsReceived
        commentSummary = c.commentSummary
        adoption = c.adoption
        feedback = c.feedback
        closedOn = c.closedOn?.iso
        earlyCloseReason = c.earlyCloseReason
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    func checked() throws -> Consultation {
        func bad(_ column: String) -> CorruptRowError { CorruptRowError(table: "consultation", id: id, column: column) }
        guard let o = CivilDate(iso: opens) else { throw bad("opens") }
        guard let c = CivilDate(iso: closes) else { throw bad("closes") }
        let closed = try closedOn.map { iso -> CivilDate in
            guard let d = CivilDate(iso: iso) else { throw bad("closedOn") }
            return d
        }
        let ms = try methods.split(separator: ",").map { code -> ConsultationMethod in
            guard let m = ConsultationMethod(rawValue: String(code)) else { throw bad("methods") }
            return m
        }
        return Consultation(id: id, unitId: unitId, decision: decision, scope: scope, methods: ms, opens: o, closes: c,
                            shortPeriodReason: shortPeriodReason, commentsReceived: commentsReceived,
                            commentSummary: commentSummary, adoption: adoption, feedback: feedback, closedOn: closed,
                            earlyCloseReason: earlyCloseReason)
    }
}
