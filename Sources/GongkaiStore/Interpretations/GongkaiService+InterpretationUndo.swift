import Foundation
import GRDB
import GongkaiCore

extension GongkaiService {
    /// 撤销 — undoes an interpretation's sign-off or return, as `undoDocumentStep` does a
    /// document's: only while nothing has happened to the interpretation since (it is still in the
    /// state the step left it in, with that step as its last). The undo is a step of its own in the
    /// interpretation's history and an entry in the audit log (`interpretation.undo`).
    public func undoInterpretationStep(_ step: InterpretationStep) throws {
        guard step.action == DocumentAction.approve.rawValue || step.action == DocumentAction.returnToDraft.rawValue else {
            throw ServiceError.invalid(StoreText.Documents.undoOnly.with())
        }
        let today = self.today(), stamp = now(), actor = self.actor
        try change(.interpretationUndo, item: step.interpretationId) { db in
            let policy = try self.policy(db)
            guard var row = try InterpretationRow.fetchOne(db, key: step.interpretationId) else {
                throw ServiceError.notFound(StoreText.Documents.noInterpretation.with([step.interpretationId]))
            }
            try Self.requireChange(db, row: row, policy: policy)
            let lastId = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM interpretationTransition WHERE interpretationId = ?",
                                            arguments: [step.interpretationId])
            guard lastId == step.id, row.state == step.to.rawValue else {
                throw ServiceError.conflict(StoreText.Documents.interpretationChangedSince.with([step.interpretationId]))
            }
            let before = Self.auditView(row)
            row.state = step.from.rawValue
            if step.action == DocumentAction.approve.rawValue { row.approved = nil }
            row.updatedAt = stamp
            try row.update(db)
            let comment = StoredWords.undoPrefix + step.action
            try db.execute(sql: """
                INSERT INTO interpretationTransition (interpretationId, fromState, toState, action, actor, realActor, date, comment, createdAt)
                VALUES (?, ?, ?, 'undo', ?, ?, ?, ?, ?)
                """, arguments: [step.interpretationId, step.to.rawValue, step.from.rawValue, actor.login, actor.realLogin,
                                 today.iso, comment, stamp])
            let undo = InterpretationStep(id: db.lastInsertedRowID, interpretationId: step.interpretationId, from: step.to,
                                          to: step.from, action: "undo", actor: actor.login, date: today, comment: comment)
            return ((), ChangeRecord(before: AuditLog.json(before), after: AuditLog.json(undo)))
        }
    }
}
