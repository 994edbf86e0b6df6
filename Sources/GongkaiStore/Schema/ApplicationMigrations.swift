import GRDB
import GongkaiCore

/// 依申请公开与工作日历的数据库结构 — the named migrations (never edited once shipped).
extension Schema {
    static func registerApplicationMigrations(_ m: inout DatabaseMigrator) {
        m.registerMigration("v2-holiday-arrangements") { db in
            // 节假日安排 — admin-entered years; the 2023–2026 built-ins stay in code and a stored
            // year replaces a built-in one (WorkdayCalendar.merging; C5).
            try db.create(table: "holidayArrangement") { t in
                t.primaryKey("year", .integer)
                t.column("notice", .text).notNull()
                t.column("noticeDate", .text).notNull()
                /// The arrangement in the admin file's own JSON shape (re-importable).
                t.column("arrangement", .text).notNull()
                t.column("importedAt", .text).notNull()
                t.column("importedBy", .text).notNull()
            }
        }
        m.registerMigration("v2-application-events") { db in
            // 办理记录 — the stored inputs of the reply clock; due dates are never stored (C7).
            try db.create(table: "applicationEvent") { t in
                t.column("applicationId", .text).notNull().references("application", onDelete: .cascade)
                t.column("seq", .integer).notNull()
                t.column("kind", .text).notNull().check(sql: """
                    kind IN ('clarify-request','clarify-received','consult-start','consult-end',
                             'extend','reply','withdraw')
                    """)
                t.column("date", .text).notNull()
                t.column("correctionDue", .text)
                t.column("party", .text).check(sql: "party IS NULL OR party IN ('third-party','agency')")
                t.column("days", .integer)
                t.column("approver", .text)
                t.column("outcome", .text)
                t.column("note", .text)
                t.column("createdAt", .text).notNull()
                t.column("actor", .text).notNull()
                t.primaryKey(["applicationId", "seq"])
            }
            // 办结 and the urgency sort key. `phase` is the stored part of the state (overdue is
            // phase open + sortDue before today); `sortDue` is the computed due date (or the
            // consultation / correction deadline while the clock is paused or stopped), kept only
            // so that the 申请 pane can page by urgency from the database. Both are refreshed in
            // the same transaction as every event and every calendar change.
            try db.alter(table: "application") { t in
                t.add(column: "withdrawn", .text)
                t.add(column: "phase", .text).notNull().defaults(to: "processing")
                t.add(column: "sortRank", .integer).notNull().defaults(to: 0)
                t.add(column: "sortDue", .text)
                t.add(column: "refreshOn", .text)
                t.add(column: "updatedAt", .text)
            }
            try db.create(index: "application_by_urgency", on: "application",
                          columns: ["sortRank", "sortDue", "id"])
            try db.create(index: "application_by_unit", on: "application", columns: ["unitId", "sortRank"])
            // Applications replied before events existed keep their reply as a stored event, so
            // the clock of every row is derived the same way.
            try db.execute(sql: """
                INSERT INTO applicationEvent (applicationId, seq, kind, date, outcome, createdAt, actor)
                SELECT id, 1, 'reply', replied, outcome, createdAt, 'migration'
                FROM application WHERE replied IS NOT NULL AND outcome IS NOT NULL
                """)
            // Sort keys of the rows already there (no stored arrangements exist yet: built-in calendar).
            for id in try String.fetchAll(db, sql: "SELECT id FROM application") {
                try ApplicationClockCache.refresh(db, id: id, calendar: .builtIn, today: CivilDate.today())
            }
        }
    }
}
