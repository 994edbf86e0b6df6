/// 文件类型 — Docs/领域规则.md §8; 规章 and 行政规范性文件 are tracked through 立改废 (section 6).
public enum DocumentType: String, DomainCode {
    case regulation
    case normative
    case policy
    case general

    public var chineseName: String {
        switch self {
        case .regulation: return "规章"
        case .normative: return "行政规范性文件"
        case .policy: return "其他政策文件"
        case .general: return "一般信息"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .regulation: return "Regulation"
        case .normative: return "Normative document"
        case .policy: return "Other policy document"
        case .general: return "General information"
        }
    }
}
