import Foundation
import GRDB
import GongkaiCore

/// 短词索引 — a contentless FTS5 table of `CharacterBigrams` tokens over each document's 标题、文号
/// and 正文, so that 1- and 2-character terms find their candidates without reading every body
/// (the trigram index holds only 3-character windows). The title's and the 文号's pairs are also
/// written with their field's prefix (`CharacterBigrams.Field`), so ranking by "in the title" reads
/// the index, not the documents. `documentBigramKey` gives each document its index row and keeps
/// the document's 成文日期 and unit beside it: the search orders and scopes candidates from this
/// small table (both the short-term and the trigram search), never from the document rows.
/// Triggers record which documents changed, with the fields that were indexed before (a contentless
/// index deletes a row by its old tokens); `settle` brings the index up to date before the changing
/// transaction commits. A change of date or unit alone is copied by a trigger.
enum SearchBigramStore {
    static func settle(_ db: Database) throws {
        let dirty = try Row.fetchAll(db, sql: "SELECT documentId, oldTitle, oldDocNumber, oldBody FROM documentBigramDirty")
        guard !dirty.isEmpty else { return }
        try db.execute(sql: "DELETE FROM documentBigramDirty")
        let keyOf = try db.cachedStatement(sql: "SELECT key FROM documentBigramKey WHERE documentId = ?")
        let remove = try db.cachedStatement(sql: """
            INSERT INTO documentBigram(documentBigram, rowid, grams) VALUES ('delete', ?, ?)
            """)
        let add = try db.cachedStatement(sql: "INSERT INTO documentBigram(rowid, grams) VALUES (?, ?)")
        let current = try db.cachedStatement(sql: """
            SELECT title, coalesce(docNumber, '') AS docNumber, body, formed, unitId FROM document WHERE id = ?
            """)
        let order = try db.cachedStatement(sql: "UPDATE documentBigramKey SET formed = ?, unitId = ? WHERE key = ?")
        for row in dirty {
            let id: String = row["documentId"]
            var key = try Int64.fetchOne(keyOf, arguments: [id])
            if let key, let title: String = row["oldTitle"] {
                try remove.execute(arguments: [key, tokens(title: title, docNumber: row["oldDocNumber"], body: row["oldBody"])])
            }
            if let now = try Row.fetchOne(current, arguments: [id]) {
                if let key {
                    try order.execute(arguments: [now["formed"], now["unitId"], key])
                } else {
                    try db.execute(sql: "INSERT INTO documentBigramKey(documentId, formed, unitId) VALUES (?, ?, ?)",
                                   arguments: [id, now["formed"], now["unitId"]])
                    key = db.lastInsertedRowID
                }
                try add.execute(arguments: [key!, tokens(title: now["title"], docNumber: now["docNumber"], body: now["body"])])
            } else if key != nil {
                try db.execute(sql: "DELETE FROM documentBigramKey WHERE documentId = ?", arguments: [id])
            }
        }
    }

    static func tokens(title: String, docNumber: String?, body: String?) -> String {
        CharacterBigrams.tokens(title: title, docNumber: docNumber ?? "", body: body ?? "")
    }

