import GRDB

extension Schema {
    /// 年度报告 — the report's tables: the entered figures of table 二, the cases of table 四, the
    /// narrative sections 一、五、六, and filed (frozen) reports. Never edited once shipped.
    static func registerReportMigrations(_ m: inout DatabaseMigrator) {
        m.registerMigration("v4-annual-report") { db in
            // 表二 填报数字 per unit and year (第二十条第（五）（六）（八）项). The fee is kept as the
            // exact decimal text in 万元 (at most 4 places), never as a float.
            try db.create(table: "reportFigures") { t in
                t.column("unitId", .text).notNull().references("unit")
                t.column("year", .integer).notNull()
                t.column("licensing", .integer).notNull().check(sql: "licensing >= 0")
                t.column("penalty", .integer).notNull().check(sql: "penalty >= 0")
                t.column("compulsion", .integer).notNull().check(sql: "compulsion >= 0")
                t.column("fee", .text).notNull()
                t.column("updatedAt", .text).notNull()
                t.column("updatedBy", .text).notNull()
                t.primaryKey(["unitId", "year"])
            }
            // 表四 复议诉讼案件, recorded against an application or on their own.
            try db.create(table: "reviewCase") { t in
                t.primaryKey("id", .text)
                t.column("kind", .text).notNull().check(sql: """
                    kind IN ('reconsideration','litigation-direct','litigation-after-reconsideration')
                    """)
                t.column("filedYear", .integer).notNull()
                t.column("filedDate", .text)
                t.column("result", .text).notNull().check(sql: "result IN ('upheld','corrected','other','pending')")
                t.column("decidedYear", .integer)
                t.column("decidedDate", .text)
                t.column("unitId", .text).notNull().references("unit")
                t.column("applicationId", .text).references("application")
                t.column("note", .text)
                t.column("createdAt", .text).notNull()
                t.column("updatedAt", .text).notNull()
            }
            try db.create(index: "reviewCase_by_unit", on: "reviewCase", columns: ["unitId", "filedYear"])
            // 一、五、六 narrative text per report scope (a unit id, or `*` for the county-wide report).
            try db.create(table: "reportNarrative") { t in
                t.column("scope", .text).notNull()
                t.column("year", .integer).notNull()
                t.column("section", .text).notNull().check(sql: "section IN ('overview','problems','other-matters')")
                t.column("text", .text).notNull()
                t.column("updatedAt", .text).notNull()
                t.column("updatedBy", .text).notNull()
                t.primaryKey(["scope", "year", "section"])
            }
            // 已报送的年度报告 — a frozen JSON snapshot; re-filing adds a version, nothing is replaced.
            try db.create(table: "filedReport") { t in
                t.column("scope", .text).notNull()
                t.column("year", .integer).notNull()
                t.column("version", .integer).notNull()
                t.column("filedAt", .text).notNull()
                t.column("filedBy", .text).notNull()
                t.column("snapshot", .text).notNull()
                t.primaryKey(["scope", "year", "version"])
            }
            try db.execute(sql: """
                CREATE TRIGGER filedReport_no_update BEFORE UPDATE ON filedReport
                BEGIN SELECT RAISE(ABORT, 'a filed report is frozen'); END;
                CREATE TRIGGER filedReport_no_delete BEFORE DELETE ON filedReport
                BEGIN SELECT RAISE(ABORT, 'a filed report is frozen'); END;
                """)
        }
    }
}
