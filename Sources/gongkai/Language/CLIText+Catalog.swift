import GongkaiCore

extension CLIText {
    /// `gongkai catalog …` — the disclosure catalog.
    enum Catalog {
        static let retiredOn = Phrase("，停用于 {1}", ", retired on {1}")
        static let changedNode = Phrase("{1}：{2}（编号 {3}，第 {4} 位{5}）", "{1}: {2} (id {3}, position {4}{5})")
        static let treeCounts = Phrase("  事项 {1} 文件 {2} 待审 {3} 逾期 {4}", "  items {1} documents {2} pending {3} overdue {4}")
        static let treeUpdated = Phrase("  更新 {1}", "  updated {1}")
        static let treeStale = Phrase("  !长期未更新", "  !not updated for long")
        static let treeRetired = Phrase("  （{1} 停用）", "  (retired {1})")
        static let problem = Phrase("[{1}] {2}{3}：{4}", "[{1}] {2}{3}: {4}")
        static let checkSummary = Phrase("共 {1} 项：错误 {2} 项，警告 {3} 项（检查日期 {4}，更新周期 {5} 天）", "{1} findings: {2} errors, {3} warnings (checked on {4}, update period {5} days)")
        static let added = Phrase("已新增栏目", "Column added")
        static let renamed = Phrase("已重命名", "Renamed")
        static let moveNeedsTarget = Phrase("请给出 --to 上级栏目，或 --top（二者取一）", "Give --to PARENT or --top (one of them)")
        static let moved = Phrase("已移动", "Moved")
        static let reordered = Phrase("已调整顺序", "Reordered")
        static let retired = Phrase("已停用", "Retired")
        static let restored = Phrase("已恢复", "Restored")
        static let deleted = Phrase("已删除", "Deleted")
        static let placed = Phrase("已将 {1} 归入", "{1} filed in")
        static let updated = Phrase("已更新栏目：{1}（编号 {2}）", "Column updated: {1} (id {2})")
        static let areasAndOwner = Phrase("对应领域：{1}；责任单位：{2}", "Standard areas: {1}; responsible unit: {2}")
        static let inheritedOwner = Phrase("沿用上级", "as the parent")
        static let fieldCarrier = Phrase("公开渠道和载体", "Channel")
        static let fieldAudience = Phrase("公开对象", "Audience")
        static let fieldMode = Phrase("公开方式", "Mode")
        static let fieldLevel = Phrase("公开层级", "Level")
        static let itemAdded = Phrase("已新增标准目录事项 {1}：{2} / {3} / {4}", "Standard item {1} added: {2} / {3} / {4}")
        static let noItems = Phrase("没有标准目录事项。", "No standard catalog items.")
    }
}
