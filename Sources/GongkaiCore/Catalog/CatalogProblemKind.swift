/// 目录检查问题类别 — Docs/领域规则.md §2 and §9: what `catalog check` can find in the disclosure catalog (公开目录).
public enum CatalogProblemKind: String, DomainCode {
    /// 同级栏目重名 — two active columns with one name under one parent make paths ambiguous.
    case duplicateSibling = "duplicate-sibling"
    /// 标准指引领域未覆盖 — a 国办发〔2019〕54号 area no active column covers.
    case uncoveredStandardArea = "uncovered-standard-area"
    /// 栏目无责任单位 — a column holding items that no unit (own or inherited) is responsible for.
    case noOwner = "no-owner"
    /// 栏目长期不更新 — a standard website-inspection failure (Docs/领域规则.md §9).
    case staleColumn = "stale-column"

    public var chineseName: String {
        switch self {
        case .duplicateSibling: return "同级栏目重名"
        case .uncoveredStandardArea: return "标准指引领域未覆盖"
        case .noOwner: return "栏目无责任单位"
        case .staleColumn: return "栏目长期不更新"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .duplicateSibling: return "Duplicate sibling name"
        case .uncoveredStandardArea: return "Standard area not covered"
        case .noOwner: return "Column has no owner unit"
        case .staleColumn: return "Column not updated for long"
        }
    }

    /// Duplicates make paths ambiguous, so they block; the rest are for the officer to judge.
    public var severity: CatalogProblemSeverity {
        self == .duplicateSibling ? .error : .warning
    }
}

/// 目录检查问题级别 — project convention: 错误 must be fixed; 警告 is for the officer to judge.
public enum CatalogProblemSeverity: String, DomainCode {
    case error
    case warning

    public var chineseName: String {
        switch self {
        case .error: return "错误"
        case .warning: return "警告"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .error: return "Error"
        case .warning: return "Warning"
        }
    }
}
