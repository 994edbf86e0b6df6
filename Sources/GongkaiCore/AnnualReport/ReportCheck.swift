/// 勾稽关系 — the identities the annual report's numbers must satisfy (国办公开办函〔2021〕30号 表三
/// 注“第一项加第二项之和，等于第三项加第四项之和”; Docs/领域规则.md §7), plus the project's sanity checks.
public enum ReportIdentity: String, DomainCode {
    /// 表三 一 + 二 = 三（七）+ 四, per column — the identity printed on the official table.
    case table3Balance = "table3.balance"
    /// 表三 三（七）总计 = （一）至（六）各项之和, per column.
    case table3ProcessedTotal = "table3.processed-total"
    /// 表三 总计列 = 六类申请人之和, per row.
    case table3TotalColumn = "table3.total-column"
    /// 表三 本年“上年结转” = 上年度报告“结转下年度继续办理”, per column (when last year's table is given).
    case table3CarryOver = "table3.carry-over"
    /// 表三 no negative number.
    case table3NonNegative = "table3.non-negative"
    /// 表四 总计 = 维持 + 纠正 + 其他 + 尚未审结, per group.
    case table4Total = "table4.total"
    /// 表四 no negative number.
    case table4NonNegative = "table4.non-negative"
    /// 表二 entered figures: counts are non-negative integers, the fee amount is non-negative with at most
    /// 4 decimal places (万元 to the yuan).
    case table2Figures = "table2.figures"
    /// 表二 register counts are non-negative.
    case table2NonNegative = "table2.non-negative"

    public var chineseName: String {
        switch self {
        case .table3Balance: return "表三：一 + 二 = 三（七）+ 四"
        case .table3ProcessedTotal: return "表三：三（七）总计 = （一）至（六）之和"
        case .table3TotalColumn: return "表三：总计 = 六类申请人之和"
        case .table3CarryOver: return "表三：上年结转 = 上年度结转下年度继续办理"
        case .table3NonNegative: return "表三：各数不为负"
        case .table4Total: return "表四：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结"
        case .table4NonNegative: return "表四：各数不为负"
        case .table2Figures: return "表二：填报数字（件数为非负整数，收费金额非负、最多 4 位小数）"
        case .table2NonNegative: return "表二：各数不为负"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .table3Balance: return "Table 3: 1 + 2 = 3(7) + 4"
        case .table3ProcessedTotal: return "Table 3: 3(7) total = sum of (1) to (6)"
        case .table3TotalColumn: return "Table 3: total = sum of the six applicant types"
        case .table3CarryOver: return "Table 3: carried in = carried out last year"
        case .table3NonNegative: return "Table 3: no negative figures"
        case .table4Total: return "Table 4: total = upheld + corrected + other + pending"
        case .table4NonNegative: return "Table 4: no negative figures"
        case .table2Figures: return "Table 2: entered figures (counts are whole numbers >= 0, fees >= 0 with at most 4 decimals)"
        case .table2NonNegative: return "Table 2: no negative figures"
        }
    }
}

/// 校验结果 — one identity checked on one column, row or group: `ok` and a Chinese `detail`
/// (the numbers on both sides when it fails). JSON: `{"name", "ok", "detail"}`.
public struct ReportCheck: Hashable, Sendable, Codable {
    /// The identity's code, e.g. `table3.balance`.
    public var name: String
    public var ok: Bool
    /// Chinese text for the officer, e.g. `自然人：一 + 二 = 5 + 1 = 6，三（七）+ 四 = 4 + 1 = 5，不相等`.
    public var detail: String

    public init(name: String, ok: Bool, detail: String) {
        self.name = name
        self.ok = ok
        self.detail = detail
    }

    public init(_ identity: ReportIdentity, ok: Bool, detail: String) {
        self.init(name: identity.rawValue, ok: ok, detail: detail)
    }

    /// The identity checked, when `name` is one of the project's codes.
    public var identity: ReportIdentity? { ReportIdentity(rawValue: name) }
}
