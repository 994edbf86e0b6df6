import GRDB

extension Schema {
    /// 文件办理记录 — every step of the document workflow, who and when.
    static func registerDocumentMigrations(_ m: inout DatabaseMigrator) {
        m.registerMigration("v3-document-transitions") { db in
            try db.create(table: "documentTransition") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("documentId", .text).notNull().references("document")
                t.column("fromState", .text).notNull()
                t.column("toState", .text).notNull()
                /// `submit|approve|return|publish`, or `undo` for a reviewer's undo in the inbox.
                t.column("action", .text).notNull()
                t.column("actor", .text).notNull()
                t.column("realActor", .text)
                t.column("date", .text).notNull()
                t.column("comment", .text)
                t.column("createdAt", .text).notNull()
            }
            try db.create(index: "documentTransition_by_document", on: "documentTransition", columns: ["documentId", "id"])
        }
    }
}
