import GRDB

extension Schema {
    /// 文书 — per-unit number patterns, the per-unit-per-year counter, and every letter
    /// produced (on the application's timeline). Never edited once shipped.
    static func registerLetterMigrations(_ m: inout DatabaseMigrator) {
        m.registerMigration("v6-letters") { db in
            // 文书编号规则 per unit (LetterNumberPattern syntax); a unit with none uses the default.
            try db.create(table: "letterPattern") { t in
                t.primaryKey("unitId", .text).references("unit")
                t.column("pattern", .text).notNull()
                t.column("shortName", .text)
                t.column("updatedAt", .text).notNull()
                t.column("updatedBy", .text).notNull()
            }
            // 文书序号 — the last number given per unit and year; bumped in the transaction that
            // records the letter, so two sessions can never give out the same number.
            try db.create(table: "letterCounter") { t in
                t.column("unitId", .text).notNull().references("unit")
                t.column("year", .integer).notNull()
                t.column("last", .integer).notNull().check(sql: "last >= 0")
                t.primaryKey(["unitId", "year"])
            }
            // 已出具的文书 — number, date, format and the SHA-256 of the file's bytes.
            try db.create(table: "letter") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("applicationId", .text).notNull().references("application")
                t.column("unitId", .text).notNull().references("unit")
                t.column("kind", .text).notNull()
                    .check(sql: "kind IN ('clarify','consult','extend','reply','fee')")
                t.column("template", .text).notNull()
                t.column("number", .text).notNull().unique()
                t.column("year", .integer).notNull()
                t.column("seq", .integer).notNull()
                t.column("date", .text).notNull()
                t.column("format", .text).notNull().check(sql: "format IN ('md','html','docx')")
                t.column("sha256", .text).notNull()
                t.column("officer", .text).notNull()
                t.column("createdAt", .text).notNull()
            }
            try db.create(index: "letter_by_application", on: "letter", columns: ["applicationId", "id"])
            try db.execute(sql: """
                CREATE TRIGGER letter_no_update BEFORE UPDATE ON letter
                BEGIN SELECT RAISE(ABORT, 'a recorded letter is not changed'); END;
                CREATE TRIGGER letter_no_delete BEFORE DELETE ON letter
                BEGIN SELECT RAISE(ABORT, 'a recorded letter is not deleted'); END;
                """)
        }
    }
}
