/// 申请人情况（列） — the seven columns of table 三: 自然人 | 法人或其他组织（商业企业、科研机构、
/// 社会公益组织、法律服务机构、其他） | 总计 — 国办公开办函〔2021〕30号 表三; codes of Docs/领域规则.md §7.
public enum ReportColumn: String, DomainCode {
    case naturalPerson = "natural-person"
    case business
    case research
    case nonprofit
    case legalServices = "legal-services"
    case otherOrg = "other-org"
    /// 总计 — the sum of the six applicant columns (Docs/领域规则.md §7).
    case total

    public var chineseName: String {
        switch self {
        case .total: return "总计"
        default: return applicantType!.chineseName
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .total: return "Total"
        default: return applicantType!.englishName
        }
    }

    /// The applicant type the column counts; nil for 总计.
    public var applicantType: ApplicantType? { ApplicantType(rawValue: rawValue) }

    /// The column of an applicant type (the codes are the same, Docs/领域规则.md §8).
    public init(_ applicantType: ApplicantType) { self = ReportColumn(rawValue: applicantType.rawValue)! }

    /// 法人或其他组织 — the upper header over the five organisation columns; nil for the others.
    public var headerGroup: String? {
        switch self {
        case .naturalPerson, .total: return nil
        default: return ReportColumn.organisationGroup
        }
    }

    /// 法人或其他组织 — 表三 upper header.
    public static let organisationGroup = "法人或其他组织"

    /// The six applicant columns, in the official order (总计 excluded).
    public static let applicantColumns: [ReportColumn] = allCases.filter { $0 != .total }

    /// Position in the official order (0…6).
    public var index: Int { ReportColumn.allCases.firstIndex(of: self)! }
}
