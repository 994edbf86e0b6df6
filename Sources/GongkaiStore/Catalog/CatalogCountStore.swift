import Foundation
import GRDB
import GongkaiCore

/// 栏目计数表 — the catalog's counts kept current instead of recomputed on every screen:
/// `catalogMembership` holds each document once under every column it is filed in or below (the
/// closure of `documentCatalog`, so a document filed in two columns of one branch counts once
/// there), with its unit, its latest date and whether it is awaiting review or an unpublished
/// proactive document (the two small sets whose counts depend on the day); `catalogCount` holds per
/// column and unit the documents below it, those filed in it, and the latest date of those.
/// Triggers mark the documents whose filing or fields changed, and every write transaction
/// settles them before it commits (`MaintainedState.settle`); moving a column rebuilds all.
enum CatalogCountStore {
    static let everyDocument = "*"

    static func settle(_ db: Database) throws {
        let dirty = try String.fetchAll(db, sql: "SELECT documentId FROM catalogDirty")
        guard !dirty.isEmpty else { return }
        try db.execute(sql: "DELETE FROM catalogDirty")
        if dirty.contains(everyDocument) { return try rebuild(db) }
        let parents = try parentMap(db)
        var affected = Set<Pair>()
        let old = try db.cachedStatement(sql: "SELECT ancestorId, unitId FROM catalogMembership WHERE documentId = ?")
        let clear = try db.cachedStatement(sql: "DELETE FROM catalogMembership WHERE documentId = ?")
        let insert = try db.cachedStatement(sql: """
            INSERT INTO catalogMembership(ancestorId, documentId, unitId, own, last, inReview, watch)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for id in dirty {
            for row in try Row.fetchAll(old, arguments: [id]) {
                affected.insert(Pair(node: row["ancestorId"], unit: row["unitId"]))
            }
            try clear.execute(arguments: [id])
            guard let doc = try Row.fetchOne(db, sql: """
                SELECT unitId, formed, published, state, attribute FROM document WHERE id = ?
                """, arguments: [id]) else { continue }
            let nodes = try String.fetchAll(db, sql: "SELECT nodeId FROM documentCatalog WHERE documentId = ?", arguments: [id])
            let unit: String = doc["unitId"]
            let fields = Fields(doc)
            for (ancestor, own) in closure(of: nodes, parents: parents) {
                try insert.execute(arguments: [ancestor, id, unit, own, fields.last, fields.inReview, fields.watch])
                affected.insert(Pair(node: ancestor, unit: unit))
            }
        }
        let recount = try db.cachedStatement(sql: """
            INSERT INTO catalogCount(nodeId, unitId, subtree, own, ownLast)
            SELECT ?, ?, COUNT(*), COALESCE(SUM(own), 0), MAX(CASE WHEN own = 1 THEN last END)
            FROM catalogMembership WHERE ancestorId = ? AND unitId = ?
            ON CONFLICT(nodeId, unitId) DO UPDATE SET subtree = excluded.subtree, own = excluded.own,
              ownLast = excluded.ownLast
            """)
        for pair in affected {
            try recount.execute(arguments: [pair.node, pair.unit, pair.node, pair.unit])
        }
        try db.execute(sql: "DELETE FROM catalogCount WHERE subtree = 0")
    }

    /// Every membership and count anew (a column moved, or the table was just created).
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM catalogMembership")
        try db.execute(sql: "DELETE FROM catalogCount")
        let parents = try parentMap(db)
        var filed: [String: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT documentId, nodeId FROM documentCatalog") {
            filed[row["documentId"], default: []].append(row["nodeId"])
        }
        let insert = try db.cachedStatement(sql: """
            INSERT INTO catalogMembership(ancestorId, documentId, unitId, own, last, inReview, watch)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for doc in try Row.fetchAll(db, sql: """
            SELECT id, unitId, formed, published, state, attribute FROM document
            WHERE id IN (SELECT documentId FROM documentCatalog)
            """) {
            let id: String = doc["id"]
            let fields = Fields(doc)
            for (ancestor, own) in closure(of: filed[id] ?? [], parents: parents) {
                try insert.execute(arguments: [ancestor, id, doc["unitId"] as String, own, fields.last, fields.inReview, fields.watch])
            }
        }
        try db.execute(sql: """
            INSERT INTO catalogCount(nodeId, unitId, subtree, own, ownLast)
            SELECT ancestorId, unitId, COUNT(*), SUM(own), MAX(CASE WHEN own = 1 THEN last END)
            FROM catalogMembership GROUP BY ancestorId, unitId
            """)
    }

    struct Pair: Hashable {
        var node: String
        var unit: String
    }

    /// The stored fields of one document that the counts read.
    struct Fields {
        /// 最近日期 — published, else formed (the date the catalog shows).
        var last: String
        /// 待审.
        var inReview: Bool
        /// 成文日期 of a proactive document not yet published: overdue once 20 working days have passed.
        var watch: String?

        init(_ row: Row) {
            let formed: String = row["formed"]
            let state: String = row["state"]
            last = (row["published"] as String?) ?? formed
            inReview = state == DocumentState.inReview.rawValue
            watch = (row["attribute"] as String?) == DisclosureAttribute.proactive.rawValue
                && state != DocumentState.published.rawValue ? formed : nil
        }
    }

    static func parentMap(_ db: Database) throws -> [String: String] {
        var map: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, parentId FROM catalogNode WHERE parentId IS NOT NULL") {
            map[row["id"]] = row["parentId"]
        }
        return map
    }

