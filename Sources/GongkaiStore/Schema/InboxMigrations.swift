import GRDB

extension Schema {
    /// 待办分页 — what the inbox needs to read one screen of its queue without building the
    /// whole of it, and the counts every start shows (Docs/性能.md). Never edited once shipped.
    static func registerInboxMigrations(_ m: inout DatabaseMigrator) {
        // 三同步: whether a document's open problems include a late interpretation (overdue in the
        // inbox, whatever the date), and an index of the documents that can be an inbox item, by 编号.
        m.registerMigration("v11-inbox-sync-paging") { db in
            try SyncStandingStore.addLateProblem(db)
        }
        // 件数: documents and requests per unit, kept by triggers (the panes' counts at start).
        m.registerMigration("v12-row-counts") { db in
            try RowCountStore.create(db)
        }
        // 检索: the documents newest first, for a short term's page read band by band.
        m.registerMigration("v13-search-newest") { db in
            try db.execute(sql: """
                CREATE INDEX documentBigramKey_newest ON documentBigramKey(formed DESC, documentId, unitId)
                """)
        }
        // 年度报告: the columns table 三 groups the applications by, read county-wide instead of the rows.
        m.registerMigration("v14-application-tally") { db in
            try db.execute(sql: """
                CREATE INDEX application_tally ON application(applicantType, firstOutcome, received, firstReplied,
                                                              firstWithdrawn, unitId)
                """)
        }
    }
}
