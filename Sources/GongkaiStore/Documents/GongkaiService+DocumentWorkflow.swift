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
    }

    /// Performs `action` on document `id`. Returns the recorded step (the TUI keeps it to undo).
    @discardableResult
    public func performDocumentAction(_ action: DocumentAction, id: String, comment: String? = nil) throws -> DocumentStep {
        let today = self.today(), stamp = now(), actor = self.actor
        return try change("document.\(action.rawValue)", item: id) { db in
            let policy = try self.policy(db)
            guard let row = try DocumentRow.fetchOne(db, key: id) else { throw ServiceError.notFound("没有编号为 \(id) 的文件") }
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
                throw ServiceError.invalid(rule.message)
            }
            var updated = row
            updated.state = transition.to.rawValue
            updated.updatedAt = stamp
            if action == .publish { updated.published = today.iso }
            try updated.update(db)
            let step = try Self.recordStep(db, documentId: id, from: transition.from, to: transition.to,
                                           action: action.rawValue, actor: actor, date: today,
                                           comment: transition.comment, stamp: stamp)
            return (step, ChangeRecord(before: AuditLog.json(["state": row.state]),
                                       after: AuditLog.json(step)))
        }
    }

    /// 撤销 — undoes a review step (签发 or 退回) while nothing has happened to the document
    /// since: it must still be in the state the step left it in, with that step as its last.
    public func undoDocumentStep(_ step: DocumentStep) throws {
        guard step.action == DocumentAction.approve.rawValue || step.action == DocumentAction.returnToDraft.rawValue else {
            throw ServiceError.invalid("只能撤销签发或退回")
        }
        let today = self.today(), stamp = now(), actor = self.actor
        try change("document.undo", item: step.documentId) { db in
            let policy = try self.policy(db)
            guard var row = try DocumentRow.fetchOne(db, key: step.documentId) else {
                throw ServiceError.notFound("没有编号为 \(step.documentId) 的文件")
            }
            try policy.requireChange(unit: row.unitId)
            let lastId = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM documentTransition WHERE documentId = ?",
                                            arguments: [step.documentId])
            guard lastId == step.id, row.state == step.to.rawValue else {
                throw ServiceError.conflict("文件 \(step.documentId) 此后已有变化，不能撤销")
            }
            row.state = step.from.rawValue
            row.updatedAt = stamp
            try row.update(db)
            let undo = try Self.recordStep(db, documentId: step.documentId, from: step.to, to: step.from, action: "undo",
                                           actor: actor, date: today, comment: "撤销\(step.action)", stamp: stamp)
            return ((), ChangeRecord(before: AuditLog.json(step), after: AuditLog.json(undo)))
        }
    }

    /// The workflow history of a document, oldest first.
    public func documentSteps(id: String) throws -> [DocumentStep] {
        try writer.read { db in
            guard let unit = try String.fetchOne(db, sql: "SELECT unitId FROM document WHERE id = ?", arguments: [id]) else {
                throw ServiceError.notFound("没有编号为 \(id) 的文件")
            }
            try policy(db).requireSee(unit: unit)
            return try Row.fetchAll(db, sql: "SELECT * FROM documentTransition WHERE documentId = ? ORDER BY id",
                                    arguments: [id]).compactMap(Self.step)
        }
    }

    static func recordStep(_ db: Database, documentId: String, from: DocumentState, to: DocumentState, action: String,
                           actor: Actor, date: CivilDate, comment: String?, stamp: String) throws -> DocumentStep {
        try db.execute(sql: """
            INSERT INTO documentTransition (documentId, fromState, toState, action, actor, realActor, date, comment, createdAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [documentId, from.rawValue, to.rawValue, action, actor.login, actor.realLogin, date.iso,
                             comment, stamp])
        return DocumentStep(id: db.lastInsertedRowID, documentId: documentId, from: from, to: to, action: action,
                            actor: actor.login, date: date, comment: comment)
    }

    static func step(_ row: Row) -> DocumentStep? {
        guard let from = DocumentState(rawValue: row["fromState"]), let to = DocumentState(rawValue: row["toState"]),
              let date = CivilDate(iso: row["date"]) else { return nil }
        return DocumentStep(id: row["id"], documentId: row["documentId"], from: from, to: to, action: row["action"],
                            actor: row["actor"], date: date, comment: row["comment"])
    }
}
