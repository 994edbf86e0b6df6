/// 申请人类型 — the applicant columns of the annual report's table 三 (国办公开办函〔2021〕30号).
public enum ApplicantType: String, DomainCode {
    case naturalPerson = "natural-person"
    case business
    case research
    case nonprofit
    case legalServices = "legal-services"
    case otherOrg = "other-org"

    public var chineseName: String {
        switch self {
        case .naturalPerson: return "自然人"
        case .business: return "商业企业"
        case .research: return "科研机构"
        case .nonprofit: return "社会公益组织"
        case .legalServices: return "法律服务机构"
        case .otherOrg: return "其他"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .naturalPerson: return "Natural person"
        case .business: return "Business"
        case .research: return "Research institution"
        case .nonprofit: return "Non-profit organisation"
        case .legalServices: return "Legal services"
        case .otherOrg: return "Other organisation"
        }
    }
}
