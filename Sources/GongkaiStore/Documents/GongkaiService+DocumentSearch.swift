import Foundation
import GRDB
import GongkaiCore

/// 全文检索 — titles, 文号 and bodies. Terms of 3 or more characters go through the FTS5 trigram
/// index (ranked by bm25, title hits weighted most); 1–2 character terms such as 教育 or 税, which a
/// trigram index cannot hold, find their candidates in the character-pair index (`SearchBigramStore`)
/// and are verified by `LIKE … ESCAPE` over the same columns, ranked by where and how often they
/// occur. A query mixing both needs every term.
extension GongkaiService {
    /// bm25 weights for (title, docNumber, body): a hit in the title counts most.
    static let searchWeights = (title: 10.0, docNumber: 5.0, body: 1.0)

    public func searchDocuments(_ query: String, limit: Int = 50) throws -> [DocumentSearchHit] {
        try checkInput(query, field: "search")
        let terms = DocumentSearchTerm.parse(query)
        guard !terms.isEmpty else { return [] }
        return try read { db, access in
            let scope = access.scope
            var clauses = [scope.sql("d.unitId")]
            var args = scope.arguments
            let short = terms.filter { $0.kind == .short }
            for term in short {
                clauses.append("(d.title LIKE ? ESCAPE '\\' OR coalesce(d.docNumber, '') LIKE ? ESCAPE '\\' OR d.body LIKE ? ESCAPE '\\')")
                args += [term.likePattern, term.likePattern, term.likePattern]
            }
            let w = Self.searchWeights
            let rows: [Row]
            if let match = DocumentSearchTerm.ftsMatchExpression(terms) {
                var all: StatementArguments = [match]
                all += args
                rows = try Row.fetchAll(db, sql: """
                    SELECT d.id, d.title, d.docNumber, d.state, d.body,
                           bm25(documentSearch, \(w.title), \(w.docNumber), \(w.body)) AS rank,
                           snippet(documentSearch, -1, '', '', '…', 24) AS snippet
                    FROM documentSearch
                    JOIN documentSearchKey k ON k.key = documentSearch.rowid
                    JOIN document d ON d.id = k.documentId
                    WHERE documentSearch MATCH ? AND \(clauses.joined(separator: " AND "))
                    ORDER BY rank, d.formed DESC, d.id
                    LIMIT \(max(0, limit))
                    """, arguments: all)
            } else {
                // Rank short terms like bm25 would: a title hit first, then the 文号, then the
                // number of occurrences in the body (negated, so smaller is better).
                var rankSQL: [String] = []
                var rankArgs: StatementArguments = []
                for term in short {
                    rankSQL.append("""
                        (CASE WHEN instr(d.title, ?) > 0 THEN \(w.title) ELSE 0 END
                         + CASE WHEN instr(coalesce(d.docNumber, ''), ?) > 0 THEN \(w.docNumber) ELSE 0 END
                         + (length(d.body) - length(replace(d.body, ?, ''))) * 1.0 / length(?))
                        """)
                    rankArgs += [term.text, term.text, term.text, term.text]
                }
                // Candidates from the short-term index (every term's token), each verified by LIKE.
                let grams = short.compactMap { CharacterBigrams.query(for: $0.text) }
                var all = rankArgs
                var source = "document d"
                if grams.count == short.count {
                    source = """
                        documentBigram b JOIN documentBigramKey k ON k.key = b.rowid JOIN document d ON d.id = k.documentId
                        """
                    clauses.insert("documentBigram MATCH ?", at: 0)
                    all += [grams.joined(separator: " AND ")]
                }
                all += args
                rows = try Row.fetchAll(db, sql: """
                    SELECT d.id, d.title, d.docNumber, d.state, d.body, -(\(rankSQL.joined(separator: " + "))) AS rank,
                           NULL AS snippet
                    FROM \(source)
                    WHERE \(clauses.joined(separator: " AND "))
                    ORDER BY rank, d.formed DESC, d.id
                    LIMIT \(max(0, limit))
                    """, arguments: all)
            }
            return rows.compactMap { row -> DocumentSearchHit? in
                guard let state = DocumentState(rawValue: row["state"]) else { return nil }
                // With short terms in the query the index's snippet may not show them: cut our own.
                let snippet: String = short.isEmpty ? (row["snippet"] as String? ?? "")
                    : SearchSnippet.make(body: row["body"], title: row["title"], terms: terms.map(\.text))
                return DocumentSearchHit(id: row["id"], title: row["title"], docNumber: row["docNumber"], state: state,
                                         snippet: Self.flattened(snippet), rank: row["rank"])
            }
        }
    }

    /// A snippet on one line: newlines in the body become spaces.
    static func flattened(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
