/// 文书种类 — the formal letters an application's steps end in (条例第三十条至第三十六条、第四十二条).
public enum LetterKind: String, DomainCode {
    /// 补正告知书 — what to correct, the reasonable period, the consequence (条例第三十条).
    case clarify
    /// 征求意见函 — to a third party (条例第三十二条) or another agency (条例第三十四条).
    case consult
    /// 延期答复告知书 — the new due date and who approved it (条例第三十三条).
    case extend
    /// 政府信息公开申请答复书 — the recorded outcome with its legal basis (条例第三十六条 etc.).
    case reply
    /// 信息处理费缴费通知书 — the amount by 国办函〔2020〕109号 (条例第四十二条).
    case fee

    public var chineseName: String {
        switch self {
        case .clarify: return "补正告知书"
        case .consult: return "征求意见函"
        case .extend: return "延期答复告知书"
        case .reply: return "答复书"
        case .fee: return "信息处理费缴费通知书"
        }
    }

    public var englishName: String {
        switch self {
        case .clarify: return "Notice to correct the request"
        case .consult: return "Letter seeking third-party views"
        case .extend: return "Notice of extended reply"
        case .reply: return "Reply letter"
        case .fee: return "Information processing fee notice"
        }
    }

    /// The article of 《中华人民共和国政府信息公开条例》 the letter itself rests on (a reply's
    /// own basis depends on its outcome: `ReplyBasis`).
    public var article: String {
        switch self {
        case .clarify: return "第三十条"
        case .consult: return "第三十二条"
        case .extend: return "第三十三条第二款"
        case .reply: return "第三十六条"
        case .fee: return "第四十二条"
        }
    }
}

/// 文书模板名 — which template a letter is made from: one per kind, 其他机关 consultations
/// (条例第三十四条) their own, and an optional per-outcome reply override `reply.<outcome code>`.
public enum LetterTemplateName {
    public static func name(for kind: LetterKind, party: ConsultParty? = nil) -> String {
        kind == .consult && party == .agency ? "consult-agency" : kind.code
    }

    /// `reply.withheld.third-party` — used when an admin wrote one; else `reply`.
    public static func replyVariant(_ outcome: ApplicationOutcome) -> String { "reply." + outcome.code }
}
