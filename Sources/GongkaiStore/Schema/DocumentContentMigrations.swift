import GRDB

extension Schema {
    /// 文件内容 — the content fields of `document` (公开渠道、标签、公开属性说明、目录路径、
    /// 有效期、立改废状态、版本号) and the full-text index over 标题、文号、正文 (FTS5 trigram).
    static func registerDocumentContentMigrations(_ m: inout DatabaseMigrator) {
        m.registerMigration("v4-document-content") { db in
            try db.alter(table: "document") { t in
                /// 公开渠道 — a JSON array of names (门户网站、微信平台 …).
                t.add(column: "channels", .text).notNull().defaults(to: "[]")
                /// 标签 — a JSON array of names (六稳六保、惠企政策 …).
                t.add(column: "tags", .text).notNull().defaults(to: "[]")
                /// 公开属性说明 (条例第十三条).
                t.add(column: "attributeNote", .text)
                /// 公开目录路径 as typed (`政府文件`), until the catalog links documents.
                t.add(column: "category", .text)
                /// 有效期至 — last day of validity (规章、规范性文件).
                t.add(column: "validUntil", .text)
                /// 修改文件 (立改废: 改).
                t.add(column: "amendedBy", .text)
                t.add(column: "amendedOn", .text)
                /// 废止日期 (立改废: 废).
                t.add(column: "repealedOn", .text)
                /// 版本号 — raised by every change (trigger below), so a save can tell that another
                /// officer changed the document since it was opened.
                t.add(column: "version", .integer).notNull().defaults(to: 1)
            }
            // Every UPDATE raises the version unless it set one itself; recursive triggers are off,
            // so the trigger's own UPDATE does not fire it again.
            try db.execute(sql: """
                CREATE TRIGGER document_version AFTER UPDATE ON document
                WHEN NEW.version = OLD.version
                BEGIN UPDATE document SET version = OLD.version + 1 WHERE id = NEW.id; END;
                """)
            // The FTS rowid must be stable: `document` has a TEXT key, whose implicit rowid VACUUM
            // may renumber, so a key table with an INTEGER PRIMARY KEY gives each document its
            // search row.
            try db.execute(sql: """
                CREATE TABLE documentSearchKey (
                  key INTEGER PRIMARY KEY,
                  documentId TEXT NOT NULL UNIQUE
                );
                CREATE VIRTUAL TABLE documentSearch USING fts5(title, docNumber, body, tokenize = 'trigram');
                CREATE TRIGGER documentSearch_insert AFTER INSERT ON document BEGIN
                  INSERT INTO documentSearchKey(documentId) VALUES (NEW.id);
                  INSERT INTO documentSearch(rowid, title, docNumber, body)
                  VALUES ((SELECT key FROM documentSearchKey WHERE documentId = NEW.id),
                          NEW.title, coalesce(NEW.docNumber, ''), NEW.body);
                END;
                CREATE TRIGGER documentSearch_update AFTER UPDATE OF title, docNumber, body ON document BEGIN
                  DELETE FROM documentSearch WHERE rowid = (SELECT key FROM documentSearchKey WHERE documentId = OLD.id);
                  INSERT INTO documentSearch(rowid, title, docNumber, body)
                  VALUES ((SELECT key FROM documentSearchKey WHERE documentId = NEW.id),
                          NEW.title, coalesce(NEW.docNumber, ''), NEW.body);
                END;
                CREATE TRIGGER documentSearch_delete AFTER DELETE ON document BEGIN
                  DELETE FROM documentSearch WHERE rowid = (SELECT key FROM documentSearchKey WHERE documentId = OLD.id);
                  DELETE FROM documentSearchKey WHERE documentId = OLD.id;
                END;
                INSERT INTO documentSearchKey(documentId) SELECT id FROM document ORDER BY id;
                INSERT INTO documentSearch(rowid, title, docNumber, body)
                  SELECT k.key, d.title, coalesce(d.docNumber, ''), d.body
                  FROM document d JOIN documentSearchKey k ON k.documentId = d.id;
                """)
            try db.create(index: "document_by_state", on: "document", columns: ["state", "formed"])
        }
    }
}
