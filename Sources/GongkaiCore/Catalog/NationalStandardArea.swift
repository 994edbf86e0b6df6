/// 标准目录领域（基层政务公开标准指引领域） — 国办发〔2019〕54号: the 26 areas of the State Council departments'
/// guidelines grass-roots governments compile standard catalogs against (Docs/领域规则.md §2; list rebuilt from two
/// local implementation plans, the national text itself was not read).
///
/// The cases are in the order Docs/领域规则.md lists them; `catalog check` reports uncovered areas in that order.
public enum NationalStandardArea: String, DomainCode {
    case urbanRuralPlanning = "urban-rural-planning"
    case majorConstructionProjects = "major-construction-projects"
    case publicResourceTrading = "public-resource-trading"
    case budgetAndFinalAccounts = "budget-and-final-accounts"
    case workSafety = "work-safety"
    case taxAdministration = "tax-administration"
    case ruralLandExpropriation = "rural-land-expropriation"
    case stateLandHousingExpropriation = "state-land-housing-expropriation"
    case ruralDilapidatedHousing = "rural-dilapidated-housing"
    case urbanComprehensiveEnforcement = "urban-comprehensive-enforcement"
    case povertyAlleviation = "poverty-alleviation"
    case employment
    case socialInsurance = "social-insurance"
    case socialAssistance = "social-assistance"
    case elderlyCare = "elderly-care"
    case householdRegistration = "household-registration"
    case agriculturalSubsidies = "agricultural-subsidies"
    case ecologicalEnvironment = "ecological-environment"
    case publicCulturalServices = "public-cultural-services"
    case publicLegalServices = "public-legal-services"
    case compulsoryEducation = "compulsory-education"
    case health
    case foodAndDrugSupervision = "food-and-drug-supervision"
    case disasterRelief = "disaster-relief"
    case municipalServices = "municipal-services"
    case affordableHousing = "affordable-housing"

    /// The area's name exactly as Docs/领域规则.md writes it (ASCII parentheses in 征地补偿(农村集体土地征收)).
    public var chineseName: String {
        switch self {
        case .urbanRuralPlanning: return "城乡规划"
        case .majorConstructionProjects: return "重大建设项目"
        case .publicResourceTrading: return "公共资源交易"
        case .budgetAndFinalAccounts: return "财政预决算"
        case .workSafety: return "安全生产"
        case .taxAdministration: return "税收管理"
        case .ruralLandExpropriation: return "征地补偿(农村集体土地征收)"
        case .stateLandHousingExpropriation: return "国有土地上房屋征收与补偿"
        case .ruralDilapidatedHousing: return "农村危房改造"
        case .urbanComprehensiveEnforcement: return "城市综合执法"
        case .povertyAlleviation: return "扶贫"
        case .employment: return "就业"
        case .socialInsurance: return "社会保险"
        case .socialAssistance: return "社会救助"
        case .elderlyCare: return "养老服务"
        case .householdRegistration: return "户籍管理"
        case .agriculturalSubsidies: return "涉农补贴"
        case .ecologicalEnvironment: return "生态环境"
        case .publicCulturalServices: return "公共文化服务"
        case .publicLegalServices: return "公共法律服务"
        case .compulsoryEducation: return "义务教育"
        case .health: return "卫生健康"
        case .foodAndDrugSupervision: return "食品药品监管"
        case .disasterRelief: return "救灾"
        case .municipalServices: return "市政服务"
        case .affordableHousing: return "保障性住房"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .urbanRuralPlanning: return "Urban and rural planning"
        case .majorConstructionProjects: return "Major construction projects"
        case .publicResourceTrading: return "Public resource trading"
        case .budgetAndFinalAccounts: return "Budgets and final accounts"
        case .workSafety: return "Work safety"
        case .taxAdministration: return "Tax administration"
        case .ruralLandExpropriation: return "Land compensation (rural collective land)"
        case .stateLandHousingExpropriation: return "Expropriation of housing on state land"
        case .ruralDilapidatedHousing: return "Rural dilapidated housing renovation"
        case .urbanComprehensiveEnforcement: return "Urban comprehensive law enforcement"
        case .povertyAlleviation: return "Poverty alleviation"
        case .employment: return "Employment"
        case .socialInsurance: return "Social insurance"
        case .socialAssistance: return "Social assistance"
        case .elderlyCare: return "Elderly care"
        case .householdRegistration: return "Household registration"
        case .agriculturalSubsidies: return "Agricultural subsidies"
        case .ecologicalEnvironment: return "Ecology and environment"
        case .publicCulturalServices: return "Public cultural services"
        case .publicLegalServices: return "Public legal services"
        case .compulsoryEducation: return "Compulsory education"
        case .health: return "Health"
        case .foodAndDrugSupervision: return "Food and drug supervision"
        case .disasterRelief: return "Disaster relief"
        case .municipalServices: return "Municipal services"
        case .affordableHousing: return "Affordable housing"
        }
    }

