import Foundation
import GRDB
import GongkaiCore

/// 政策解读 — recording an interpretation, editing its checklist, forms and body, and its own
/// workflow (提交审核、签发、退回、发布), every change audited (国办发〔2016〕80号).
/// Officers of the drafting unit or of the interpreting unit (and the county office) may act.
extension GongkaiService {
    /// 新建解读 — for a document that requires one; the interpreting unit follows 谁起草、谁解读.
    public func addInterpretation(_ request: AddInterpretationRequest) throws -> InterpretationDetail {
        try checkInput(request)
        let today = self.today(), stamp = now()
        return try change(.interpretationAdd, item: nil) { db in
            let policy = try self.policy(db)
            guard let doc = try DocumentRow.fetchOne(db, key: request.documentId) else {
                throw ServiceError.notFound(StoreText.Documents.noDocumentShort.with([request.documentId]))
            }
            try policy.requireChange(unit: doc.unitId)
            let unit = try Self.interpretingUnit(db, draftingUnit: doc.unitId, requested: request.unit, reason: request.reason)
            let id = try Self.nextInterpretationID(db, year: today.year)
            let row = InterpretationRow(
                id: id, documentId: doc.id, unitId: unit.unitId, unitReason: unit.reason,
                leader: Self.blankToNil(request.leader), forms: InterpretationRow.codes(request.forms),
                elements: InterpretationRow.codes(Self.ordered(request.elements)), body: request.body,
                state: InterpretationState.draft.rawValue, created: today.iso, approved: nil, published: nil,
                createdAt: stamp, updatedAt: stamp)
            try row.insert(db)
            let detail = try Self.detail(db, row: row)
            return (detail, ChangeRecord(after: AuditLog.json(Self.auditView(row)), item: id))
        }
    }

    /// 修改解读 — forms, elements, leader, unit (with reason) and body of a draft.
    @discardableResult
    public func updateInterpretation(id: String, _ request: UpdateInterpretationRequest) throws -> InterpretationDetail {
        try checkInput(request)
        let stamp = now()
        return try change(.interpretationUpdate, item: id) { db in
            var row = try Self.editableRow(db, id: id, policy: try self.policy(db))
            let before = row
            if let forms = request.forms { row.forms = InterpretationRow.codes(forms) }
            if let elements = request.elements { row.elements = InterpretationRow.codes(Self.ordered(elements)) }
            if let leader = request.leader { row.leader = Self.blankToNil(leader) }
            if request.unit != nil || request.reason != nil {
                let drafting = try String.fetchOne(db, sql: "SELECT unitId FROM document WHERE id = ?",
                                                   arguments: [row.documentId]) ?? row.unitId
                let unit = try Self.interpretingUnit(db, draftingUnit: drafting, requested: request.unit ?? row.unitId,
                                                     reason: request.reason ?? row.unitReason)
                row.unitId = unit.unitId
                row.unitReason = unit.reason
            }
            if let body = request.body { row.body = body }
            row.updatedAt = stamp
            try row.update(db)
            var after = Self.auditView(row)
            if request.body != nil { after["bodyChanged"] = before.body != row.body ? "yes" : "no" }
            return (try Self.detail(db, row: row), ChangeRecord(before: AuditLog.json(Self.auditView(before)),
                                                                 after: AuditLog.json(after)))
        }
    }

    /// 勾选解读要素 — ticks (or, with `on: false`, clears) checklist items.
    @discardableResult
    public func tickInterpretation(id: String, elements: [InterpretationElement], on: Bool = true) throws -> InterpretationDetail {
        let current = try interpretation(id: id)
        var set = Set(current.elements)
        if on { set.formUnion(elements) } else { set.subtract(elements) }
        return try updateInterpretation(id: id, UpdateInterpretationRequest(elements: Array(set)))
    }

