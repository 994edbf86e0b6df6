import Foundation
import GRDB
import GongkaiCore

/// 三同步待办状态表 — `documentSync`: one row per document with whether it requires an
/// interpretation, the date it was formed for ordering, and its `SyncStanding`. Triggers
/// mark a document dirty whenever the document, its steps or its interpretations change (and every
/// document when the settings or the calendar change); `settle` recomputes the dirty ones before the
/// same transaction commits. The 解读 pane, its count and the inbox read this table instead of
/// evaluating every document (Docs/性能.md); the tests keep it equal to a full recomputation.
enum SyncStandingStore {
    /// The dirty marker that means "every document" (settings or calendar changed).
    static let everyDocument = "*"

    /// Recomputes the rows of the documents marked dirty in this transaction. Called at the end of
    /// every write transaction of the service (`change`, initialisation, demo data, migrations).
    static func settle(_ db: Database) throws {
        let dirty = try String.fetchAll(db, sql: "SELECT documentId FROM documentSyncDirty")
        guard !dirty.isEmpty else { return }
        try db.execute(sql: "DELETE FROM documentSyncDirty")
        let ids: [String]
        if dirty.contains(everyDocument) {
            ids = try String.fetchAll(db, sql: "SELECT id FROM document")
            try db.execute(sql: "DELETE FROM documentSync WHERE documentId NOT IN (SELECT id FROM document)")
        } else {
            ids = dirty
        }
        let settings = try GongkaiService.interpretationSettings(db)
        let calendar = try GongkaiService.workdayCalendar(db)
        // `lateProblem` came with a later migration (`v11-inbox-sync-paging`); the migrations
        // before it settle without it.
        let late = try db.columns(in: "documentSync").contains { $0.name == "lateProblem" }
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO documentSync(documentId, unitId, formed, required, openProblems, lateAfter\(late ? ", lateProblem" : ""))
            VALUES (?, ?, ?, ?, ?, ?\(late ? ", ?" : ""))
            ON CONFLICT(documentId) DO UPDATE SET unitId = excluded.unitId, formed = excluded.formed,
              required = excluded.required, openProblems = excluded.openProblems,
              lateAfter = excluded.lateAfter\(late ? ", lateProblem = excluded.lateProblem" : "")
            """)
        let remove = try db.cachedStatement(sql: "DELETE FROM documentSync WHERE documentId = ?")
        let docs = try GongkaiService.syncRows(db, ids: ids, settings: settings)
        let interps = try GongkaiService.interpretationRows(db, ids: ids)
        for id in ids where id != everyDocument {
            guard let (row, inputs) = docs[id] else {
                try remove.execute(arguments: [id])
                continue
            }
            let standing = SyncStanding.of(document: inputs.document,
                                           interpretations: try (interps[id] ?? []).map { try $0.checked() },
                                           settings: settings, calendar: calendar, overrides: inputs.overrides)
            var arguments: StatementArguments = [id, row["unitId"] as String, row["formed"] as String,
                                                 inputs.requirement.isRequired,
                                                 standing.openProblems, standing.lateAfter?.iso]
            if late { arguments += [standing.lateProblem] }
            try upsert.execute(arguments: arguments)
        }
    }

    /// Adds `lateProblem` (an open 未同步发布 whatever the date) and the index the inbox pages its
    /// 三同步 items by — in 编号 order, the few documents with an open or pending problem only —
    /// and recomputes every row (migration `v11-inbox-sync-paging`).
    static func addLateProblem(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE documentSync ADD COLUMN lateProblem INTEGER NOT NULL DEFAULT 0;
            CREATE INDEX documentSync_inbox ON documentSync(documentId, unitId, lateProblem, lateAfter, openProblems)
              WHERE \(inboxCandidate);
            INSERT OR IGNORE INTO documentSyncDirty VALUES ('*');
            """)
        try settle(db)
    }

    /// The rows that can be a 三同步 inbox item on some day (`SyncStanding.isOpen`): the partial
    /// index `documentSync_inbox` holds these; a query that repeats this condition reads it.
    static let inboxCandidate = "required = 1 AND (openProblems > 0 OR lateAfter IS NOT NULL)"

    /// Creates the table, its triggers and fills it (migration `v8-maintained-sync-standing`).
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE documentSync (
              documentId TEXT PRIMARY KEY NOT NULL,
              unitId TEXT NOT NULL,
              formed TEXT NOT NULL,
              required INTEGER NOT NULL,
              openProblems INTEGER NOT NULL,
              lateAfter TEXT
            );
            CREATE INDEX documentSync_by_formed ON documentSync(required, formed DESC, documentId DESC);
            CREATE INDEX documentSync_by_unit ON documentSync(unitId, required, formed DESC, documentId DESC);
            CREATE TABLE documentSyncDirty (documentId TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID;
            CREATE TRIGGER documentSync_document_insert AFTER INSERT ON document
              BEGIN INSERT OR IGNORE INTO documentSyncDirty VALUES (NEW.id); END;
            CREATE TRIGGER documentSync_document_update AFTER UPDATE ON document
              BEGIN INSERT OR IGNORE INTO documentSyncDirty VALUES (OLD.id); INSERT OR IGNORE INTO documentSyncDirty VALUES (NEW.id); END;
            CREATE TRIGGER documentSync_document_delete AFTER DELETE ON document
              BEGIN INSERT OR IGNORE INTO documentSyncDirty VALUES (OLD.id); END;
            CREATE TRIGGER documentSync_step_insert AFTER INSERT ON documentTransition
              BEGIN INSERT OR IGNORE INTO documentSyncDirty VALUES (NEW.documentId); END;
            CREATE TRIGGER documentSync_step_update AFTER UPDATE ON documentTransition
              BEGIN INSERT OR IGNORE INTO documentSyncDirty VALUES (OLD.documentId); INSERT OR IGNORE INTO documentSyncDirty VALUES (NEW.documentId); END;
            CREATE TRIGGER documentSync_step_delete AFTER DELETE ON documentTransition
              BEGIN INSERT OR IGNORE INTO documentSyncDirty VALUES (OLD.documentId); END;
            CREATE TRIGGER documentSync_interp_insert AFTER INSERT ON interpretation
              BEGIN INSERT OR IGNORE INTO documentSyncDirty VALUES (NEW.documentId); END;
            CREATE TRIGGER documentSync_interp_update AFTER UPDATE ON interpretation
              BEGIN INSERT OR IGNORE INTO documentSyncDirty VALUES (OLD.documentId); INSERT OR IGNORE INTO documentSyncDirty VALUES (NEW.documentId); END;
            CREATE TRIGGER documentSync_interp_delete AFTER DELETE ON interpretation
              BEGIN INSERT OR IGNORE INTO documentSyncDirty VALUES (OLD.documentId); END;
            CREATE TRIGGER documentSync_calendar_insert AFTER INSERT ON holidayArrangement
              BEGIN INSERT OR IGNORE INTO documentSyncDirty VALUES ('*'); END;
            CREATE TRIGGER documentSync_calendar_update AFTER UPDATE ON holidayArrangement
              BEGIN INSERT OR IGNORE INTO documentSyncDirty VALUES ('*'); END;
            CREATE TRIGGER documentSync_calendar_delete AFTER DELETE ON holidayArrangement
              BEGIN INSERT OR IGNORE INTO documentSyncDirty VALUES ('*'); END;
            CREATE TRIGGER documentSync_settings_insert AFTER INSERT ON meta WHEN NEW.key = 'interpretationSettings'
              BEGIN INSERT OR IGNORE INTO documentSyncDirty VALUES ('*'); END;
            CREATE TRIGGER documentSync_settings_update AFTER UPDATE ON meta WHEN NEW.key = 'interpretationSettings'
              BEGIN INSERT OR IGNORE INTO documentSyncDirty VALUES ('*'); END;
            CREATE TRIGGER documentSync_settings_delete AFTER DELETE ON meta WHEN OLD.key = 'interpretationSettings'
              BEGIN INSERT OR IGNORE INTO documentSyncDirty VALUES ('*'); END;
            INSERT INTO documentSyncDirty VALUES ('*');
            """)
        try settle(db)
    }
}
