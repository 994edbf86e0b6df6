import GRDB

extension Schema {
    /// 办理规则与收费 — the fee events (收费通知、缴纳费用; 国办函〔2020〕109号; C8) with their
    /// amount and count or pages, and the admin override of a case-history rule (C9) on each event;
    /// each unit's 复议机关 and 人民法院 (C10). The event table is rebuilt because SQLite cannot widen
    /// the CHECK on `kind`. Never edited once shipped.
    static func registerGuardMigrations(_ m: inout DatabaseMigrator) {
        m.registerMigration("v8-application-fees-and-overrides") { db in
            try db.create(table: "applicationEvent_new") { t in
                t.column("applicationId", .text).notNull().references("application", onDelete: .cascade)
                t.column("seq", .integer).notNull()
                t.column("kind", .text).notNull().check(sql: """
                    kind IN ('clarify-request','clarify-received','consult-start','consult-end',
                             'extend','reply','withdraw','fee-notice','fee-paid')
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
                /// 收费金额 (元), 件数 or 页数 — fee-notice only (C8).
                t.column("amount", .integer)
                t.column("feeCount", .integer)
                t.column("pages", .integer)
                /// 越过的规则 and the admin's reason (C9).
                t.column("overrideRule", .text)
                t.column("overrideReason", .text)
                t.primaryKey(["applicationId", "seq"])
            }
            try db.execute(sql: """
                INSERT INTO applicationEvent_new (applicationId, seq, kind, date, correctionDue, party, days,
                                                  approver, outcome, note, createdAt, actor)
                SELECT applicationId, seq, kind, date, correctionDue, party, days, approver, outcome, note,
                       createdAt, actor FROM applicationEvent
                """)
            try db.drop(table: "applicationEvent")
            try db.rename(table: "applicationEvent_new", to: "applicationEvent")
        }
        m.registerMigration("v8-unit-remedies") { db in
            // 复议机关、人民法院 — set by an admin per unit; nil: the C10 default from the unit's kind.
            try db.alter(table: "unit") { t in
                t.add(column: "reviewBody", .text)
                t.add(column: "court", .text)
            }
        }
    }
}
