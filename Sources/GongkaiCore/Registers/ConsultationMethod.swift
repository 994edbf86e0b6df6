/// 公众参与方式 — how the public is heard on a decision (the county summary: 实地走访、书面征求意见、
/// 向社会公开征求意见、问卷调查、民意调查; Docs/领域规则.md §9).
public enum ConsultationMethod: String, DomainCode {
    case siteVisit = "site-visit"
    case written
    case publicComment = "public-comment"
    case questionnaire
    case poll

    public var chineseName: String {
        switch self {
        case .siteVisit: return "实地走访"
        case .written: return "书面征求意见"
        case .publicComment: return "向社会公开征求意见"
        case .questionnaire: return "问卷调查"
        case .poll: return "民意调查"
        }
    }

    /// Parses "实地走访,问卷调查" (codes or names; , ， 、 separate) in the order given, without repeats.
    public static func parseList(_ text: String) -> Result<[ConsultationMethod], ConsultationRuleError> {
        var result: [ConsultationMethod] = []
        for part in text.split(whereSeparator: { ",，、".contains($0) }) {
            let word = String(part).trimmingCharacters(in: .whitespaces)
            if word.isEmpty { continue }
            guard let m = ConsultationMethod(codeOrName: word) else { return .failure(.unknownMethod(word)) }
            if !result.contains(m) { result.append(m) }
        }
        return .success(result)
    }
}

/// 征集状态 — where a consultation stands on a given day (computed from its dates, never stored).
public enum ConsultationStatus: String, DomainCode {
    /// 未开始 — before the opening date.
    case planned
    /// 征集中 — between the opening and the closing date.
    case open
    /// 待反馈 — the closing date has passed and the adoption and feedback are not recorded yet.
    case awaitingFeedback = "awaiting-feedback"
    /// 已办结 — closed with its adoption and the published feedback.
    case closed

    public var chineseName: String {
        switch self {
        case .planned: return "未开始"
        case .open: return "征集中"
        case .awaitingFeedback: return "待反馈"
        case .closed: return "已办结"
        }
    }
}

extension ConsultationMethod {
    public var englishName: String {
        switch self {
        case .siteVisit: return "Site visits"
        case .written: return "Written consultation"
        case .publicComment: return "Public comment"
        case .questionnaire: return "Questionnaire"
        case .poll: return "Opinion poll"
        }
    }
}

extension ConsultationStatus {
    public var englishName: String {
        switch self {
        case .planned: return "Not open yet"
        case .open: return "Open"
        case .awaitingFeedback: return "Awaiting feedback"
        case .closed: return "Closed"
        }
    }
}