    /// 解读办理 — 提交审核、签发、退回、发布 of the interpretation itself (InterpretationWorkflow).
    @discardableResult
    public func performInterpretationAction(_ action: DocumentAction, id: String,
                                            comment: String? = nil) throws -> InterpretationStep {
        try checkInput(comment, field: "comment")
        let today = self.today(), stamp = now(), actor = self.actor
        return try change(.interpretation(action), item: id) { db in
            let policy = try self.policy(db)
            guard var row = try InterpretationRow.fetchOne(db, key: id) else {
                throw ServiceError.notFound(StoreText.Documents.noInterpretation.with([id]))
            }
            try Self.requireChange(db, row: row, policy: policy)
            let current = try row.checked()
            let transition: DocumentTransition
            do {
                transition = try InterpretationWorkflow.perform(action, from: current.state, forms: current.forms,
                                                                actor: actor.login, role: policy.officer.role,
                                                                date: today, comment: comment)
            } catch let rule as InterpretationRuleError {
                throw ServiceError.invalid(PhraseText { rule.message })
            }
            let before = Self.auditView(row)
            row.state = transition.to.rawValue
            switch action {
            case .approve: row.approved = today.iso
            case .returnToDraft: row.approved = nil
            case .publish: row.published = today.iso
            case .submit: break
            }
            row.updatedAt = stamp
            try row.update(db)
            try db.execute(sql: """
                INSERT INTO interpretationTransition (interpretationId, fromState, toState, action, actor, realActor, date, comment, createdAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, transition.from.rawValue, transition.to.rawValue, action.rawValue, actor.login,
                                 actor.realLogin, today.iso, transition.comment, stamp])
            let step = InterpretationStep(id: db.lastInsertedRowID, interpretationId: id,
                                          from: transition.from, to: transition.to,
                                          action: action.rawValue, actor: actor.login, date: today, comment: transition.comment)
            return (step, ChangeRecord(before: AuditLog.json(before), after: AuditLog.json(step)))
        }
    }

    /// One interpretation.
    public func interpretation(id: String) throws -> InterpretationDetail {
        try read { db, access in
            guard let row = try InterpretationRow.fetchOne(db, key: id) else {
                throw ServiceError.notFound(StoreText.Documents.noInterpretation.with([id]))
            }
            let policy = access.policy
            let docUnit = try String.fetchOne(db, sql: "SELECT unitId FROM document WHERE id = ?", arguments: [row.documentId])
            guard policy.canSee(unit: row.unitId) || docUnit.map(policy.canSee(unit:)) == true else {
                throw AccessDenied(rule: .otherUnit, officer: policy.officer.login)
            }
            return try Self.detail(db, row: row)
        }
    }

    /// The interpretations of document `id`, oldest first.
    public func interpretations(doc id: String) throws -> [InterpretationDetail] {
        try read { db, access in
            guard let unit = try String.fetchOne(db, sql: "SELECT unitId FROM document WHERE id = ?", arguments: [id]) else {
                throw ServiceError.notFound(StoreText.Documents.noDocumentShort.with([id]))
            }
            try access.policy.requireSee(unit: unit)
            return try Self.details(db, documentId: id)
        }
    }

    /// An interpretation's workflow history, oldest first.
    public func interpretationSteps(id: String) throws -> [InterpretationStep] {
        _ = try interpretation(id: id)
        return try read { db, _ in
            try Row.fetchAll(db, sql: "SELECT * FROM interpretationTransition WHERE interpretationId = ? ORDER BY id",
                             arguments: [id]).compactMap { r in
                guard let from = InterpretationState(rawValue: r["fromState"]), let to = InterpretationState(rawValue: r["toState"]),
                      let date = CivilDate(iso: r["date"]) else { return nil }
                return InterpretationStep(id: r["id"], interpretationId: id, from: from, to: to, action: r["action"],
                                          actor: r["actor"], date: date, comment: r["comment"])
            }
        }
    }

    // MARK: - Helpers

    static func details(_ db: Database, documentId: String) throws -> [InterpretationDetail] {
        try InterpretationRow.filter(Column("documentId") == documentId).order(Column("id")).fetchAll(db)
            .map { try detail(db, row: $0) }
    }

    static func detail(_ db: Database, row: InterpretationRow) throws -> InterpretationDetail {
        let i = try row.checked()
        let doc = try Row.fetchOne(db, sql: "SELECT title, unitId FROM document WHERE id = ?", arguments: [row.documentId])
        let unitName = try String.fetchOne(db, sql: "SELECT name FROM unit WHERE id = ?", arguments: [row.unitId]) ?? row.unitId
        return InterpretationDetail(
            id: i.id, doc: i.documentId, documentTitle: doc?["title"] ?? "", draftingUnit: doc?["unitId"] ?? "",
            unit: i.unit.unitId, unitName: unitName, unitReason: i.unit.reason, leader: i.leader, forms: i.forms,
            elements: ordered(Array(i.elements)), missingElements: i.missingElements, state: i.state,
            created: i.created, approved: i.approved, published: i.published, body: row.body)
    }

    static func interpretingUnit(_ db: Database, draftingUnit: String, requested: String?,
                                 reason: String?) throws -> InterpretingUnit {
        let requestedId = try requested.flatMap(blankToNil).map { ref -> String in
            return try resolveUnitRow(db, ref).id
        }
        do {
            return try InterpretingUnit.resolve(draftingUnit: draftingUnit, requested: requestedId, reason: reason)
        } catch {
            throw ServiceError.invalid(PhraseText { error.message })
        }
    }

    /// A draft the officer may change.
    static func editableRow(_ db: Database, id: String, policy: AccessPolicy) throws -> InterpretationRow {
        guard let row = try InterpretationRow.fetchOne(db, key: id) else {
            throw ServiceError.notFound(StoreText.Documents.noInterpretation.with([id]))
        }
        try requireChange(db, row: row, policy: policy)
        guard row.state == InterpretationState.draft.rawValue else {
            let raw = row.state
            throw ServiceError.invalid(PhraseText {
                StoreText.Documents.interpretationNotDraft.text([InterpretationState(rawValue: raw)?.displayName ?? raw])
            })
        }
        return row
    }

    /// Officers of the interpreting unit or of the drafting unit (or the county office).
    static func requireChange(_ db: Database, row: InterpretationRow, policy: AccessPolicy) throws {
        if policy.canSee(unit: row.unitId) { return }
        let docUnit = try String.fetchOne(db, sql: "SELECT unitId FROM document WHERE id = ?", arguments: [row.documentId])
        try policy.requireChange(unit: docUnit ?? row.unitId)
    }

    /// `J2026-0001` — per year of creation.
    static func nextInterpretationID(_ db: Database, year: Int) throws -> String {
        let prefix = String(format: "J%04d-", year)
        let last = try String.fetchOne(db, sql: "SELECT MAX(id) FROM interpretation WHERE id LIKE ?",
                                       arguments: [prefix + "%"])
        let n = last.flatMap { Int($0.dropFirst(prefix.count)) } ?? 0
        return prefix + String(format: "%04d", n + 1)
    }

    static func ordered(_ elements: [InterpretationElement]) -> [InterpretationElement] {
        InterpretationElement.allCases.filter(Set(elements).contains)
    }


    /// The audited view of a row (the body is long: only its length).
    static func auditView(_ row: InterpretationRow) -> [String: String] {
        var v = ["documentId": row.documentId, "unitId": row.unitId, "forms": row.forms, "elements": row.elements,
                 "state": row.state, "bodyLength": String(row.body.count)]
        if let r = row.unitReason { v["unitReason"] = r }
        if let l = row.leader { v["leader"] = l }
        return v
    }
}
