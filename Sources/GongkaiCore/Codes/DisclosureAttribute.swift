/// 公开属性 — 条例第十三条: fixed when a document is made (主动公开 / 依申请公开 / 不予公开).
public enum DisclosureAttribute: String, DomainCode {
    case proactive
    case onRequest = "on-request"
    case withheld

    public var chineseName: String {
        switch self {
        case .proactive: return "主动公开"
        case .onRequest: return "依申请公开"
        case .withheld: return "不予公开"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .proactive: return "Proactive"
        case .onRequest: return "On request"
        case .withheld: return "Withheld"
        }
    }
}
