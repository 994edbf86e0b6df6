import GRDB

/// 首次答复与撤回 — maintained state for table 三 (Docs/性能.md): each application row carries the date
/// and outcome of its FIRST reply event and the date of its first withdrawal (the smallest `seq` of
/// each kind, what `ApplicationFactSource` reads from the events), kept by triggers on
/// `applicationEvent` in the transaction that stores, changes or removes an event — whichever
/// path writes it (the service, import, the demo generator, a repair in the sqlite3 shell). The
/// annual report then aggregates the application table alone, as the plain `GROUP BY` would,
/// instead of looking up two events per application.
///
/// These are not the clock's `replied`/`outcome`/`withdrawn` columns: those follow the LAST
/// closing event (`ApplicationClockCache`) and are written by Swift after a change, while the
/// report counts the first ones and must agree with the events even on a ledger written by hand.
///
/// A partial index lists the rows whose receipt date or first closing dates are not ISO days
/// (normally none), so the report can refuse a corrupt value naming the application without
/// matching a pattern against every row.
enum ApplicationClosingStore {
    static let isoPattern = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"

    /// The condition of the partial index `application_dates_not_iso` (a query must repeat it
    /// word for word for SQLite to use the index).
    static let notISO = """
        (received NOT GLOB '\(isoPattern)' OR firstReplied NOT GLOB '\(isoPattern)' \
        OR firstWithdrawn NOT GLOB '\(isoPattern)')
        """

    /// The UPDATE that sets application `idExpression`'s first-closing columns from its events.
    static func recompute(_ idExpression: String) -> String {
        func first(_ column: String, _ kind: String) -> String {
            "(SELECT \(column) FROM applicationEvent WHERE applicationId = \(idExpression) AND kind = '\(kind)' ORDER BY seq LIMIT 1)"
        }
        return """
            UPDATE application SET firstReplied = \(first("date", "reply")), firstOutcome = \(first("outcome", "reply")),
                   firstWithdrawn = \(first("date", "withdraw")) WHERE id = \(idExpression);
            """
    }

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE application ADD COLUMN firstReplied TEXT;
            ALTER TABLE application ADD COLUMN firstOutcome TEXT;
            ALTER TABLE application ADD COLUMN firstWithdrawn TEXT;
            CREATE TRIGGER applicationClosing_insert AFTER INSERT ON applicationEvent
              WHEN NEW.kind IN ('reply', 'withdraw') BEGIN \(recompute("NEW.applicationId")) END;
            CREATE TRIGGER applicationClosing_update AFTER UPDATE OF applicationId, seq, kind, date, outcome ON applicationEvent
              WHEN OLD.kind IN ('reply', 'withdraw') OR NEW.kind IN ('reply', 'withdraw')
              BEGIN \(recompute("OLD.applicationId")) \(recompute("NEW.applicationId")) END;
            CREATE TRIGGER applicationClosing_delete AFTER DELETE ON applicationEvent
              WHEN OLD.kind IN ('reply', 'withdraw') BEGIN \(recompute("OLD.applicationId")) END;
            CREATE INDEX application_dates_not_iso ON application(id) WHERE \(notISO);
            """)
        try db.execute(sql: recompute("application.id").replacingOccurrences(
            of: "WHERE id = application.id;",
            with: "WHERE id IN (SELECT applicationId FROM applicationEvent WHERE kind IN ('reply', 'withdraw'));"))
    }
}

extension Schema {
    /// 年度报告的维护列 — `ApplicationClosingStore`. Never edited once shipped.
    static func registerReportTallyMigrations(_ m: inout DatabaseMigrator) {
        m.registerMigration("v10-application-first-closing") { db in
            try ApplicationClosingStore.create(db)
        }
        // 表二 — the published 规章 and 规范性文件 (a few thousand of a county's documents), covering
        // what table 二 counts (`RegisterSource.counts`).
        m.registerMigration("v10-document-register-index") { db in
            try db.execute(sql: """
                CREATE INDEX document_register ON document(unitId, type, published, state, id)
                WHERE \(RegisterSource.registerCondition)
                """)
        }
    }
}
