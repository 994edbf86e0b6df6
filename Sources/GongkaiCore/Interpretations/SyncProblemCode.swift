import Foundation

/// 三同步问题类型 (C6).
public enum SyncProblemCode: String, DomainCode {
    /// 尚无解读 — a draft that requires an interpretation has none yet (a reminder, not yet a breach).
    case interpretationMissing = "interpretation-missing"
    /// 未同步组织 — no interpretation existed when the document was submitted for review.
    case notOrganised = "not-organised"
    /// 未同步审签 — the document was signed while its interpretation was not.
    case notSignedTogether = "not-signed-together"
    /// 未同步部署 — the interpretation was published later than allowed, or not at all.
    case notPublishedTogether = "not-published-together"
    /// 解读先于文件发布 — the public read an interpretation of a policy not yet out.
    case publishedBeforeDocument = "published-before-document"

    public var chineseName: String {
        switch self {
        case .interpretationMissing: return "尚无解读"
        case .notOrganised: return "未同步组织"
        case .notSignedTogether: return "未同步审签"
        case .notPublishedTogether: return "未同步部署"
        case .publishedBeforeDocument: return "解读先于文件发布"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .interpretationMissing: return "No interpretation yet"
        case .notOrganised: return "Not organised together"
        case .notSignedTogether: return "Not signed off together"
        case .notPublishedTogether: return "Not published together"
        case .publishedBeforeDocument: return "Interpretation published before the document"
        }
    }
}
