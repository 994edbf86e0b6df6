/// 文件状态 — the document workflow 草稿 → 待审核 → 已签发 → 已发布 (退回 goes back to 草稿).
public enum DocumentState: String, DomainCode {
    case draft
    case inReview = "in-review"
    case approved
    case published

    public var chineseName: String {
        switch self {
        case .draft: return "草稿"
        case .inReview: return "待审核"
        case .approved: return "已签发"
        case .published: return "已发布"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .draft: return "Draft"
        case .inReview: return "In review"
        case .approved: return "Signed off"
        case .published: return "Published"
        }
    }
}
