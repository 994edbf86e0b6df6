/// 安全检查项 — the protections the county summary names for government websites and new media
/// ("完善防攻击、防篡改、防病毒等安全防护措施"; Docs/领域规则.md §9).
public enum InspectionCheck: String, DomainCode {
    case antiAttack = "anti-attack"
    case antiTamper = "anti-tamper"
    case antiVirus = "anti-virus"

    public var chineseName: String {
        switch self {
        case .antiAttack: return "防攻击"
        case .antiTamper: return "防篡改"
        case .antiVirus: return "防病毒"
        }
    }

    /// Parses "防攻击,防篡改" (codes or names) in `allCases` order, without repeats.
    public static func parseList(_ text: String) -> Result<[InspectionCheck], InspectionRuleError> {
        var found = Set<InspectionCheck>()
        for part in text.split(whereSeparator: { ",，、".contains($0) }) {
            let word = String(part).trimmingCharacters(in: .whitespaces)
            if word.isEmpty { continue }
            guard let c = InspectionCheck(codeOrName: word) else { return .failure(.unknownCheck(word)) }
            found.insert(c)
        }
        return .success(allCases.filter(found.contains))
    }
}

/// 巡检渠道类别 — 政府网站 or 政务新媒体 (微信公众号、微博、客户端 …).
public enum InspectionChannelKind: String, DomainCode {
    case website
    case newMedia = "new-media"

    public var chineseName: String {
        switch self {
        case .website: return "政府网站"
        case .newMedia: return "政务新媒体"
        }
    }
}

extension InspectionCheck {
    public var englishName: String {
        switch self {
        case .antiAttack: return "Anti-attack"
        case .antiTamper: return "Anti-tamper"
        case .antiVirus: return "Anti-virus"
        }
    }
}

extension InspectionChannelKind {
    public var englishName: String {
        switch self {
        case .website: return "Government website"
        case .newMedia: return "Government new media"
        }
    }
}
