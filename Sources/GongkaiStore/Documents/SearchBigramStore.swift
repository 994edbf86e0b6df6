import Foundation
import GRDB
import GongkaiCore

/// 短词索引 — a contentless FTS5 table of `CharacterBigrams` tokens over each document's 标题、文号
/// and 正文, so that 1- and 2-character terms find their candidates without reading every body
/// (the trigram index holds only 3-character windows). Triggers record which documents changed,
/// with the text that was indexed before (a contentless index deletes a row by its old tokens);
/// `settle` brings the index up to date before the changing transaction commits.
enum SearchBigramStore {
    /// The text indexed for a document (the three searched columns, one per line).
    static let textSQL = "title || char(10) || coalesce(docNumber, '') || char(10) || body"

    static func settle(_ db: Database) throws {
        let dirty = try Row.fetchAll(db, sql: "SELECT documentId, oldText FROM documentBigramDirty")
        guard !dirty.isEmpty else { return }
        try db.execute(sql: "DELETE FROM documentBigramDirty")
        let keyOf = try db.cachedStatement(sql: "SELECT key FROM documentBigramKey WHERE documentId = ?")
        let remove = try db.cachedStatement(sql: """
            INSERT INTO documentBigram(documentBigram, rowid, grams) VALUES ('delete', ?, ?)
            """)
        let add = try db.cachedStatement(sql: "INSERT INTO documentBigram(rowid, grams) VALUES (?, ?)")
        let text = try db.cachedStatement(sql: "SELECT \(textSQL) FROM document WHERE id = ?")
        for row in dirty {
            let id: String = row["documentId"]
            var key = try Int64.fetchOne(keyOf, arguments: [id])
            if let key, let old: String = row["oldText"] {
                try remove.execute(arguments: [key, CharacterBigrams.tokens(of: old)])
            }
            if let current = try String.fetchOne(text, arguments: [id]) {
                if key == nil {
                    try db.execute(sql: "INSERT INTO documentBigramKey(documentId) VALUES (?)", arguments: [id])
                    key = db.lastInsertedRowID
                }
                try add.execute(arguments: [key!, CharacterBigrams.tokens(of: current)])
            } else if key != nil {
                try db.execute(sql: "DELETE FROM documentBigramKey WHERE documentId = ?", arguments: [id])
            }
        }
    }

    /// Empties and refills the index from the documents (the migration, `gongkai reindex`).
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM documentBigramDirty")
        try db.execute(sql: "INSERT INTO documentBigram(documentBigram) VALUES ('delete-all')")
        try db.execute(sql: "DELETE FROM documentBigramKey")
        try db.execute(sql: "INSERT INTO documentBigramKey(documentId) SELECT id FROM document ORDER BY id")
        let add = try db.cachedStatement(sql: "INSERT INTO documentBigram(rowid, grams) VALUES (?, ?)")
        let rows = try Row.fetchCursor(db, sql: """
            SELECT k.key, \(textSQL) AS text FROM documentBigramKey k JOIN document d ON d.id = k.documentId
            """)
        while let row = try rows.next() {
            try add.execute(arguments: [row["key"] as Int64, CharacterBigrams.tokens(of: row["text"])])
        }
    }

    /// Migration `v8-search-bigrams`.
    static func create(_ db: Database) throws {
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
        try rebuild(db)
    }
}
