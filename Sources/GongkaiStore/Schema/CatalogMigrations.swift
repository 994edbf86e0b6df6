import GRDB

/// 公开目录的数据库结构 — the disclosure catalog (公开目录, Docs/领域规则.md §2): its columns, the standard catalog
/// items (标准目录事项, 国办发〔2019〕54号) filed under them, and which documents sit in which column.
extension Schema {
    static func registerCatalogMigrations(_ m: inout DatabaseMigrator) {
        m.registerMigration("v2-catalog") { db in
            try db.create(table: "catalogNode") { t in
                t.primaryKey("id", .text)
                // Parents are checked by CatalogTree when the tree is loaded; a column never disappears
                // while it has children (CatalogTree.delete), so no foreign key is needed here.
                t.column("parentId", .text)
                t.column("name", .text).notNull()
                t.column("order", .integer).notNull()
                t.column("ownerUnitId", .text)
                // Codes of NationalStandardArea, comma-separated, canonical order ("" = none).
                t.column("nationalAreas", .text).notNull().defaults(to: "")
                t.column("origin", .text).notNull()
                    .check(sql: "origin IN ('seed','unit-template','custom')")
                t.column("createdOn", .text).notNull()
                t.column("retiredOn", .text)
                t.column("everUsed", .boolean).notNull().defaults(to: false)
                t.column("stalenessDays", .integer)
                // The day something was last filed or changed in this column itself (items; documents
                // carry their own dates and are folded in when read).
                t.column("lastUpdated", .text)
            }
            try db.create(index: "catalogNode_by_parent", on: "catalogNode", columns: ["parentId", "order"])
            try db.create(index: "catalogNode_by_owner", on: "catalogNode", columns: ["ownerUnitId"])

            try db.create(table: "standardCatalogItem") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("nodeId", .text).notNull().references("catalogNode")
                t.column("serialNumber", .integer)
                t.column("firstLevelMatter", .text).notNull()
                t.column("secondLevelMatter", .text).notNull()
                t.column("content", .text).notNull()
                t.column("basis", .text).notNull()
                t.column("timeLimit", .text).notNull()
                t.column("publisher", .text).notNull()
                // Codes of StandardCatalogItem.Carrier, comma-separated (a multi-select).
                t.column("channels", .text).notNull()
                t.column("audience", .text).notNull().check(sql: "audience IN ('everyone','specific-group')")
                t.column("mode", .text).notNull().check(sql: "mode IN ('proactive','on-request')")
                t.column("level", .text).notNull().check(sql: "level IN ('county','township')")
                t.column("createdOn", .text).notNull()
                t.column("updatedOn", .text).notNull()
            }
            try db.create(index: "standardCatalogItem_by_node", on: "standardCatalogItem", columns: ["nodeId"])

            try db.create(table: "documentCatalog") { t in
                t.column("documentId", .text).notNull().references("document", onDelete: .cascade)
                t.column("nodeId", .text).notNull().references("catalogNode")
                t.primaryKey(["documentId", "nodeId"])
            }
            try db.create(index: "documentCatalog_by_node", on: "documentCatalog", columns: ["nodeId", "documentId"])
        }
    }
}
