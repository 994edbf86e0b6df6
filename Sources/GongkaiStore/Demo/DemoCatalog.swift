import Foundation
import GRDB
import GongkaiCore

/// 示例目录数据 — with `init --demo`: every demo unit's sub-catalog, the demo documents filed in the
/// columns a county office would file them in, and a few standard catalog items (标准目录事项).
enum DemoCatalog {
    /// Document title → the columns (paths) it sits in.
    static let placements: [(title: String, paths: [String])] = [
        ("关于印发《县政府信息公开工作要点》的通知",
         ["政府文件", "政府信息公开制度", "部门乡镇信息公开/县人民政府办公室/政策文件"]),
        ("县义务教育阶段学校招生入学工作方案",
         ["法定主动公开内容/基层政府信息公开/教育信息", "政府文件", "部门乡镇信息公开/县教育局/政策文件"]),
        ("关于落实“六稳”“六保”惠企政策的若干措施",
         ["政府文件", "法定主动公开内容/其他法定信息/“六稳”和“六保”", "法定主动公开内容/其他法定信息/涉企优惠政策"]),
        ("县财政局2026年部门预算公开说明",
         ["法定主动公开内容/基层政府信息公开/预算决算", "部门乡镇信息公开/县财政局/预算决算"]),
        ("城关镇2026年第三季度低保对象公示",
         ["法定主动公开内容/基层政府信息公开/社会救助", "部门乡镇信息公开/城关镇/工作动态"]),
        ("县国土空间总体规划（2021—2035年）",
         ["法定主动公开内容/规划动态", "法定主动公开内容/基层政府信息公开/城乡规划",
          "部门乡镇信息公开/县自然资源局/规划动态"]),
        ("河西乡农村人居环境整治实施方案",
         ["法定主动公开内容/基层政府信息公开/涉农政策", "部门乡镇信息公开/河西乡/政策文件"]),
        ("县市场监督管理局行政处罚裁量基准",
         ["法定主动公开内容/行政处罚", "部门乡镇信息公开/县市场监督管理局/行政处罚"]),
        ("东山镇重大项目建设进展情况",
         ["法定主动公开内容/基层政府信息公开/重大项目建设", "部门乡镇信息公开/东山镇/工作动态"]),
        // The withheld meeting minutes (不予公开) sit in no public column.
    ]

    static let items: [(path: String, item: StandardCatalogItem)] = [
        ("法定主动公开内容/基层政府信息公开/教育信息", StandardCatalogItem(
            serialNumber: 1, firstLevelMatter: "义务教育", secondLevelMatter: "招生入学",
            content: "招生政策、招生计划、划片范围、报名条件、录取结果",
            basis: "《中华人民共和国义务教育法》《中华人民共和国政府信息公开条例》",
            timeLimit: StandardCatalogItem.statutoryTimeLimit, publisher: "县教育局",
            carriers: [.governmentWebsite, .newMedia, .noticeBoard], audience: .everyone, mode: .proactive,
            level: .county)),
        ("法定主动公开内容/基层政府信息公开/社会救助", StandardCatalogItem(
            serialNumber: 1, firstLevelMatter: "最低生活保障", secondLevelMatter: "低保对象公示",
            content: "拟纳入低保对象的姓名、家庭人口、保障金额（隐去身份证号等个人信息）",
            basis: "《社会救助暂行办法》", timeLimit: "审核确认后在村（居）公示7天",
            publisher: "乡镇人民政府", carriers: [.noticeBoard, .governmentWebsite],
            audience: .specificGroup, mode: .proactive, level: .township)),
        ("法定主动公开内容/基层政府信息公开/预算决算", StandardCatalogItem(
            serialNumber: 1, firstLevelMatter: "财政预决算", secondLevelMatter: "部门预算",
            content: "部门预算报表及说明、“三公”经费预算",
            basis: "《中华人民共和国预算法》第十四条",
            timeLimit: "批准后20日内", publisher: "县财政局",
            carriers: [.governmentWebsite], audience: .everyone, mode: .proactive, level: .county)),
    ]

    static func insert(_ db: Database, today: CivilDate, actor: Actor) throws {
        _ = try CatalogStore.ensureUnitCatalogs(db, on: today, actor: actor)
        let old = try CatalogStore.loadTree(db)
        var tree = old
        for (title, paths) in placements {
            guard let documentID = try String.fetchOne(db, sql: "SELECT id FROM document WHERE title = ?",
                                                        arguments: [title]) else { continue }
            for path in paths {
                guard let node = tree.node(atPath: path) else { continue }
                try CatalogStore.place(db, documentID: documentID, nodeID: node.id)
                try tree.markUsed(node.id)
                try AuditLog.append(db, actor: actor, action: .catalogPlace, item: documentID,
                                    after: AuditLog.json(["document": documentID, "node": node.id]))
            }
        }
        var touched: Set<CatalogNodeID> = []
        for (path, item) in items {
            guard let node = tree.node(atPath: path) else { continue }
            var row = StandardCatalogItemRow(item: item, nodeId: node.id, on: today)
            try row.insert(db)
            try tree.markUsed(node.id)
            touched.insert(node.id)
            try AuditLog.append(db, actor: actor, action: .catalogItemAdd, item: node.id,
                                after: AuditLog.json(item))
        }
        try CatalogStore.save(db, old: old, new: tree, touched: touched, touchedOn: today)
    }
}
