import GRDB

extension Schema {
    /// 政策解读 — interpretation records, their own workflow steps, and the 三同步 override reasons
    /// recorded on document steps (国办发〔2016〕80号).
    static func registerInterpretationMigrations(_ m: inout DatabaseMigrator) {
        m.registerMigration("v4-interpretations") { db in
            try db.create(table: "interpretation") { t in
                t.primaryKey("id", .text)
                t.column("documentId", .text).notNull().references("document")
                /// 解读单位 — the drafting unit unless `unitReason` says why another.
                t.column("unitId", .text).notNull().references("unit")
                t.column("unitReason", .text)
                /// 责任领导.
                t.column("leader", .text)
                /// 解读形式 — form codes joined by commas, in the order chosen.
                t.column("forms", .text).notNull().defaults(to: "")
                /// 解读要素 — element codes joined by commas.
                t.column("elements", .text).notNull().defaults(to: "")
                t.column("body", .text).notNull().defaults(to: "")
                t.column("state", .text).notNull()
                    .check(sql: "state IN ('draft','in-review','approved','published')")
                t.column("created", .text).notNull()
                t.column("approved", .text)
                t.column("published", .text)
                t.column("createdAt", .text).notNull()
                t.column("updatedAt", .text).notNull()
            }
            try db.create(index: "interpretation_by_document", on: "interpretation", columns: ["documentId", "id"])
            try db.create(index: "interpretation_by_published", on: "interpretation", columns: ["published"])
            try db.create(table: "interpretationTransition") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("interpretationId", .text).notNull().references("interpretation")
                t.column("fromState", .text).notNull()
                t.column("toState", .text).notNull()
                t.column("action", .text).notNull()
                t.column("actor", .text).notNull()
                t.column("realActor", .text)
                t.column("date", .text).notNull()
                t.column("comment", .text)
                t.column("createdAt", .text).notNull()
            }
            try db.create(index: "interpretationTransition_by_interpretation", on: "interpretationTransition",
                          columns: ["interpretationId", "id"])
            // 特批理由 — `doc approve|publish --override-reason`: kept on the step it let through.
            try db.alter(table: "documentTransition") { t in t.add(column: "overrideReason", .text) }
        }
    }
}