    /// Each column the document is filed in or below, once, with whether it is filed there itself.
    static func closure(of nodes: [String], parents: [String: String]) -> [(String, Bool)] {
        var result: [String: Bool] = [:]
        for node in nodes {
            result[node] = true
            var current = parents[node]
            var guardSteps = 0
            while let p = current, guardSteps < 64 {
                if result[p] == nil { result[p] = false }
                current = parents[p]
                guardSteps += 1
            }
        }
        return result.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Creates the tables and their triggers, and fills them (migration `v8-maintained-catalog-counts`).
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE catalogMembership (
              ancestorId TEXT NOT NULL,
              documentId TEXT NOT NULL,
              unitId TEXT NOT NULL,
              own INTEGER NOT NULL,
              last TEXT NOT NULL,
              inReview INTEGER NOT NULL,
              watch TEXT,
              PRIMARY KEY (ancestorId, documentId)
            ) WITHOUT ROWID;
            CREATE INDEX catalogMembership_by_document ON catalogMembership(documentId);
            CREATE INDEX catalogMembership_by_node_unit ON catalogMembership(ancestorId, unitId);
            CREATE INDEX catalogMembership_in_review ON catalogMembership(ancestorId) WHERE inReview = 1;
            CREATE INDEX catalogMembership_watch ON catalogMembership(watch) WHERE watch IS NOT NULL;
            CREATE TABLE catalogCount (
              nodeId TEXT NOT NULL,
              unitId TEXT NOT NULL,
              subtree INTEGER NOT NULL,
              own INTEGER NOT NULL,
              ownLast TEXT,
              PRIMARY KEY (nodeId, unitId)
            ) WITHOUT ROWID;
            CREATE TABLE catalogDirty (documentId TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID;
            CREATE TRIGGER catalogCount_filed AFTER INSERT ON documentCatalog
              BEGIN INSERT OR IGNORE INTO catalogDirty VALUES (NEW.documentId); END;
            CREATE TRIGGER catalogCount_unfiled AFTER DELETE ON documentCatalog
              BEGIN INSERT OR IGNORE INTO catalogDirty VALUES (OLD.documentId); END;
            CREATE TRIGGER catalogCount_refiled AFTER UPDATE ON documentCatalog
              BEGIN INSERT OR IGNORE INTO catalogDirty VALUES (OLD.documentId); INSERT OR IGNORE INTO catalogDirty VALUES (NEW.documentId); END;
            CREATE TRIGGER catalogCount_document AFTER UPDATE OF id, unitId, formed, published, state, attribute ON document
              BEGIN INSERT OR IGNORE INTO catalogDirty VALUES (OLD.id); INSERT OR IGNORE INTO catalogDirty VALUES (NEW.id); END;
            CREATE TRIGGER catalogCount_document_gone AFTER DELETE ON document
              BEGIN INSERT OR IGNORE INTO catalogDirty VALUES (OLD.id); END;
            CREATE TRIGGER catalogCount_node_moved AFTER UPDATE OF id, parentId ON catalogNode
              BEGIN INSERT OR IGNORE INTO catalogDirty VALUES ('*'); END;
            CREATE TRIGGER catalogCount_node_gone AFTER DELETE ON catalogNode
              BEGIN INSERT OR IGNORE INTO catalogDirty VALUES ('*'); END;
            """)
        try rebuild(db)
    }
}