    /// Empties and refills the index from the documents (the migration, `gongkai reindex`).
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM documentBigramDirty")
        try db.execute(sql: "INSERT INTO documentBigram(documentBigram) VALUES ('delete-all')")
        try db.execute(sql: "DELETE FROM documentBigramKey")
        try db.execute(sql: """
            INSERT INTO documentBigramKey(documentId, formed, unitId) SELECT id, formed, unitId FROM document ORDER BY id
            """)
        let add = try db.cachedStatement(sql: "INSERT INTO documentBigram(rowid, grams) VALUES (?, ?)")
        let rows = try Row.fetchCursor(db, sql: """
            SELECT k.key, d.title, coalesce(d.docNumber, '') AS docNumber, d.body
            FROM documentBigramKey k JOIN document d ON d.id = k.documentId
            """)
        while let row = try rows.next() {
            try add.execute(arguments: [row["key"] as Int64, tokens(title: row["title"], docNumber: row["docNumber"], body: row["body"])])
        }
    }

    /// Migration `v8-search-bigrams` as shipped: the tables of the first index (pairs of the whole
    /// text only), left empty — `v10-search-bigram-fields` replaces them and fills the index.
    static func createFirst(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE documentBigram USING fts5(grams, content = '', detail = none, columnsize = 0);
            CREATE TABLE documentBigramKey (key INTEGER PRIMARY KEY, documentId TEXT NOT NULL UNIQUE);
            CREATE TABLE documentBigramDirty (documentId TEXT PRIMARY KEY NOT NULL, oldText TEXT) WITHOUT ROWID;
            CREATE TRIGGER documentBigram_insert AFTER INSERT ON document
              BEGIN INSERT OR IGNORE INTO documentBigramDirty VALUES (NEW.id, NULL); END;
            CREATE TRIGGER documentBigram_update AFTER UPDATE OF id, title, docNumber, body ON document BEGIN
              INSERT OR IGNORE INTO documentBigramDirty
                VALUES (OLD.id, OLD.title || char(10) || coalesce(OLD.docNumber, '') || char(10) || OLD.body);
              INSERT OR IGNORE INTO documentBigramDirty VALUES (NEW.id, NULL);
            END;
            CREATE TRIGGER documentBigram_delete AFTER DELETE ON document BEGIN
              INSERT OR IGNORE INTO documentBigramDirty
                VALUES (OLD.id, OLD.title || char(10) || coalesce(OLD.docNumber, '') || char(10) || OLD.body);
            END;
            """)
    }

    /// Migration `v10-search-bigram-fields`: the index with the title's and 文号's own tokens, the
    /// key table with each document's date and unit, the old fields kept apart for deleting.
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            DROP TRIGGER IF EXISTS documentBigram_insert;
            DROP TRIGGER IF EXISTS documentBigram_update;
            DROP TRIGGER IF EXISTS documentBigram_delete;
            DROP TABLE IF EXISTS documentBigram;
            DROP TABLE IF EXISTS documentBigramKey;
            DROP TABLE IF EXISTS documentBigramDirty;
            CREATE VIRTUAL TABLE documentBigram USING fts5(grams, content = '', detail = none, columnsize = 0);
            CREATE TABLE documentBigramKey (
              key INTEGER PRIMARY KEY,
              documentId TEXT NOT NULL UNIQUE,
              formed TEXT NOT NULL,
              unitId TEXT NOT NULL
            );
            CREATE TABLE documentBigramDirty (
              documentId TEXT PRIMARY KEY NOT NULL, oldTitle TEXT, oldDocNumber TEXT, oldBody TEXT
            ) WITHOUT ROWID;
            CREATE TRIGGER documentBigram_insert AFTER INSERT ON document
              BEGIN INSERT OR IGNORE INTO documentBigramDirty VALUES (NEW.id, NULL, NULL, NULL); END;
            CREATE TRIGGER documentBigram_update AFTER UPDATE OF id, title, docNumber, body ON document BEGIN
              INSERT OR IGNORE INTO documentBigramDirty VALUES (OLD.id, OLD.title, coalesce(OLD.docNumber, ''), OLD.body);
              INSERT OR IGNORE INTO documentBigramDirty VALUES (NEW.id, NULL, NULL, NULL);
            END;
            CREATE TRIGGER documentBigram_delete AFTER DELETE ON document BEGIN
              INSERT OR IGNORE INTO documentBigramDirty VALUES (OLD.id, OLD.title, coalesce(OLD.docNumber, ''), OLD.body);
            END;
            CREATE TRIGGER documentBigram_order AFTER UPDATE OF formed, unitId ON document BEGIN
              UPDATE documentBigramKey SET formed = NEW.formed, unitId = NEW.unitId WHERE documentId = NEW.id;
            END;
            """)
        try rebuild(db)
    }
}
