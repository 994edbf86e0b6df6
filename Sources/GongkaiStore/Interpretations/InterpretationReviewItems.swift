import GRDB
import GongkaiCore

extension GongkaiService {
    /// 三同步待办 — documents whose 三同步 check has a problem not covered by a recorded override
    /// (a draft still without an interpretation is a reminder for the 解读 pane, not an inbox item).
    /// Without `detailed` only the items' kinds and ids are given (for counting the inbox): the
    /// maintained standing answers which documents are items without checking any in full.
    func interpretationItems(_ db: Database, scope: UnitScope, today: CivilDate, detailed: Bool = true) throws -> [ReviewItem] {
        // Only documents whose maintained standing is open today are checked in full.
        let rows = try Row.fetchAll(db, sql: """
            SELECT documentId, COALESCE(lateAfter < ?, 0) AS late FROM documentSync
            WHERE required = 1 AND (openProblems > 0 OR lateAfter < ?) AND \(scope.sql("unitId"))
            ORDER BY formed DESC, documentId DESC
            """, arguments: [today.iso, today.iso] + scope.arguments)
        let ids = rows.map { $0["documentId"] as String }
        guard detailed else {
            // The outline: kind, id and urgency only. A document past its interpretation deadline
            // is overdue (未同步发布); the others are overdue only when an interpretation was
            // published late, which only their check says (few: checked here).
            let unsure = rows.filter { !($0["late"] as Bool) }.map { $0["documentId"] as String }
            let lateToo = Set(try interpretationCheckItems(db, ids: unsure, today: today).filter(\.overdue).map(\.id))
            return rows.map { row in
                let id: String = row["documentId"]
                return ReviewItem(kind: .interpretationCheck, id: id, title: "", due: nil, reason: "",
                                  overdue: (row["late"] as Bool) || lateToo.contains(id))
            }
        }
        return try interpretationCheckItems(db, ids: ids, today: today)
    }

    /// The 三同步 inbox items of documents `ids`, worded (their open problems), in `ids` order.
    func interpretationCheckItems(_ db: Database, ids: [String], today: CivilDate) throws -> [ReviewItem] {
        try Self.overviewRows(db, ids: ids, today: today, details: false).compactMap { row in
            let open = row.check.problems.filter { !$0.overridden && $0.code != .interpretationMissing }
            guard !open.isEmpty else { return nil }
            return ReviewItem(kind: .interpretationCheck, id: row.doc, title: row.title, due: nil,
                              reason: open.map { StoreText.Review.syncProblem.text([$0.code.displayName, $0.message]) }
                                .joined(separator: StoreText.Review.syncSeparator.text()),
                              overdue: open.contains { $0.code == .notPublishedTogether })
        }
    }

    /// 解读待审签 — interpretations submitted for sign-off, for reviewers and admins of their unit
    /// (the same officers who see documents awaiting review). Decided with the same keys as documents.
    func interpretationReviewItems(_ db: Database, scope: UnitScope) throws -> [ReviewItem] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT i.id, i.documentId, d.title FROM interpretation i JOIN document d ON d.id = i.documentId
            WHERE i.state = 'in-review' AND \(scope.sql("i.unitId")) ORDER BY i.created, i.id
            """, arguments: scope.arguments)
        return rows.map { row in
            let doc: String = row["documentId"]
            return ReviewItem(kind: .interpretationReview, id: row["id"],
                              title: StoreText.Review.interpretationReviewTitle.text([row["title"] as String]), due: nil,
                              reason: StoreText.Review.interpretationReview.text([doc]), overdue: false, documentId: doc)
        }
    }
}
