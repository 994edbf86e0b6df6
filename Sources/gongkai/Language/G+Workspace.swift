import GongkaiCore

extension G {
    /// `gongkai init`, `info`, `check`, `backup`, `unit`, `officer`, `reindex`, `drafts`, `demo`.
    enum Workspace {
        static let created = Phrase("已创建工作区：{1}", "Workspace created: {1}")
        static let exists = Phrase("工作区已存在：{1}", "Workspace already exists: {1}")
        static let migrations = Phrase("数据库迁移：{1} 项（{2}）", "Database migrations: {1} ({2})")
        static let unitsSeeded = Phrase("已建立单位：{1} 个", "Units set up: {1}")
        static let catalogSeeded = Phrase("已建立公开目录：{1} 个栏目（gongkai catalog tree 查看）", "Disclosure catalog set up: {1} columns (see gongkai catalog tree)")
        static let demoAlready = Phrase("示例数据此前已加入，未重复添加。", "The demo data was added before; not added again.")
        static let demoAdded = Phrase("示例数据：单位 {1} 个，文件 {2} 件，申请 {3} 件", "Demo data: {1} units, {2} documents, {3} requests")
        static let runToOpen = Phrase("运行 gongkai 打开工作台。", "Run gongkai to open the workstation.")
        static let workspace = Phrase("工作区：{1}", "Workspace: {1}")
        static let user = Phrase("用户：{1}", "User: {1}")
        static let counts = Phrase("单位：{1}  文件：{2}  申请：{3}  待办：{4}", "Units: {1}  Documents: {2}  Requests: {3}  To do: {4}")
        static let migrationList = Phrase("数据库迁移：{1}", "Database migrations: {1}")
        static let checkPassed = Phrase("工作区检查通过。", "Workspace check passed.")
        static let checkFailed = Phrase("工作区检查发现问题。", "The workspace check found problems.")
        static let backedUp = Phrase("已备份到 {1}", "Backed up to {1}")
        static let unitAdded = Phrase("已新增{1}：{2}（编号 {3}）", "Added {1}: {2} (id {3})")
        static let unitCatalog = Phrase("已建立目录：{1}（{2} 个栏目：{3}）", "Catalog set up: {1} ({2} columns: {3})")
        static let unitRemedies = Phrase("复议机关：{1}  人民法院：{2}", "Review body: {1}  Court: {2}")
        static let unitRemediesDefault = Phrase("（默认，C10）", " (default, C10)")
        static let countyOffice = Phrase("（统筹）", " (coordinating)")
        static let unknownRole = Phrase("未知角色：{1}（可用：{2} 或 经办人/审核人/管理员）", "Unknown role: {1} (use {2})")
        static let officerAdded = Phrase("已登记：{1}（{2}，{3}，{4}）", "Registered: {1} ({2}, {3}, {4})")
        static let progressReindex = Phrase("重建索引", "Rebuilding the index")
        static let reindexed = Phrase("已重建全文索引：文件 {1} 件；删除失效索引 {2} 行，补建 {3} 行。", "Full-text index rebuilt: {1} documents; {2} stale rows removed, {3} missing rows added.")
        static let noDrafts = Phrase("没有可恢复的草稿。", "No drafts to resume.")
        static let draftLine = Phrase("{1}  {2}  {3} 字节  — {4}", "{1}  {2}  {3} bytes  - {4}")
        static let badYears = Phrase("--years 应写作 2019-2026 或 2024（got {1}）", "--years should be 2019-2026 or 2024 (got {1})")
        static let progressGenerating = Phrase("生成", "Generating")
        static let progressDocuments = Phrase("生成文件", "Generating documents")
        static let progressRequests = Phrase("生成申请", "Generating requests")
        static let generated = Phrase("已生成：单位 {1} 个，文件 {2} 件（归入目录 {3} 次），申请 {4} 件（办理记录 {5} 条），年份 {6}-{7}，种子 {8}，用时 {9} 秒", "Generated: {1} units, {2} documents ({3} catalog placements), {4} requests ({5} steps), years {6}-{7}, seed {8}, in {9} s")
        static let cannotDumpHelp = Phrase("无法读取命令定义（--experimental-dump-help 失败）", "Cannot read the command definitions (--experimental-dump-help failed)")
    }
}
