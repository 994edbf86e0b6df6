import GRDB

extension Schema {
    /// 列表索引 — the 申请 list's urgency order (`GongkaiService.urgencyOrder`) as an
    /// index on the very expressions it sorts by, county-wide and per handling unit, so a page is
    /// read by walking the index instead of sorting every application (a temporary B-tree over a
    /// million rows on each page); and documents by state, so the status bar's count of documents
    /// awaiting review and the 待办 queue's unpublished proactive documents do not read every
    /// document body. Never edited once shipped.
    static func registerListIndexMigrations(_ m: inout DatabaseMigrator) {
        m.registerMigration("v5-list-indexes") { db in
            let order = """
                sortRank, (CASE WHEN sortRank < 2 THEN sortDue END),
                (CASE WHEN sortRank = 2 THEN sortDue END) DESC, received, id
                """
            try db.execute(sql: "CREATE INDEX application_by_urgency_order ON application(\(order))")
            try db.execute(sql: "CREATE INDEX application_by_unit_urgency ON application(unitId, \(order))")
            try db.create(index: "document_by_state_unit", on: "document", columns: ["state", "unitId"])
            // Every list read looks for consultations whose 15 days ran out
            // (`ApplicationFreshOrder`); only consulting rows carry refreshOn, so a partial index
            // answers without visiting the thousands of open applications.
            try db.execute(sql: """
                CREATE INDEX application_clock_refresh ON application(refreshOn) WHERE refreshOn IS NOT NULL
                """)
            // 待办: proactive documents not yet published (第二十六条) — few, so a partial index.
            try db.execute(sql: """
                CREATE INDEX document_unpublished_proactive ON document(formed, id)
                WHERE attribute = 'proactive' AND published IS NULL
                """)
        }
    }
}
