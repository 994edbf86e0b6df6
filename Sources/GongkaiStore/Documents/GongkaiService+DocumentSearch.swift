import Foundation
import GRDB
import GongkaiCore

/// 全文检索 — titles, 文号 and bodies. Terms of 3 or more characters go through the FTS5 trigram
/// index (ranked by bm25, title hits weighted most); 1–2 character terms such as 教育 or 税, which a
/// trigram index cannot hold, find their candidates in the character-pair index (`SearchBigramStore`),
/// whose pair tokens are exact, and are ranked by where they occur (title, 文号 — the index's own
/// field tokens) and then by date. Both rank, order and scope from the indexes and the index key
/// table (each document's 成文日期 and unit), never from the document rows; only the rows returned
/// read theirs (title, state, the snippet). A query mixing both needs every term (short terms then
/// checked by `LIKE … ESCAPE`).
extension GongkaiService {
    /// bm25 weights for (title, docNumber, body): a hit in the title counts most.
    static let searchWeights = (title: 10.0, docNumber: 5.0, body: 1.0)

    public func searchDocuments(_ query: String, limit: Int = 50) throws -> [DocumentSearchHit] {
        try searchDocumentsCounted(query, limit: limit).hits
    }

    /// The best `limit` hits and the number of every match (`DocumentSearchResult.total`), both
    /// from one ranking query over the indexes: the count costs no body read.
    public func searchDocumentsCounted(_ query: String, limit: Int = 50) throws -> DocumentSearchResult {
        try checkInput(query, field: "search")
        let terms = DocumentSearchTerm.parse(query)
        guard !terms.isEmpty else { return DocumentSearchResult(hits: [], total: 0) }
        let limit = max(0, limit)
        return try read { db, access in
            let match = DocumentSearchTerm.ftsMatchExpression(terms)
            // At least one row, so that the count comes back even when no hit is wanted.
            let ranked = try Self.rankedDocuments(db, terms: terms, match: match, scope: access.scope, limit: max(1, limit))
            let page = ranked.hits.prefix(limit)
            // Titles, states and snippets only for the rows returned.
            let rows = try Self.returnedRows(db, ids: page.map(\.id), terms: terms.map(\.text))
            let hits = page.compactMap { hit -> DocumentSearchHit? in
                guard let row = rows[hit.id], let state = DocumentState(rawValue: row.state) else { return nil }
                return DocumentSearchHit(id: hit.id, title: row.title, docNumber: row.docNumber, state: state,
                                         snippet: Self.flattened(row.snippet), rank: hit.rank)
            }
            return DocumentSearchResult(hits: hits, total: ranked.total)
        }
    }

