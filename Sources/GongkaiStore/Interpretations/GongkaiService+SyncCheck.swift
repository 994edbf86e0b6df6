import Foundation
import GRDB
import GongkaiCore

/// 三同步检查 — 同步组织、同步审签、同步部署 read from the workspace: the document's workflow steps,
/// its interpretations, the settings (C6) and the override reasons recorded on its steps
/// (国办发〔2016〕80号; DOMAIN.md section 5; issue 6).
extension GongkaiService {
    /// The dates and overrides the check compares, for one document row.
    struct SyncInputs {
        var document: SyncDocument
        var overrides: SyncOverrides
        var requirement: InterpretationRequirement
    }

    /// 是否需要解读 — from the type, and the tags when the workspace has them (DocumentTags).
    static func requirement(_ row: Row, settings: InterpretationSettings) -> InterpretationRequirement {
        guard let type = DocumentType(rawValue: row["type"]) else { return .notRequired }
        return InterpretationRequirement.evaluate(type: type, tags: DocumentTags.of(row: row), settings: settings)
    }

    /// Folds the document's steps into the dates of the latest review (a 退回 clears them, an
    /// undo restores what its step changed). A document entered as already published has no
    /// steps: its publication date is taken from the document, and it was signed on that day at
    /// the latest, which is the approval date the check then uses.
    static func syncInputs(_ db: Database, row: Row, settings: InterpretationSettings) throws -> SyncInputs {
        let id: String = row["id"]
        let requirement = requirement(row, settings: settings)
        var doc = SyncDocument(id: id, required: requirement.isRequired)
        var overrides = SyncOverrides()
        var beforeReturn: [(CivilDate?, CivilDate?, String?)] = []
        let steps = try Row.fetchAll(db, sql: """
            SELECT action, fromState, toState, date, overrideReason FROM documentTransition WHERE documentId = ? ORDER BY id
            """, arguments: [id])
        for s in steps {
            let date = CivilDate(iso: s["date"])
            let reason: String? = s["overrideReason"]
            switch s["action"] as String {
            case DocumentAction.submit.rawValue:
                doc.submitted = date
            case DocumentAction.approve.rawValue:
                doc.approved = date
                overrides.approveReason = reason
            case DocumentAction.returnToDraft.rawValue:
                beforeReturn.append((doc.submitted, doc.approved, overrides.approveReason))
                doc.submitted = nil
                doc.approved = nil
                overrides.approveReason = nil
            case DocumentAction.publish.rawValue:
                doc.published = date
                overrides.publishReason = reason
            default:
                // 撤销: of a 签发 (approved → in-review) or of a 退回 (draft → in-review).
                if (s["fromState"] as String) == DocumentState.approved.rawValue {
                    doc.approved = nil
                    overrides.approveReason = nil
                } else if (s["fromState"] as String) == DocumentState.draft.rawValue, let last = beforeReturn.popLast() {
                    (doc.submitted, doc.approved, overrides.approveReason) = last
                }
            }
        }
        if doc.published == nil, let p = (row["published"] as String?).flatMap(CivilDate.init(iso:)) {
            doc.published = p
            if doc.approved == nil, !steps.contains(where: { ($0["action"] as String) == DocumentAction.approve.rawValue }) {
                doc.approved = p
            }
        }
        return SyncInputs(document: doc, overrides: overrides, requirement: requirement)
    }

    static func interpretations(_ db: Database, documentId: String) throws -> [Interpretation] {
        try InterpretationRow.filter(Column("documentId") == documentId).order(Column("id")).fetchAll(db)
            .map { try $0.checked() }
    }

    static func check(_ db: Database, row: Row, settings: InterpretationSettings, calendar: WorkdayCalendar,
                      today: CivilDate) throws -> SyncCheck {
        let inputs = try syncInputs(db, row: row, settings: settings)
        return SyncCheck.evaluate(document: inputs.document,
                                  interpretations: try interpretations(db, documentId: inputs.document.id),
                                  settings: settings, calendar: calendar, today: today, overrides: inputs.overrides)
    }

