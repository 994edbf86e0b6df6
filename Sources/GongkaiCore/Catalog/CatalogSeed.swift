/// 法定公开目录（种子） — the county's statutory disclosure catalog (公开目录) exactly as its half-year work
/// summary lists it (Docs/领域规则.md §2, `000_51997be5ebe871bb.txt`), after the two corrections in `corrections`.
///
/// Ids: `c` + the 1-based two-digit position at each level of the corrected lists, joined with ".":
/// the 8 top categories are `c01`…`c08`; 法定主动公开内容's 10 columns `c05.01`…`c05.10`; 基层政府信息公开's
/// 23 areas `c05.09.01`…`c05.09.23`; 其他法定信息's 26 names `c05.10.01`…`c05.10.26`; and one column the
/// summary names outside those lists, 政府网站与政务新媒体 under 政府信息公开制度 (`c03.01`). They are stored with
/// every node and never renumbered: a later seed version only appends new positions, and columns officers
/// add get `n…` ids instead (`CatalogTree`).
public enum CatalogSeed {
    /// 一级类别 — the 8 top categories, in the summary's order.
    public static let topCategories: [String] = [
        "政府信息公开指南", "领导介绍", "政府信息公开制度", "政府文件",
        "法定主动公开内容", "政府信息公开年报", "依申请公开", "部门乡镇信息公开",
    ]

    /// 法定主动公开内容 — its 10 unique columns (the summary lists 行政处罚 twice; one is kept).
    public static let statutoryProactiveContent: [String] = [
        "履职依据", "机关简介", "规划动态", "人事任免", "行政处罚",
        "统计信息", "政府采购", "收费目录", "基层政府信息公开", "其他法定信息",
    ]

    /// 基层政府信息公开 — its 23 areas. The summary heads the same list "基层政务信息公开"; the column keeps
    /// the name under which 法定主动公开内容 lists it.
    public static let grassrootsAreas: [String] = [
        "教育信息", "扶贫开发", "医疗卫生", "公共文化", "社会保险", "社会救助", "就业创业", "生态环境",
        "安全生产", "食品药品", "征地拆迁", "户籍管理", "住房保障", "涉农政策", "城乡规划", "预算决算",
        "重大项目建设", "市政设施", "税收管理", "公共法律服务", "养老服务", "救灾领域", "综合执法",
    ]

    /// 其他法定信息 — its 26 names (the summary says 25), with the Chinese quotation marks of “六稳”和“六保”.
    public static let otherStatutoryInformation: [String] = [
        "政府工作报告", "政策解读", "政府全体会议和常务会议", "建议提案办理结果公开", "重大决策意见征集",
        "回应关切", "双随机一公开", "自然资源", "产品质量", "交通运输", "知识产权", "消费者维权", "社会组织",
        "社会信用", "价格收费", "新闻发布", "医保信息", "督查检查", "社会民生", "新产业", "新动能", "科技管理",
        "社会福利", "应急信息", "“六稳”和“六保”", "涉企优惠政策",
    ]

    /// 种子勘误 — how the catalog departs from the summary's text and why; shown in Docs and by `catalog check`.
    public static let corrections: [String] = [
        "法定主动公开内容：原文称“12个类别”，实际列出11个名称，其中“行政处罚”重复出现两次；"
            + "去重后为10个类别，本目录只保留一个“行政处罚”。",
        "其他法定信息：原文称“25个类别”，实际列出26个名称且互不重复；本目录按列出的26个名称全部收录。",
    ]

    /// 政府信息公开制度 — its columns. Not one of the summary's counted lists (8 / 10 / 23 / 26 stay as they
    /// are): the summary puts 政府网站与政务新媒体 management under carrying out the disclosure rules
    /// (“围绕落实新修订的政府信息公开条例加强制度执行……加强政府网站建设管理。加强政务新媒体建设和监管”) and
    /// names the portal and the WeChat platform as 公开渠道. The column opens the 网站巡检 register
    /// (`RegisterKind.inspections`). Added with the registers; workspaces created before get it with
    /// `gongkai catalog add 政府网站与政务新媒体 --parent c03` (Docs/目录.md).
    public static let disclosureSystemColumns: [String] = ["政府网站与政务新媒体"]

