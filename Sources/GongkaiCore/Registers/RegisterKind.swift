/// 登记簿 — the three registers beside the disclosure catalog (Docs/领域规则.md §9), and which catalog
/// columns lead to them: a column is matched by its name, so the seed's 重大决策意见征集, each unit's
/// 权责清单 and columns officers add (政府网站, 政务新媒体 …) all open their register.
public enum RegisterKind: String, DomainCode {
    /// 权责清单 / 机构职能目录.
    case duties
    /// 公众参与行政决策.
    case consultations
    /// 政府网站与政务新媒体巡检.
    case inspections

    public var chineseName: String {
        switch self {
        case .duties: return "权责清单"
        case .consultations: return "公众参与"
        case .inspections: return "网站巡检"
        }
    }

    /// 栏目名称 → 登记簿 — the column names that open each register.
    public var columnNames: [String] {
        switch self {
        case .duties: return ["权责清单", "机构职能目录", "权责清单和机构职能目录"]
        case .consultations: return ["重大决策意见征集", "公众参与", "公众参与行政决策", "意见征集"]
        case .inspections: return ["政府网站", "政务新媒体", "政府网站与政务新媒体", "网站巡检", "政府网站和政务新媒体"]
        }
    }

    /// The register a catalog column belongs to, by its name; nil for every other column.
    public static func forColumn(named name: String) -> RegisterKind? {
        let n = name.trimmingCharacters(in: .whitespaces)
        return allCases.first { $0.columnNames.contains(n) }
    }
}

extension RegisterKind {
    public var englishName: String {
        switch self {
        case .duties: return "Powers and duties"
        case .consultations: return "Public participation"
        case .inspections: return "Website inspections"
        }
    }
}
