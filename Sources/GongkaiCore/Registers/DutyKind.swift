/// 权力事项类别 — the kind of a power or duty in a unit's 权责清单 (Docs/领域规则.md §9).
public enum DutyKind: String, DomainCode {
    case licensing
    case penalty
    case coercion
    case levy
    case benefit
    case inspection
    case confirmation
    case reward
    case adjudication
    case other

    public var chineseName: String {
        switch self {
        case .licensing: return "行政许可"
        case .penalty: return "行政处罚"
        case .coercion: return "行政强制"
        case .levy: return "行政征收"
        case .benefit: return "行政给付"
        case .inspection: return "行政检查"
        case .confirmation: return "行政确认"
        case .reward: return "行政奖励"
        case .adjudication: return "行政裁决"
        case .other: return "其他"
        }
    }
}

/// 权责事项状态 — 现行 (in force as first published), 调整 (changed since, with the date of the
/// change), 取消 (cancelled, with its date; kept for history, never deleted).
public enum DutyState: String, DomainCode {
    case current
    case adjusted
    case cancelled

    public var chineseName: String {
        switch self {
        case .current: return "现行"
        case .adjusted: return "调整"
        case .cancelled: return "取消"
        }
    }

    /// 现行清单 — 现行 and 调整 entries are in the published list; 取消 ones are not.
    public var isInCurrentList: Bool { self != .cancelled }
}

extension DutyKind {
    public var englishName: String {
        switch self {
        case .licensing: return "Licensing"
        case .penalty: return "Penalty"
        case .coercion: return "Coercive measure"
        case .levy: return "Levy"
        case .benefit: return "Benefit payment"
        case .inspection: return "Inspection"
        case .confirmation: return "Confirmation"
        case .reward: return "Reward"
        case .adjudication: return "Adjudication"
        case .other: return "Other"
        }
    }
}

extension DutyState {
    public var englishName: String {
        switch self {
        case .current: return "Current"
        case .adjusted: return "Adjusted"
        case .cancelled: return "Cancelled"
        }
    }
}