    /// 三同步检查 of document `id` — `interp status`; the JSON of `SyncCheck` exactly.
    public func interpStatus(doc id: String) throws -> SyncCheck {
        let today = self.today()
        return try writer.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM document WHERE id = ?", arguments: [id]) else {
                throw ServiceError.notFound(S.Documents.noDocumentShort.with([id]))
            }
            try policy(db).requireSee(unit: row["unitId"])
            return try Self.check(db, row: row, settings: try Self.interpretationSettings(db),
                                  calendar: try Self.workdayCalendar(db), today: today)
        }
    }

    /// 签发、发布前的三同步检查 — called inside `performDocumentAction`'s transaction: throws
    /// `SyncRefusal` when the step would break a check, unless `overrideReason` is given; returns
    /// the overridden problems (for the step's comment and the audit entry).
    static func syncGuard(_ db: Database, documentId: String, action: DocumentAction, on date: CivilDate,
                          overrideReason: String?) throws -> [SyncProblem] {
        guard action == .approve || action == .publish,
              let row = try Row.fetchOne(db, sql: "SELECT * FROM document WHERE id = ?", arguments: [documentId])
        else { return [] }
        let settings = try interpretationSettings(db)
        let inputs = try syncInputs(db, row: row, settings: settings)
        guard inputs.requirement.isRequired else { return [] }
        let interps = try interpretations(db, documentId: documentId)
        if action == .approve {
            return try SyncCheck.guardApprove(document: inputs.document, interpretations: interps, on: date,
                                              overrideReason: overrideReason, calendar: try workdayCalendar(db))
        }
        return try SyncCheck.guardPublish(document: inputs.document, interpretations: interps, on: date,
                                          settings: settings, overrideReason: overrideReason)
    }

    /// 三同步检查 of every document in the officer's scope that requires an interpretation,
    /// newest formed first, with its interpretations (the 解读 pane and the inbox).
    static func overview(_ db: Database, scope: UnitScope, today: CivilDate) throws -> [InterpretationOverviewRow] {
        let settings = try interpretationSettings(db)
        let calendar = try workdayCalendar(db)
        // Without tags only 规章 and 行政规范性文件 can require one: let the index skip the rest.
        let types = try DocumentTags.available(db) ? "1" : "d.type IN ('regulation','normative')"
        let rows = try Row.fetchAll(db, sql: """
            SELECT d.*, u.name AS unitName FROM document d JOIN unit u ON u.id = d.unitId
            WHERE \(types) AND \(scope.sql("d.unitId")) ORDER BY d.formed DESC, d.id DESC
            """, arguments: scope.arguments)
        var result: [InterpretationOverviewRow] = []
        for row in rows {
            let requirement = requirement(row, settings: settings)
            guard let reason = requirement.reason, let state = DocumentState(rawValue: row["state"]) else { continue }
            let id: String = row["id"]
            result.append(InterpretationOverviewRow(
                doc: id, title: row["title"], unitName: row["unitName"], documentState: state, requirement: reason,
                check: try check(db, row: row, settings: settings, calendar: calendar, today: today),
                interpretations: try details(db, documentId: id)))
        }
        return result
    }

    /// 解读窗格 — see `overview`.
    public func interpretationOverview() throws -> [InterpretationOverviewRow] {
        let today = self.today()
        return try writer.read { db in try Self.overview(db, scope: UnitScope(policy(db)), today: today) }
    }

    /// 解读统计 — interpretations published in [from, to] (of `unit`, an id or name, when given),
    /// by form, the share meeting all three checks and the late ones.
    public func interpStats(from: CivilDate, to: CivilDate, unit: String? = nil) throws -> InterpretationStats {
        guard from <= to else { throw ServiceError.invalid(S.Documents.statsDates.with([from.iso, to.iso])) }
        return try writer.read { db in
            let scope = try UnitScope(policy(db))
            let unitId = try unit.map { ref -> String in
                return try Self.resolveUnitRow(db, ref).id
            }
            let settings = try Self.interpretationSettings(db)
            let rows = try InterpretationRow.fetchAll(db, sql: """
                SELECT i.* FROM interpretation i JOIN document d ON d.id = i.documentId
                WHERE i.published BETWEEN ? AND ? AND (\(scope.sql("i.unitId")) OR \(scope.sql("d.unitId")))
                ORDER BY i.published, i.id
                """, arguments: [from.iso, to.iso] + scope.arguments + scope.arguments)
            let interps = try rows.map { try $0.checked() }
            var documents: [String: SyncDocument] = [:]
            for docId in Set(interps.map(\.documentId)) {
                if let row = try Row.fetchOne(db, sql: "SELECT * FROM document WHERE id = ?", arguments: [docId]) {
                    documents[docId] = try Self.syncInputs(db, row: row, settings: settings).document
                }
            }
            return InterpretationStats.compute(from: from, to: to, unit: unitId, interpretations: interps,
                                               documents: documents, settings: settings,
                                               calendar: try Self.workdayCalendar(db))
        }
    }
}
