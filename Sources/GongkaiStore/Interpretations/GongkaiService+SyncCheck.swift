import Foundation
import GRDB
import GongkaiCore

/// 三同步检查 — 同步组织、同步审签、同步部署 read from the workspace: the document's workflow steps,
/// its interpretations, the settings (C6) and the override reasons recorded on its steps
/// (国办发〔2016〕80号; Docs/领域规则.md §5).
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
        let steps = try Row.fetchAll(db, sql: """
            SELECT action, fromState, toState, date, overrideReason FROM documentTransition WHERE documentId = ? ORDER BY id
            """, arguments: [row["id"] as String])
        return syncInputs(row: row, steps: steps, settings: settings)
    }

    /// The same, from the document's steps already read (oldest first; `SyncStandingStore` reads
    /// them for many documents in one query).
    static func syncInputs(row: Row, steps: [Row], settings: InterpretationSettings) -> SyncInputs {
        let id: String = row["id"]
        let requirement = requirement(row, settings: settings)
        var doc = SyncDocument(id: id, required: requirement.isRequired)
        var overrides = SyncOverrides()
        var beforeReturn: [(CivilDate?, CivilDate?, String?)] = []
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
        return try read { db, access in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM document WHERE id = ?", arguments: [id]) else {
                throw ServiceError.notFound(StoreText.Documents.noDocumentShort.with([id]))
            }
            try access.policy.requireSee(unit: row["unitId"])
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

    /// The documents `ids` (id, title, unit and its name, formed, type, state, published, tags) with
    /// their sync inputs, read in a few queries whatever their number, never their bodies.
    static func syncRows(_ db: Database, ids: [String],
                         settings: InterpretationSettings) throws -> [String: (row: Row, inputs: SyncInputs)] {
        var result: [String: (row: Row, inputs: SyncInputs)] = [:]
        let tags = try DocumentTags.available(db)
        var start = 0
        while start < ids.count {
            let chunk = Array(ids[start..<min(ids.count, start + 500)])
            start += chunk.count
            let marks = databaseQuestionMarks(count: chunk.count)
            let steps = Dictionary(grouping: try Row.fetchAll(db, sql: """
                SELECT documentId, action, fromState, toState, date, overrideReason FROM documentTransition
                WHERE documentId IN (\(marks)) ORDER BY documentId, id
                """, arguments: StatementArguments(chunk)), by: { $0["documentId"] as String })
            for row in try Row.fetchAll(db, sql: """
                SELECT d.id, d.title, d.unitId, d.formed, d.type, d.state, d.published\(tags ? ", d.tags" : ""),
                       u.name AS unitName
                FROM document d JOIN unit u ON u.id = d.unitId WHERE d.id IN (\(marks))
                """, arguments: StatementArguments(chunk)) {
                let id: String = row["id"]
                result[id] = (row, syncInputs(row: row, steps: steps[id] ?? [], settings: settings))
            }
        }
        return result
    }

    /// The interpretations of the documents `ids`, by document, oldest first.
    static func interpretationRows(_ db: Database, ids: [String]) throws -> [String: [InterpretationRow]] {
        var result: [String: [InterpretationRow]] = [:]
        var start = 0
        while start < ids.count {
            let chunk = Array(ids[start..<min(ids.count, start + 500)])
            start += chunk.count
            for row in try InterpretationRow.fetchAll(db, sql: """
                SELECT * FROM interpretation WHERE documentId IN (\(databaseQuestionMarks(count: chunk.count))) ORDER BY documentId, id
                """, arguments: StatementArguments(chunk)) {
                result[row.documentId, default: []].append(row)
            }
        }
        return result
    }

    /// 三同步检查 of the documents `ids` (in that order), with their interpretations: a few queries
    /// for the whole list, never one per document; bodies are not read.
    /// Without `details` the rows carry no interpretation details (the inbox needs only the check).
    static func overviewRows(_ db: Database, ids: [String], today: CivilDate,
                             details: Bool = true) throws -> [InterpretationOverviewRow] {
        guard !ids.isEmpty else { return [] }
        let settings = try interpretationSettings(db)
        let calendar = try workdayCalendar(db)
        let docs = try syncRows(db, ids: ids, settings: settings)
        let interpRows = try interpretationRows(db, ids: ids)
        var result: [InterpretationOverviewRow] = []
        for id in ids {
            guard let (row, inputs) = docs[id] else { continue }
            let rows = interpRows[id] ?? []
            guard inputs.requirement.isRequired, let state = DocumentState(rawValue: row["state"]) else { continue }
            let check = SyncCheck.evaluate(document: inputs.document, interpretations: try rows.map { try $0.checked() },
                                           settings: settings, calendar: calendar, today: today, overrides: inputs.overrides)
            result.append(InterpretationOverviewRow(
                doc: id, title: row["title"], unitName: row["unitName"], documentState: state, basis: inputs.requirement,
                check: check, interpretations: details ? try rows.map { try detail(db, row: $0) } : []))
        }
        return result
    }

    /// The documents in the officer's scope that require an interpretation, newest formed first
    /// (the maintained `documentSync` table: an index read, whatever the workspace's size).
    static func requiringIds(_ db: Database, scope: UnitScope, offset: Int, limit: Int) throws -> [String] {
        try String.fetchAll(db, sql: """
            SELECT documentId FROM documentSync WHERE required = 1 AND \(scope.sql("unitId"))
            ORDER BY formed DESC, documentId DESC LIMIT ? OFFSET ?
            """, arguments: scope.arguments + [limit, offset])
    }

    /// 三同步检查 of every document in the officer's scope that requires an interpretation,
    /// newest formed first, with its interpretations (`interp list`; the pane reads a window).
    static func overview(_ db: Database, scope: UnitScope, today: CivilDate) throws -> [InterpretationOverviewRow] {
        try overviewRows(db, ids: requiringIds(db, scope: scope, offset: 0, limit: -1), today: today)
    }

    /// 解读窗格 — see `overview`.
    public func interpretationOverview() throws -> [InterpretationOverviewRow] {
        let today = self.today()
        return try read { db, access in try Self.overview(db, scope: access.scope, today: today) }
    }

    /// How many documents in the officer's scope require an interpretation (the 解读 pane's length).
    public func interpretationCount() throws -> Int {
        try read { db, access in
            let scope = access.scope
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documentSync WHERE required = 1 AND \(scope.sql("unitId"))",
                                    arguments: scope.arguments) ?? 0
        }
    }

    /// One window of `interpretationOverview()`: only the rows on screen are checked.
    public func interpretationWindow(offset: Int, limit: Int) throws -> [InterpretationOverviewRow] {
        let today = self.today()
        return try read { db, access in
            let scope = access.scope
            return try Self.overviewRows(db, ids: Self.requiringIds(db, scope: scope, offset: max(0, offset), limit: max(0, limit)),
                                         today: today)
        }
    }

    /// The 解读 row of document `doc`, or nil when it is not in the officer's list.
    public func interpretationRow(doc: String) throws -> InterpretationOverviewRow? {
        let today = self.today()
        return try read { db, access in
            let scope = access.scope
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM documentSync WHERE documentId = ? AND required = 1 AND \(scope.sql("unitId"))",
                                    arguments: [doc] + scope.arguments) == true else { return nil }
            return try Self.overviewRows(db, ids: [doc], today: today).first
        }
    }

    /// Where document `doc` sits in `interpretationOverview()` order, or nil when it is not listed.
    public func interpretationPosition(doc: String) throws -> Int? {
        try read { db, access in
            let scope = access.scope
            guard let row = try Row.fetchOne(db, sql: """
                SELECT formed FROM documentSync WHERE documentId = ? AND required = 1 AND \(scope.sql("unitId"))
                """, arguments: [doc] + scope.arguments) else { return nil }
            let formed: String = row["formed"]
            return try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM documentSync WHERE required = 1 AND \(scope.sql("unitId"))
                AND (formed > ? OR (formed = ? AND documentId > ?))
                """, arguments: scope.arguments + [formed, formed, doc])
        }
    }

    /// 解读统计 — interpretations published in [from, to] (of `unit`, an id or name, when given),
    /// by form, the share meeting all three checks and the late ones.
    public func interpStats(from: CivilDate, to: CivilDate, unit: String? = nil) throws -> InterpretationStats {
        guard from <= to else { throw ServiceError.invalid(StoreText.Documents.statsDates.with([from.iso, to.iso])) }
        return try read { db, access in
            let scope = access.scope
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
            let documents = try Self.syncRows(db, ids: Array(Set(interps.map(\.documentId))), settings: settings)
                .mapValues(\.inputs.document)
            return InterpretationStats.compute(from: from, to: to, unit: unitId, interpretations: interps,
                                               documents: documents, settings: settings,
                                               calendar: try Self.workdayCalendar(db))
        }
    }
}