    /// The ids of the best `limit` matches in order, with their rank (lower first), and the number
    /// of all the matches: the ranking query counts the candidates it materialized (the ranked
    /// candidates, or the index matches county-wide), so the count reads no more than the ranking.
    static func rankedDocuments(_ db: Database, terms: [DocumentSearchTerm], match: String?, scope: UnitScope,
                                limit: Int, bandPlan: BandPlan? = nil) throws -> (hits: [(id: String, rank: Double)], total: Int) {
        func ranked(_ rows: [Row]) -> (hits: [(id: String, rank: Double)], total: Int) {
            (rows.map { ($0["id"], $0["rank"]) }, rows.first?["total"] ?? 0)
        }
        let short = terms.filter { $0.kind == .short }
        // A 1–2 character term's pair token is exact (CharacterBigrams: the same folding as LIKE,
        // no pair across whitespace), so its candidates need no check against the body.
        let grams = short.compactMap { CharacterBigrams.query(for: $0.text) }
        let exact = grams.count == short.count
        // `o` is the index key table: each document's date and unit, in a table a page holds
        // hundreds of rows of. The document rows are joined only to check short terms with LIKE.
        var clauses = [scope.sql("o.unitId")]
        var args = scope.arguments
        var joinDocument = false
        for term in short where !exact || match != nil {
            clauses.append("(d.title LIKE ? ESCAPE '\\' OR coalesce(d.docNumber, '') LIKE ? ESCAPE '\\' OR d.body LIKE ? ESCAPE '\\')")
            args += [term.likePattern, term.likePattern, term.likePattern]
            joinDocument = true
        }
        let w = searchWeights
        var all: StatementArguments = []
        let rankSQL: String
        let source: String
        if let match {
            rankSQL = "bm25(documentSearch, \(w.title), \(w.docNumber), \(w.body))"
            if scope.unitId == nil && !joinDocument {
                // County-wide with nothing else to check: rank in the index alone, then join only
                // the rows that can make the page — those ranked at most as the limit-th (its ties
                // included, which the date then orders).
                return ranked(try Row.fetchAll(db, sql: """
                    WITH r AS MATERIALIZED (
                      SELECT rowid AS key, \(rankSQL) AS rank FROM documentSearch WHERE documentSearch MATCH ?),
                    cut AS (SELECT rank FROM r ORDER BY rank LIMIT 1 OFFSET \(max(0, limit - 1)))
                    SELECT s.documentId AS id, r.rank AS rank, (SELECT COUNT(*) FROM r) AS total
                    FROM r JOIN documentSearchKey s ON s.key = r.key JOIN documentBigramKey o ON o.documentId = s.documentId
                    WHERE r.rank <= coalesce((SELECT rank FROM cut), 1e300)
                    ORDER BY r.rank, o.formed DESC, o.documentId
                    LIMIT \(limit)
                    """, arguments: [match]))
            }
            source = """
                documentSearch JOIN documentSearchKey s ON s.key = documentSearch.rowid
                JOIN documentBigramKey o ON o.documentId = s.documentId
                """
            clauses.insert("documentSearch MATCH ?", at: 0)
            all += [match]
        } else if exact {
            if short.count == 1, let banded = try rankedInBands(db, term: short[0].text, scope: scope, limit: limit, plan: bandPlan) {
                return banded
            }
            // A title hit first, then the 文号, then the newest (a body hit is what every
            // candidate has): "in the title" is the index's title token, not the title read.
            var parts: [String] = []
            for term in short {
                parts.append("""
                    (CASE WHEN b.rowid IN (SELECT rowid FROM documentBigram WHERE documentBigram MATCH ?) THEN \(w.title) ELSE 0 END
                     + CASE WHEN b.rowid IN (SELECT rowid FROM documentBigram WHERE documentBigram MATCH ?) THEN \(w.docNumber) ELSE 0 END
                     + \(w.body))
                    """)
                all += [CharacterBigrams.query(for: term.text, in: .title), CharacterBigrams.query(for: term.text, in: .docNumber)]
            }
            rankSQL = "-(\(parts.joined(separator: " + ")))"
            source = "documentBigram b JOIN documentBigramKey o ON o.key = b.rowid"
            clauses.insert("documentBigram MATCH ?", at: 0)
            all += [grams.joined(separator: " AND ")]
        } else {
            // A short term the index cannot hold (whitespace inside): every document, checked.
            var parts: [String] = []
            for term in short {
                parts.append("""
                    (CASE WHEN instr(d.title, ?) > 0 THEN \(w.title) ELSE 0 END
                     + CASE WHEN instr(coalesce(d.docNumber, ''), ?) > 0 THEN \(w.docNumber) ELSE 0 END
                     + \(w.body))
                    """)
                all += [term.text, term.text]
            }
            rankSQL = "-(\(parts.joined(separator: " + ")))"
            source = "documentBigramKey o"
        }
        let document = joinDocument ? " JOIN document d ON d.id = o.documentId" : ""
        all += args
        // The candidates ranked first (bm25 cannot run beside a window function), then the page
        // taken by a top-N sort and the candidates counted in the materialized table (a
        // `COUNT(*) OVER ()` sorted every candidate in full: 27 ms against 15 for 教育 county-wide).
        return ranked(try Row.fetchAll(db, sql: """
            WITH c AS MATERIALIZED (
              SELECT o.documentId AS id, \(rankSQL) AS rank, o.formed AS formed
              FROM \(source)\(document)
              WHERE \(clauses.joined(separator: " AND ")))
            SELECT id, rank, (SELECT COUNT(*) FROM c) AS total FROM c
            ORDER BY rank, formed DESC, id
            LIMIT \(limit)
            """, arguments: all))
    }

    /// How a band's newest rows are read: walking the documents newest first through
    /// `documentBigramKey_newest` and keeping those in the band (a large band: the page is found
    /// within its first few hundred entries), or looking up each of the band's documents and
    /// sorting them (a small band).
    enum BandPlan { case walk, lookUp }

