import GongkaiCore

/// 报告范围 — whose annual report: one unit's (部门、乡镇、县政府办公室), or the county-wide report
/// (全县汇总, all units summed; 条例第四十九条 the county government's report).
public enum ReportScope: Hashable, Sendable, Codable {
    /// 全县 — all units summed.
    case county
    /// 单位 — one unit, by id.
    case unit(String)

    /// The words that name the county-wide report on the command line and at the `:` prompt.
    public static let countyWords: Set<String> = ["county", "全县", "county-wide", "全县汇总"]

    /// The key stored in the report tables: the unit id, or `*` for the county-wide report.
    var key: String {
        switch self {
        case .county: return "*"
        case .unit(let id): return id
        }
    }

    init(key: String) { self = key == "*" ? .county : .unit(key) }

    /// The unit id, nil for the county-wide report (as `AnnualReport.unitId`).
    public var unitId: String? {
        if case .unit(let id) = self { return id }
        return nil
    }
}
