import GRDB

extension Schema {
    /// 登记簿 — 权责清单 (entries and their earlier versions), 公众参与行政决策, and
    /// 政府网站与政务新媒体巡检 (Docs/领域规则.md §9). Never edited once shipped.
    static func registerRegisterMigrations(_ m: inout DatabaseMigrator) {
        m.registerMigration("v6-duties") { db in
            try db.create(table: "dutyEntry") { t in
                t.primaryKey("id", .text)
                t.column("unitId", .text).notNull().references("unit")
                t.column("kind", .text).notNull()
                    .check(sql: "kind IN ('licensing','penalty','coercion','levy','benefit','inspection','confirmation','reward','adjudication','other')")
                t.column("name", .text).notNull()
                t.column("legalBasis", .text).notNull()
                t.column("responsibleUnit", .text).notNull().defaults(to: "")
                t.column("procedure", .text).notNull().defaults(to: "")
                t.column("timeLimit", .text).notNull().defaults(to: "")
                t.column("supervisionPhone", .text).notNull().defaults(to: "")
                t.column("state", .text).notNull().check(sql: "state IN ('current','adjusted','cancelled')")
                /// 调整 / 取消 date (NULL while 现行).
                t.column("stateDate", .text)
                t.column("version", .integer).notNull().defaults(to: 1)
                t.column("createdAt", .text).notNull()
                t.column("updatedAt", .text).notNull()
            }
            try db.create(index: "dutyEntry_by_unit", on: "dutyEntry", columns: ["unitId", "state", "kind", "name"])
            // 历史版本 — the entry as it was before each adjustment or cancellation (JSON of DutyEntry).
            try db.create(table: "dutyRevision") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("entryId", .text).notNull().references("dutyEntry")
                t.column("version", .integer).notNull()
                t.column("snapshot", .text).notNull()
                t.column("changedOn", .text).notNull()
                t.column("change", .text).notNull().check(sql: "change IN ('adjusted','cancelled')")
                t.column("reason", .text)
                t.column("actor", .text).notNull()
                t.column("createdAt", .text).notNull()
                t.uniqueKey(["entryId", "version"])
            }
        }
        m.registerMigration("v6-consultations") { db in
            try db.create(table: "consultation") { t in
                t.primaryKey("id", .text)
                t.column("unitId", .text).notNull().references("unit")
                t.column("decision", .text).notNull()
                t.column("scope", .text).notNull()
                /// 参与方式 — method codes joined by commas, in the order chosen.
                t.column("methods", .text).notNull()
                t.column("opens", .text).notNull()
                t.column("closes", .text).notNull()
                t.column("shortPeriodReason", .text)
                t.column("commentsReceived", .integer).notNull().defaults(to: 0)
                t.column("commentSummary", .text).notNull().defaults(to: "")
                t.column("adoption", .text)
                t.column("feedback", .text)
                t.column("closedOn", .text)
                t.column("earlyCloseReason", .text)
                t.column("createdAt", .text).notNull()
                t.column("updatedAt", .text).notNull()
            }
            try db.create(index: "consultation_by_unit", on: "consultation", columns: ["unitId", "closes"])
            // 待办: only open consultations are looked at.
            try db.execute(sql: "CREATE INDEX consultation_open ON consultation(closes) WHERE closedOn IS NULL")
        }
        m.registerMigration("v6-inspections") { db in
            try db.create(table: "inspection") { t in
                t.primaryKey("id", .text)
                t.column("unitId", .text).notNull().references("unit")
                t.column("date", .text).notNull()
                t.column("inspector", .text).notNull()
                t.column("channelKind", .text).notNull().check(sql: "channelKind IN ('website','new-media')")
                t.column("channel", .text).notNull()
                /// 检查项 and 未通过项 — check codes joined by commas.
                t.column("checks", .text).notNull()
                t.column("failed", .text).notNull().defaults(to: "")
                t.column("problems", .text).notNull().defaults(to: "")
                t.column("fixedOn", .text)
                t.column("createdAt", .text).notNull()
                t.column("updatedAt", .text).notNull()
            }
            try db.create(index: "inspection_by_unit", on: "inspection", columns: ["unitId", "date"])
        }
    }
}