    /// 默认对应关系 — which national areas each of the seed's 23 基层政府信息公开 columns covers by default
    /// (国办发〔2019〕54号 against the county summary), in seed order; the officer can change a node's links later.
    ///
    /// The county renamed most areas for its portal, so the match is by meaning, not by text:
    /// - 征地拆迁 is the county's single column for both expropriation areas (rural collective land and
    ///   state-owned-land housing), as Docs/领域规则.md states.
    /// - 住房保障 is 保障性住房 only: 农村危房改造 is a separate national area (rural housing subsidies run by
    ///   住建/扶贫), and Docs/领域规则.md records that the county has no category for it.
    /// - 政府采购 (under 法定主动公开内容, not in this table) is deliberately NOT linked to 公共资源交易: government
    ///   procurement is only one part of public-resource trading (which also covers construction tendering,
    ///   land-use-right and property-right transactions), and Docs/领域规则.md records that area as uncovered.
    /// - 其他法定信息's columns are outside the 54号 standardisation, so they carry no links.
    public static let seedMapping: [(seedName: String, areas: [NationalStandardArea])] = [
        ("教育信息", [.compulsoryEducation]),
        ("扶贫开发", [.povertyAlleviation]),
        ("医疗卫生", [.health]),
        ("公共文化", [.publicCulturalServices]),
        ("社会保险", [.socialInsurance]),
        ("社会救助", [.socialAssistance]),
        ("就业创业", [.employment]),
        ("生态环境", [.ecologicalEnvironment]),
        ("安全生产", [.workSafety]),
        ("食品药品", [.foodAndDrugSupervision]),
        ("征地拆迁", [.ruralLandExpropriation, .stateLandHousingExpropriation]),
        ("户籍管理", [.householdRegistration]),
        ("住房保障", [.affordableHousing]),
        ("涉农政策", [.agriculturalSubsidies]),
        ("城乡规划", [.urbanRuralPlanning]),
        ("预算决算", [.budgetAndFinalAccounts]),
        ("重大项目建设", [.majorConstructionProjects]),
        ("市政设施", [.municipalServices]),
        ("税收管理", [.taxAdministration]),
        ("公共法律服务", [.publicLegalServices]),
        ("养老服务", [.elderlyCare]),
        ("救灾领域", [.disasterRelief]),
        ("综合执法", [.urbanComprehensiveEnforcement]),
    ]

    /// The default national areas of a seed column of 基层政府信息公开 (empty for any other name).
    public static func defaultAreas(forSeedName name: String) -> [NationalStandardArea] {
        seedMapping.first(where: { $0.seedName == name })?.areas ?? []
    }

    /// The seed columns that cover this area by default (empty for 公共资源交易 and 农村危房改造).
    public var defaultSeedNames: [String] {
        NationalStandardArea.seedMapping.filter { $0.areas.contains(self) }.map(\.seedName)
    }

    /// Sorts areas into the canonical (Docs/领域规则.md) order and drops repeats, so stored links compare equal.
    public static func normalized<S: Sequence>(_ areas: S) -> [NationalStandardArea]
    where S.Element == NationalStandardArea {
        let set = Set(areas)
        return allCases.filter { set.contains($0) }
    }
}
