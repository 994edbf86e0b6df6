import GRDB

/// 数据库结构 — named migrations; a migration, once shipped, is never edited: add a new one.
enum Schema {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-units") { db in
            try db.create(table: "unit") { t in
                t.primaryKey("id", .text)
                t.column("name", .text).notNull().unique()
                t.column("kind", .text).notNull()
                    .check(sql: "kind IN ('county','department','township')")
                t.column("isCountyOffice", .boolean).notNull().defaults(to: false)
                t.column("sortOrder", .integer).notNull().defaults(to: 0)
                t.column("createdAt", .text).notNull()
            }
        }
        m.registerMigration("v1-audit-log") { db in
            // 审计日志 — append only: the database itself refuses to change history.
            try db.create(table: "auditLog") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("at", .text).notNull()
                t.column("actor", .text).notNull()
                t.column("action", .text).notNull()
                t.column("item", .text)
                t.column("before", .text)
                t.column("after", .text)
                t.column("origin", .text).notNull()
            }
            try db.execute(sql: """
                CREATE TRIGGER auditLog_no_update BEFORE UPDATE ON auditLog
                BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
                CREATE TRIGGER auditLog_no_delete BEFORE DELETE ON auditLog
                BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
                """)
        }
        m.registerMigration("v1-documents") { db in
            try db.create(table: "document") { t in
                t.primaryKey("id", .text)
                t.column("title", .text).notNull()
                t.column("docNumber", .text)
                t.column("type", .text).notNull()
                    .check(sql: "type IN ('regulation','normative','policy','general')")
                t.column("attribute", .text)
                    .check(sql: "attribute IS NULL OR attribute IN ('proactive','on-request','withheld')")
                t.column("withheldReason", .text)
                t.column("state", .text).notNull()
                    .check(sql: "state IN ('draft','in-review','approved','published')")
                t.column("unitId", .text).notNull().references("unit")
                t.column("formed", .text).notNull()
                t.column("published", .text)
                t.column("body", .text).notNull().defaults(to: "")
                t.column("createdAt", .text).notNull()
                t.column("updatedAt", .text).notNull()
            }
            try db.create(index: "document_by_formed", on: "document", columns: ["formed", "id"])
            try db.create(index: "document_by_unit", on: "document", columns: ["unitId", "formed"])
        }
        m.registerMigration("v1-applications") { db in
            try db.create(table: "application") { t in
                t.primaryKey("id", .text)
                t.column("applicantType", .text).notNull()
                t.column("applicantName", .text).notNull()
                t.column("applicantIdNumber", .text)
                t.column("applicantContact", .text)
                t.column("channel", .text).notNull()
                t.column("received", .text).notNull()
                t.column("content", .text).notNull()
                t.column("formWanted", .text)
                t.column("unitId", .text).notNull().references("unit")
                t.column("replied", .text)
                t.column("outcome", .text)
                t.column("createdAt", .text).notNull()
            }
            try db.create(index: "application_by_received", on: "application", columns: ["received", "id"])
        }
        m.registerMigration("v1-meta") { db in
            try db.create(table: "meta") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
        }
        registerOfficerMigrations(&m)
        registerApplicationMigrations(&m)
        registerReviewMigrations(&m)
        registerDocumentMigrations(&m)
        registerAuditIndexMigrations(&m)
        registerCatalogMigrations(&m)
        registerReportMigrations(&m)
        registerDocumentContentMigrations(&m)
        registerInterpretationMigrations(&m)
        registerListIndexMigrations(&m)
        registerLetterMigrations(&m)
        registerRegisterMigrations(&m)
        registerStatisticsMigrations(&m)
        registerGuardMigrations(&m)
        registerMaintainedStateMigrations(&m)
        registerReportTallyMigrations(&m)
        registerInboxMigrations(&m)
        return m
    }
}
