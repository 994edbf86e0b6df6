/// 单位目录模板类别 — which `UnitCatalogTemplate` a unit's sub-catalog under 部门乡镇信息公开 is built from
/// (Docs/领域规则.md §2). The county government office (县政府办) publishes like a department, so it takes the
/// department template.
extension UnitKind {
    public var catalogTemplateKind: UnitCatalogTemplate.Kind {
        switch self {
        case .county, .department: return .department
        case .township: return .township
        }
    }

    /// The template the unit's sub-catalog is created from.
    public var catalogTemplate: UnitCatalogTemplate { UnitCatalogTemplate.template(for: catalogTemplateKind) }
}
