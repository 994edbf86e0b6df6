import Foundation
import GRDB
import GongkaiCore

/// 重建全文索引 — `gongkai reindex`: rebuilds the documents' full-text index (FTS5 trigram over
/// 标题、文号、正文) from the documents themselves. The triggers keep the index current on every
/// change; this is for repair after a restore from an old backup, a hand-edited file, or a
/// `gongkai check` that reports the index out of step. Admin only, audited, one transaction:
/// searches from other sessions see the old index until it commits, never a half-built one.
public struct ReindexResult: Codable, Sendable, Equatable {
    public var documents: Int
    /// Index rows that pointed at no document (dropped) and documents that had no row (added).
    public var staleRowsRemoved: Int
    public var missingRowsAdded: Int
}

extension GongkaiService {
    /// Rebuilds in batches of `batchSize` documents, calling `progress(done, total)` after each.
    public func reindexSearch(batchSize: Int = 2_000,
                              progress: (Int, Int) -> Void = { _, _ in }) throws -> ReindexResult {
        try change(.searchReindex, item: nil, require: { try $0.requireAdmin() }) { db in
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document") ?? 0
            let indexedBefore = try Set(String.fetchAll(db, sql: """
                SELECT k.documentId FROM documentSearchKey k JOIN documentSearch s ON s.rowid = k.key
                """))
            let stale = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM documentSearch s
                WHERE NOT EXISTS (SELECT 1 FROM documentSearchKey k JOIN document d ON d.id = k.documentId
                                  WHERE k.key = s.rowid)
                """) ?? 0
            // Keys: drop those of vanished documents, add those of documents that have none.
            try db.execute(sql: "DELETE FROM documentSearchKey WHERE documentId NOT IN (SELECT id FROM document)")
            try db.execute(sql: """
                INSERT INTO documentSearchKey(documentId)
                SELECT id FROM document WHERE id NOT IN (SELECT documentId FROM documentSearchKey) ORDER BY id
                """)
            // Empty the index, then the rows again, batch by batch in key order.
            try db.execute(sql: "DELETE FROM documentSearch")
            var done = 0
            var lastKey: Int64 = 0
            progress(0, total)
            while true {
                let keys = try Int64.fetchAll(db, sql: """
                    SELECT key FROM documentSearchKey WHERE key > ? ORDER BY key LIMIT ?
                    """, arguments: [lastKey, batchSize])
                guard let last = keys.last else { break }
                try db.execute(sql: """
                    INSERT INTO documentSearch(rowid, title, docNumber, body)
                    SELECT k.key, d.title, coalesce(d.docNumber, ''), d.body
                    FROM documentSearchKey k JOIN document d ON d.id = k.documentId
                    WHERE k.key > ? AND k.key <= ?
                    """, arguments: [lastKey, last])
                done += keys.count
                lastKey = last
                progress(done, total)
            }
            try db.execute(sql: "INSERT INTO documentSearch(documentSearch) VALUES('optimize')")
            let result = ReindexResult(documents: total, staleRowsRemoved: stale,
                                       missingRowsAdded: max(0, total - indexedBefore.count))
            let after = String(decoding: try JSONEncoder().encode(result), as: UTF8.self)
            // The short-term (character-pair) index is rebuilt from the documents too.
            try SearchBigramStore.rebuild(db)
            return (result, ChangeRecord(after: after))
        }
    }
}

extension Workspace {
    /// The full-text index is in step with the documents: one index row per document, each
    /// pointing at a document (part of `gongkai check`, which only reads).
    static func searchIndexFinding(_ db: Database) throws -> WorkspaceCheckReport.Finding {
        let documents = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document") ?? 0
        let indexed = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM documentSearch s JOIN documentSearchKey k ON k.key = s.rowid
            JOIN document d ON d.id = k.documentId
            """) ?? 0
        let rows = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documentSearch") ?? 0
        let ok = indexed == documents && rows == documents
        return .init(check: "search-index", ok: ok,
                     text: ok ? StoreText.Maintenance.indexOK.with(["\(documents)"])
                              : StoreText.Maintenance.indexBad.with(["\(documents)", "\(rows)", "\(indexed)"]))
    }
}