    /// One 1–2 character term alone (教育, 税: the common short search), ranked band by band. The
    /// rank takes four values — in the title and the 文号, in the title only, in the 文号 only,
    /// elsewhere — and each band is an index query of its own (`(g AND t) NOT n`, …), counted by
    /// the index; a page takes the newest rows of the best bands until it is full, so it reads
    /// about a page of rows, not every candidate (教育 on 50,000 documents has 4,793, 3,449 of them
    /// in titles: ranking and sorting them all took 16 ms). The same order and count as the
    /// general query, which `SearchBandTests` compares it with. Nil when the term has no pair token.
    static func rankedInBands(_ db: Database, term: String, scope: UnitScope, limit: Int,
                              plan forced: BandPlan? = nil) throws -> (hits: [(id: String, rank: Double)], total: Int)? {
        guard let g = CharacterBigrams.query(for: term), let t = CharacterBigrams.query(for: term, in: .title),
              let n = CharacterBigrams.query(for: term, in: .docNumber) else { return nil }
        let w = searchWeights
        let bands: [(match: String, rank: Double)] = [
            ("\(g) AND \(t) AND \(n)", -(w.title + w.docNumber + w.body)),
            ("(\(g) AND \(t)) NOT \(n)", -(w.title + w.body)),
            ("(\(g) AND \(n)) NOT \(t)", -(w.docNumber + w.body)),
            ("\(g) NOT (\(t) OR \(n))", -w.body),
        ]
        let count = try db.cachedStatement(sql: "SELECT count(*) FROM (SELECT rowid FROM documentBigram WHERE documentBigram MATCH ?)")
        let sizes = try bands.map { try Int.fetchOne(count, arguments: [$0.match]) ?? 0 }
        let documents = max(1, try RowCountStore.count(db, .document, scope: UnitScope(unitId: nil)))
        let inScope = scope.unitId == nil ? documents : max(1, try RowCountStore.count(db, .document, scope: scope))
        let total: Int
        if scope.unitId == nil {
            total = sizes.reduce(0, +)
        } else {
            total = try Int.fetchOne(db.cachedStatement(sql: """
                SELECT count(*) FROM documentBigramKey o
                WHERE o.key IN (SELECT rowid FROM documentBigram WHERE documentBigram MATCH ?) AND \(scope.sql("o.unitId"))
                """), arguments: [g] + scope.arguments) ?? 0
        }
        var hits: [(id: String, rank: Double)] = []
        for (band, size) in zip(bands, sizes) where size > 0 && hits.count < limit {
            let wanted = limit - hits.count
            // A walk reads about `wanted` rows per band row among all the documents (fewer of
            // them in a unit's scope); a lookup reads each of the band's rows and sorts them,
            // several times the work per row.
            let walked = Double(wanted) * Double(documents) / Double(size) * Double(documents) / Double(inScope)
            let plan = forced ?? (walked < Double(size) * 8 ? .walk : .lookUp)
            let rows = try String.fetchAll(db.cachedStatement(sql: """
                SELECT o.documentId FROM documentBigramKey o \(plan == .walk ? "INDEXED BY documentBigramKey_newest" : "NOT INDEXED")
                WHERE o.key IN (SELECT rowid FROM documentBigram WHERE documentBigram MATCH ?) AND \(scope.sql("o.unitId"))
                ORDER BY o.formed DESC, o.documentId
                LIMIT ?
                """), arguments: [band.match] + scope.arguments + [wanted])
            hits += rows.map { ($0, band.rank) }
        }
        return (hits, total)
    }

    /// What a returned row shows, read for the returned ids only.
    struct ReturnedRow {
        var title: String
        var docNumber: String?
        var state: String
        var snippet: String
    }

    /// The returned rows' title, 文号, state and snippet, the snippet cut from the body around the
    /// first hit (`SearchSnippet`) whatever the terms' length. FTS5's own `snippet()` for the
    /// trigram index ran the whole match again to reach the page's rows and scored every fragment:
    /// 3 ms of a 10 ms search for 义务教育 on 50,000 documents, against 0.3 ms for reading the 36
    /// bodies; and a short term's snippet was already ours.
    static func returnedRows(_ db: Database, ids: [String], terms: [String]) throws -> [String: ReturnedRow] {
        guard !ids.isEmpty else { return [:] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
        var out: [String: ReturnedRow] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, title, docNumber, state, body FROM document WHERE id IN (\(marks))",
                                    arguments: StatementArguments(ids)) {
            let title: String = row["title"]
            out[row["id"]] = ReturnedRow(title: title, docNumber: row["docNumber"], state: row["state"],
                                         snippet: SearchSnippet.make(body: row["body"], title: title, terms: terms))
        }
        return out
    }

    /// A snippet on one line: newlines in the body become spaces.
    static func flattened(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
