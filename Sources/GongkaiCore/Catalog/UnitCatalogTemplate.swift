/// 单位目录模板 — the sub-catalog created under 部门乡镇信息公开 when a county department or a township is
/// added (Docs/领域规则.md §2 and §9); names come from the seed's vocabulary so units and county use one language.
///
/// Departments and townships differ where their duties differ: only departments get 政府采购, 行政处罚,
/// 双随机一公开 and 收费目录 (enforcement, procurement and fees are department powers at county level);
/// both compile 政务公开事项标准目录 (the summary: "编制完成本单位、本乡镇两级政务公开事项标准目录") and
/// publish 权责清单 (the summary: "梳理权责清单,机构职能目录并公开"). Columns a unit does not need are
/// removed (never used) or retired afterwards.
public struct UnitCatalogTemplate: Hashable, Sendable {
    /// 单位类别 — county department (部门) or township (乡镇).
    public enum Kind: String, DomainCode {
        case department
        case township

        public var chineseName: String {
            switch self {
            case .department: return "部门"
            case .township: return "乡镇"
            }
        }

        /// The English name shown when the interface language is English.
        public var englishName: String {
            switch self {
            case .department: return "Department"
            case .township: return "Township"
            }
        }
    }

    public let kind: Kind
    /// The columns created under the unit's node, in order.
    public let columnNames: [String]

    public init(kind: Kind, columnNames: [String]) {
        self.kind = kind
        self.columnNames = columnNames
    }

    /// 部门目录模板 — a county department's columns.
    public static let department = UnitCatalogTemplate(kind: .department, columnNames: [
        "政府信息公开指南", "机关简介", "领导介绍", "履职依据", "权责清单", "政策文件", "政策解读",
        "规划动态", "工作动态", "人事任免", "预算决算", "政府采购", "行政处罚", "双随机一公开",
        "收费目录", "统计信息", "政务公开事项标准目录", "政府信息公开年报", "依申请公开",
    ])

    /// 乡镇目录模板 — a township's columns.
    public static let township = UnitCatalogTemplate(kind: .township, columnNames: [
        "政府信息公开指南", "机关简介", "领导介绍", "履职依据", "权责清单", "政策文件", "政策解读",
        "规划动态", "工作动态", "人事任免", "预算决算", "政务公开事项标准目录", "政府信息公开年报",
        "依申请公开",
    ])

    /// The template for a unit of this kind.
    public static func template(for kind: Kind) -> UnitCatalogTemplate {
        switch kind {
        case .department: return .department
        case .township: return .township
        }
    }
}

extension CatalogTree {
    /// 新增单位目录 — creates the unit's node (named after the unit, owned by it) under `parentID` (default
    /// 部门乡镇信息公开, `c08`) with the template's columns, all owned by the unit, and returns the unit
    /// node's id. Nothing changes if any step is refused (e.g. a unit of that name already exists).
    @discardableResult
    public mutating func addUnitCatalog(unitName: String, unitID: String, template: UnitCatalogTemplate,
                                        on date: CivilDate,
                                        under parentID: CatalogNodeID = CatalogSeed.unitsCategoryID)
    throws(CatalogError) -> CatalogNodeID {
        var draft = self
        let unitNode = try draft.add(unitName, under: parentID, on: date, ownerUnitID: unitID, origin: .unitTemplate)
        for column in template.columnNames {
            let columnID = try draft.add(column, under: unitNode, on: date, ownerUnitID: unitID,
                                         origin: .unitTemplate)
            if column == "政府信息公开年报" {
                try draft.setStalenessDays(columnID, CatalogSeed.annualReportStalenessDays)
            }
        }
        self = draft
        return unitNode
    }
}
