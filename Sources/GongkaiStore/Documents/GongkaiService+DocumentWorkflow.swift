import Foundation
import GRDB
import GongkaiCore

/// 文件办理 — 提交审核、签发、退回、发布 through the one door: the rule (DocumentWorkflow), the
/// officer's role and unit, the new state and its transition record, and the audit entry, in one
/// transaction.
extension GongkaiService {
    /// A recorded step of the workflow.
    public struct DocumentStep: Codable, Sendable, Equatable {
        public var id: Int64
        public var documentId: String
        public var from: DocumentState
        public var to: DocumentState
        /// `submit|approve|return|publish|undo`.
        public var action: String
        public var actor: String
        public var date: CivilDate
        public var comment: String?
        /// 三同步特批理由 — recorded when 签发 or 发布 went ahead despite a failed check.
        public var overrideReason: String? = nil
    }

    /// Performs `action` on document `id`. Returns the recorded step (the TUI keeps it to undo).
    ///
    /// 签发 and 发布 of a document that requires an interpretation are refused with `SyncRefusal`
    /// when a 三同步 check fails (国办发〔2016〕80号; C6), unless `overrideReason` is given: then the
    /// reason goes on the step (its comment and `overrideReason`) and into the audit entry.
    @discardableResult
    public func performDocumentAction(_ action: DocumentAction, id: String, comment: String? = nil,
                                      overrideReason: String? = nil) throws -> DocumentStep {
        try checkInput((comment: comment, overrideReason: overrideReason))
        let today = self.today(), stamp = now(), actor = self.actor
        return try change(.document(action), item: id) { db in
            let policy = try self.policy(db)
            guard let row = try DocumentRow.fetchOne(db, key: id) else { throw ServiceError.notFound(StoreText.Documents.noDocumentShort.with([id])) }
            try policy.requireChange(unit: row.unitId)
            guard let state = DocumentState(rawValue: row.state) else {
                throw CorruptRowError(table: "document", id: id, column: "state")
            }
            let disclosure = DocumentDisclosure(attribute: row.attribute.flatMap(DisclosureAttribute.init(rawValue:)),
                                                withheldReason: row.withheldReason.flatMap(ApplicationOutcome.init(rawValue:)))
            let transition: DocumentTransition
            do {
                transition = try DocumentWorkflow.perform(action, from: state, disclosure: disclosure, actor: actor.login,
                                                          role: policy.officer.role, date: today, comment: comment)
            } catch let rule as DocumentRuleError {
                throw ServiceError.invalid(PhraseText { rule.message })
            }
            let overridden = try Self.syncGuard(db, documentId: id, action: action, on: today,
                                                overrideReason: overrideReason)
            let reason = overridden.first?.overrideReason
            var updated = row
            updated.state = transition.to.rawValue
            updated.updatedAt = stamp
            if action == .publish { updated.published = today.iso }
            try updated.update(db)
            let step = try Self.recordStep(db, documentId: id, from: transition.from, to: transition.to,
                                           action: action.rawValue, actor: actor, date: today,
                                           comment: Self.commentWithOverride(transition.comment, reason),
                                           overrideReason: reason, stamp: stamp)
            let after = overridden.isEmpty ? AuditLog.json(step)
                : AuditLog.json(OverriddenStep(step: step, overriddenProblems: overridden))
            return (step, ChangeRecord(before: AuditLog.json(["state": row.state]), after: after))
        }
    }

    /// 撤销 — undoes a review step (签发 or 退回) while nothing has happened to the document
    /// since: it must still be in the state the step left it in, with that step as its last.
    public func undoDocumentStep(_ step: DocumentStep) throws {
        guard step.action == DocumentAction.approve.rawValue || step.action == DocumentAction.returnToDraft.rawValue else {
            throw ServiceError.invalid(StoreText.Documents.undoOnly.with())
        }
        let today = self.today(), stamp = now(), actor = self.actor
        try change(.documentUndo, item: step.documentId) { db in
            let policy = try self.policy(db)
            guard var row = try DocumentRow.fetchOne(db, key: step.documentId) else {
                throw ServiceError.notFound(StoreText.Documents.noDocumentShort.with([step.documentId]))
            }
            try policy.requireChange(unit: row.unitId)
            let lastId = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM documentTransition WHERE documentId = ?",
                                            arguments: [step.documentId])
            guard lastId == step.id, row.state == step.to.rawValue else {
                throw ServiceError.conflict(StoreText.Documents.changedSince.with([step.documentId]))
            }
            row.state = step.from.rawValue
            row.updatedAt = stamp
            try row.update(db)
            let undo = try Self.recordStep(db, documentId: step.documentId, from: step.to, to: step.from, action: "undo",
                                           actor: actor, date: today, comment: StoredWords.undoPrefix + step.action, stamp: stamp)
            return ((), ChangeRecord(before: AuditLog.json(step), after: AuditLog.json(undo)))
        }
    }

    /// The workflow history of a document, oldest first.
    public func documentSteps(id: String) throws -> [DocumentStep] {
        try read { db, access in
            guard let unit = try String.fetchOne(db, sql: "SELECT unitId FROM document WHERE id = ?", arguments: [id]) else {
                throw ServiceError.notFound(StoreText.Documents.noDocumentShort.with([id]))
            }
            try access.policy.requireSee(unit: unit)
            return try Row.fetchAll(db, sql: "SELECT * FROM documentTransition WHERE documentId = ? ORDER BY id",
                                    arguments: [id]).compactMap(Self.step)
        }
    }

    static func recordStep(_ db: Database, documentId: String, from: DocumentState, to: DocumentState, action: String,
                           actor: Actor, date: CivilDate, comment: String?, overrideReason: String? = nil,
                           stamp: String) throws -> DocumentStep {
        try db.execute(sql: """
            INSERT INTO documentTransition (documentId, fromState, toState, action, actor, realActor, date, comment, overrideReason, createdAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [documentId, from.rawValue, to.rawValue, action, actor.login, actor.realLogin, date.iso,
                             comment, overrideReason, stamp])
        return DocumentStep(id: db.lastInsertedRowID, documentId: documentId, from: from, to: to, action: action,
                            actor: actor.login, date: date, comment: comment, overrideReason: overrideReason)
    }

    /// The audit entry of a step that went ahead despite failed 三同步 checks.
    struct OverriddenStep: Encodable {
        var step: DocumentStep
        var overriddenProblems: [SyncProblem]
    }

    /// The step's comment with the override reason appended (三同步特批：…).
    static func commentWithOverride(_ comment: String?, _ reason: String?) -> String? {
        guard let reason else { return comment }
        return [comment, StoredWords.syncOverridePrefix + reason].compactMap { $0 }.joined(separator: StoredWords.commentSeparator)
    }

    static func step(_ row: Row) -> DocumentStep? {
        guard let from = DocumentState(rawValue: row["fromState"]), let to = DocumentState(rawValue: row["toState"]),
              let date = CivilDate(iso: row["date"]) else { return nil }
        return DocumentStep(id: row["id"], documentId: row["documentId"], from: from, to: to, action: row["action"],
                            actor: row["actor"], date: date, comment: row["comment"],
                            overrideReason: row.hasColumn("overrideReason") ? row["overrideReason"] : nil)
    }
}
