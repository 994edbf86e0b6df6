import Foundation
import GRDB
import GongkaiCore

/// 全文检索 — titles, 文号 and bodies. Terms of 3 or more characters go through the FTS5 trigram
/// index (ranked by bm25, title hits weighted most); 1–2 character terms such as 教育 or 税, which a
/// trigram index cannot hold, find their candidates in the character-pair index (`SearchBigramStore`),
/// whose pair tokens are exact, and are ranked by where they occur (title, 文号) and then by date,
/// without reading bodies; only the rows returned read theirs, for the snippet. A query mixing
/// both needs every term (short terms then checked by `LIKE … ESCAPE`).
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
            // A 1–2 character term's pair token is exact (CharacterBigrams: the same folding as
            // LIKE, no pair across whitespace), so its candidates need no check against the body.
            let grams = short.compactMap { CharacterBigrams.query(for: $0.text) }
            let exact = grams.count == short.count
            for term in short where !exact || DocumentSearchTerm.ftsMatchExpression(terms) != nil {
                clauses.append("(d.title LIKE ? ESCAPE '\\' OR coalesce(d.docNumber, '') LIKE ? ESCAPE '\\' OR d.body LIKE ? ESCAPE '\\')")
                args += [term.likePattern, term.likePattern, term.likePattern]
            }
            let w = Self.searchWeights
            let rows: [Row]
            let match = DocumentSearchTerm.ftsMatchExpression(terms)
            if let match {
                var all: StatementArguments = [match]
                all += args
                // Ranked without the snippet (computing it for every match read every body).
                rows = try Row.fetchAll(db, sql: """
                    SELECT d.id, d.title, d.docNumber, d.state,
                           bm25(documentSearch, \(w.title), \(w.docNumber), \(w.body)) AS rank
                    FROM documentSearch
                    JOIN documentSearchKey k ON k.key = documentSearch.rowid
                    JOIN document d ON d.id = k.documentId
                    WHERE documentSearch MATCH ? AND \(clauses.joined(separator: " AND "))
                    ORDER BY rank, d.formed DESC, d.id
                    LIMIT \(max(0, limit))
                    """, arguments: all)
            } else {
                // Rank short terms without reading bodies: a title hit first, then the 文号, then
                // the newest (a body hit is what every candidate has).
                var rankSQL: [String] = []
                var rankArgs: StatementArguments = []
                for term in short {
                    rankSQL.append("""
                        (CASE WHEN instr(d.title, ?) > 0 THEN \(w.title) ELSE 0 END
                         + CASE WHEN instr(coalesce(d.docNumber, ''), ?) > 0 THEN \(w.docNumber) ELSE 0 END
                         + \(w.body))
                        """)
                    rankArgs += [term.text, term.text]
                }
                var all = rankArgs
                var source = "document d"
                if exact {
                    source = """
                        documentBigram b JOIN documentBigramKey k ON k.key = b.rowid JOIN document d ON d.id = k.documentId
                        """
                    clauses.insert("documentBigram MATCH ?", at: 0)
                    all += [grams.joined(separator: " AND ")]
                }
                all += args
                rows = try Row.fetchAll(db, sql: """
                    SELECT d.id, d.title, d.docNumber, d.state, -(\(rankSQL.joined(separator: " + "))) AS rank
                    FROM \(source)
                    WHERE \(clauses.joined(separator: " AND "))
                    ORDER BY rank, d.formed DESC, d.id
                    LIMIT \(max(0, limit))
                    """, arguments: all)
            }
            // Snippets only for the rows returned: the index's own for index terms, ours when a
            // short term is in the query (the index's may not show it).
            let ids: [String] = rows.map { $0["id"] }
            let snippets = try Self.snippets(db, ids: ids, match: short.isEmpty ? match : nil, terms: terms.map(\.text))
            return rows.compactMap { row -> DocumentSearchHit? in
                guard let state = DocumentState(rawValue: row["state"]) else { return nil }
                let id: String = row["id"]
                return DocumentSearchHit(id: id, title: row["title"], docNumber: row["docNumber"], state: state,
                                         snippet: Self.flattened(snippets[id] ?? ""), rank: row["rank"])
            }
        }
    }

    /// The snippet of each of `ids`: FTS5's `snippet()` for an index query, else cut from the body.
    static func snippets(_ db: Database, ids: [String], match: String?, terms: [String]) throws -> [String: String] {
        guard !ids.isEmpty else { return [:] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
        var out: [String: String] = [:]
        if let match {
            for row in try Row.fetchAll(db, sql: """
                SELECT k.documentId AS id, snippet(documentSearch, -1, '', '', '…', 24) AS snippet
                FROM documentSearch JOIN documentSearchKey k ON k.key = documentSearch.rowid
                WHERE documentSearch MATCH ? AND k.documentId IN (\(marks))
                """, arguments: StatementArguments([match] + ids)) {
                out[row["id"]] = row["snippet"] as String? ?? ""
            }
        } else {
            for row in try Row.fetchAll(db, sql: "SELECT id, title, body FROM document WHERE id IN (\(marks))",
                                        arguments: StatementArguments(ids)) {
                out[row["id"]] = SearchSnippet.make(body: row["body"], title: row["title"], terms: terms)
            }
        }
        return out
    }

    /// A snippet on one line: newlines in the body become spaces.
    static func flattened(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
