import GongkaiCore

/// 目录 — until the statutory catalog arrives, the tree of units under 部门乡镇信息公开.
enum CatalogPane {
    static let columns = [PaneColumn("单位", .flex(min: 12)), PaneColumn("类别", .fixed(6))]

    static func row(_ unit: OrgUnit) -> PaneRow {
        let indent = unit.kind == .county ? "" : "  "
        let name = indent + unit.name + (unit.isCountyOffice ? "（统筹）" : "")
        return PaneRow(id: unit.id, cells: [name, unit.kind.chineseName])
    }
}