    /// 门户网站首页栏目 — the portal home-page columns the summary names; reference data, not catalog nodes.
    public static let portalHomeColumns: [String] = [
        "政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "依申请公开", "政府文件",
        "规范性文件", "规划动态", "统计信息", "专题专栏",
    ]

    /// 法定主动公开内容 (`c05`), 基层政府信息公开 (`c05.09`), 其他法定信息 (`c05.10`).
    public static let statutoryProactiveContentID: CatalogNodeID = "c05"
    public static let grassrootsID: CatalogNodeID = "c05.09"
    public static let otherStatutoryInformationID: CatalogNodeID = "c05.10"
    /// 政府信息公开制度 (`c03`) and its 政府网站与政务新媒体 column (`c03.01`).
    public static let disclosureSystemID: CatalogNodeID = "c03"
    public static let websiteColumnID: CatalogNodeID = "c03.01"
    /// 政府信息公开年报 (`c06`).
    public static let annualReportID: CatalogNodeID = "c06"
    /// 部门乡镇信息公开 (`c08`) — where each unit's sub-catalog goes (`UnitCatalogTemplate`).
    public static let unitsCategoryID: CatalogNodeID = "c08"

    /// 年报栏目更新周期 — the annual report appears once a year (条例第四十九条), so its column is only
    /// stale after a year and a month, not after the check's default period.
    public static let annualReportStalenessDays = 366 + 31

    /// 种子条目 — one seeded column: stable id, name, "/"-joined path, 1-based order among its siblings and
    /// the national areas it covers by default (`NationalStandardArea.seedMapping`).
    public struct Entry: Hashable, Sendable {
        public let id: CatalogNodeID
        public let name: String
        public let parentID: CatalogNodeID?
        public let path: String
        public let order: Int
        public let nationalAreas: [NationalStandardArea]
    }

    /// All 68 seeded columns (8 + 1 + 10 + 23 + 26) in display order.
    public static let entries: [Entry] = {
        var result: [Entry] = []
        func code(_ position: Int) -> String { position < 10 ? "0\(position)" : "\(position)" }
        func append(_ names: [String], under parent: Entry?) -> [Entry] {
            var level: [Entry] = []
            for (offset, name) in names.enumerated() {
                let id = (parent.map { $0.id + "." } ?? "c") + code(offset + 1)
                let path = parent.map { $0.path + "/" + name } ?? name
                let entry = Entry(id: id, name: name, parentID: parent?.id, path: path, order: offset + 1,
                                  nationalAreas: NationalStandardArea.defaultAreas(forSeedName: name))
                level.append(entry)
            }
            return level
        }
        for top in append(topCategories, under: nil) {
            result.append(top)
            if top.id == disclosureSystemID {
                result.append(contentsOf: append(disclosureSystemColumns, under: top))
            }
            guard top.id == statutoryProactiveContentID else { continue }
            for column in append(statutoryProactiveContent, under: top) {
                result.append(column)
                if column.id == grassrootsID {
                    result.append(contentsOf: append(grassrootsAreas, under: column))
                } else if column.id == otherStatutoryInformationID {
                    result.append(contentsOf: append(otherStatutoryInformation, under: column))
                }
            }
        }
        return result
    }()

    /// 初始化目录 — a fresh county catalog made of the seed, every column created on `date`.
    public static func tree(createdOn date: CivilDate) -> CatalogTree {
        let nodes = entries.map { entry in
            CatalogNode(id: entry.id, name: entry.name, parentID: entry.parentID, order: entry.order,
                        path: entry.path, nationalAreas: entry.nationalAreas, origin: .seed, createdOn: date,
                        stalenessDays: entry.id == annualReportID ? annualReportStalenessDays : nil)
        }
        do {
            return try CatalogTree(nodes: nodes)
        } catch {
            preconditionFailure("the statutory seed catalog is invalid: \(error.message)")
        }
    }
}
