import GRDB

extension Schema {
    /// 列表索引 — issue 10: the 申请 list's urgency order (`GongkaiService.urgencyOrder`) as an
    /// index on the very expressions it sorts by, county-wide and per handling unit, so a page is
    /// read by walking the index instead of sorting every application (a temporary B-tree over a
    /// million rows on each page). Never edited once shipped.
    static func registerListIndexMigrations(_ m: inout DatabaseMigrator) {
        m.registerMigration("v5-application-urgency-index") { db in
            let order = """
                sortRank, (CASE WHEN sortRank < 2 THEN sortDue END),
                (CASE WHEN sortRank = 2 THEN sortDue END) DESC, received, id
                """
            try db.execute(sql: "CREATE INDEX application_by_urgency_order ON application(\(order))")
            try db.execute(sql: "CREATE INDEX application_by_unit_urgency ON application(unitId, \(order))")
        }
    }
}
