import GRDB
import GongkaiCore

/// 台账来源 — the 规章 and 行政规范性文件 that table 二 第二十条第（一）项 counts, read from what the
/// `document` table holds today. This is the ONE place that turns documents into `RegisterEntry`
/// values: when the richer register (repeal, amendment, validity) lands, only this
/// function changes.
///
/// ★ Decision until then (Docs/年度报告.md states it): only **published** documents of type
/// `regulation`/`normative` are entries, and their **published date** is the issue date
/// (制发日期). A 规章 or 规范性文件 has no effect until it is published (未经公布的不得作为行政管理
/// 依据), and counting by publication keeps a year's count from changing when a document formed
/// in it is published later. Drafts, documents in review and approved-but-unpublished ones are not
/// counted. With no repeal or validity data yet, nothing is 废止 and every entry stays 现行有效.
enum RegisterSource {
    /// The register entries of one unit (or of every unit when `unitId` is nil).
    static func entries(_ db: Database, unitId: String?) throws -> [RegisterEntry] {
        var sql = """
            SELECT id, title, docNumber, type, published FROM document
            WHERE type IN ('regulation','normative') AND state = 'published' AND published IS NOT NULL
            """
        var args: StatementArguments = []
        if let unitId {
            sql += " AND unitId = ?"
            args += [unitId]
        }
        return try Row.fetchAll(db, sql: sql + " ORDER BY published, id", arguments: args).compactMap { row in
            guard let type = DocumentType(rawValue: row["type"]), let issued = CivilDate(iso: row["published"]) else {
                throw CorruptRowError(table: "document", id: row["id"], column: "type/published")
            }
            return RegisterEntry(id: row["id"], title: row["title"], docNumber: row["docNumber"], type: type,
                                 issued: issued)
        }
    }

    /// The documents `entries` turns into entries; the partial index `document_register` holds
    /// exactly these (the query must repeat the condition word for word for SQLite to use it).
    static let registerCondition = "type IN ('regulation','normative') AND state = 'published' AND published IS NOT NULL"

    /// Table 二's 规章 / 行政规范性文件 counts for `year`, aggregated in the database from the covering
    /// partial index (Docs/性能.md: the county report no longer reads every published document's row
    /// and builds an entry for each). The same numbers as `counts(entries(db, unitId:), year:)`,
    /// the reference `RegisterSourceTests` compares with; a publication date that is not an ISO
    /// day is refused naming the document, as `entries` does.
    static func counts(_ db: Database, unitId: String?, year: Int) throws -> [DocumentType: DocumentRegisterCounts] {
        var args: StatementArguments = ["\(year)-01-01", "\(year)-12-31"]
        if let unitId { args += [unitId] }
        let rows = try Row.fetchAll(db, sql: """
            SELECT type, SUM(published BETWEEN ? AND ?) AS issued, SUM(published <= ?2) AS inForce,
                   MIN(CASE WHEN published NOT GLOB '\(ApplicationClosingStore.isoPattern)' THEN id END) AS bad
            FROM document INDEXED BY document_register WHERE \(registerCondition)\(unitId == nil ? "" : " AND unitId = ?3")
            GROUP BY type
            """, arguments: args)
        var out: [DocumentType: DocumentRegisterCounts] = [:]
        for type in [DocumentType.regulation, .normative] { out[type] = DocumentRegisterCounts() }
        for row in rows {
            if let bad = row["bad"] as String? { throw CorruptRowError(table: "document", id: bad, column: "type/published") }
            guard let type = DocumentType(rawValue: row["type"]) else { continue }
            out[type] = DocumentRegisterCounts(issued: row["issued"], repealed: 0, inForce: row["inForce"])
        }
        return out
    }

    /// Table 二's 规章 / 行政规范性文件 counts for `year` from the entries.
    static func counts(_ entries: [RegisterEntry], year: Int) -> [DocumentType: DocumentRegisterCounts] {
        var out: [DocumentType: DocumentRegisterCounts] = [:]
        for c in RegisterYearCounts.compute(entries, year: year) { out[c.type] = DocumentRegisterCounts(c) }
        return out
    }
}
