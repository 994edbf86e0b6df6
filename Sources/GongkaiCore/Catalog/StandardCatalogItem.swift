import Foundation

/// 标准目录事项 — one row of a grass-roots standard disclosure catalog (基层政务公开标准目录), as 国办发〔2019〕54号
/// asks counties and townships to compile and publish them (fields per Docs/领域规则.md §2).
public struct StandardCatalogItem: Hashable, Sendable, Codable {
    /// 公开渠道和载体 — the fixed list of channels and carriers a standard catalog row may name (Docs/领域规则.md §2).
    public enum Carrier: String, DomainCode {
        case governmentWebsite = "government-website"
        case governmentGazette = "government-gazette"
        case newMedia = "new-media"
        case pressConferenceOrHearing = "press-conference-or-hearing"
        case radioTelevision = "radio-television"
        case print
        case publicReadingPoint = "public-reading-point"
        case governmentServiceCenter = "government-service-center"
        case convenienceServiceStation = "convenience-service-station"
        case doorToDoorOrOnSite = "door-to-door-or-on-site"
        case noticeBoard = "notice-board"
        case targetedPush = "targeted-push"
        case hotline12345 = "hotline-12345"
        case other

        public var chineseName: String {
            switch self {
            case .governmentWebsite: return "政府网站"
            case .governmentGazette: return "政府公报"
            case .newMedia: return "两微一端"
            case .pressConferenceOrHearing: return "发布会/听证会"
            case .radioTelevision: return "广播电视"
            case .print: return "纸质载体"
            case .publicReadingPoint: return "公开查阅点"
            case .governmentServiceCenter: return "政务服务中心"
            case .convenienceServiceStation: return "便民服务站"
            case .doorToDoorOrOnSite: return "入户/现场"
            case .noticeBoard: return "社区/企事业单位/村公示栏(电子屏)"
            case .targetedPush: return "精准推送"
            case .hotline12345: return "12345政务服务热线"
            case .other: return "其他"
            }
        }

        /// The English name shown when the interface language is English.
        public var englishName: String {
            switch self {
            case .governmentWebsite: return "Government website"
            case .governmentGazette: return "Government gazette"
            case .newMedia: return "Social media and apps"
            case .pressConferenceOrHearing: return "Press conference / hearing"
            case .radioTelevision: return "Radio and TV"
            case .print: return "Print"
            case .publicReadingPoint: return "Public reading point"
            case .governmentServiceCenter: return "Government service center"
            case .convenienceServiceStation: return "Convenience service station"
            case .doorToDoorOrOnSite: return "Door to door / on site"
            case .noticeBoard: return "Notice board (community, village, screen)"
            case .targetedPush: return "Targeted push"
            case .hotline12345: return "12345 service hotline"
            case .other: return "Other"
            }
        }
    }

    /// 公开对象 — everyone, or only the group concerned (e.g. the households of a relief list).
    public enum Audience: String, DomainCode {
        case everyone
        case specificGroup = "specific-group"

        public var chineseName: String {
            switch self {
            case .everyone: return "全社会"
            case .specificGroup: return "特定群体"
            }
        }

        /// The English name shown when the interface language is English.
        public var englishName: String {
            switch self {
            case .everyone: return "Everyone"
            case .specificGroup: return "Specific groups"
            }
        }
    }

    /// 公开方式 — published on the agency's own initiative, or only on application (条例第二十、二十七条).
    public enum Mode: String, DomainCode {
        case proactive
        case onRequest = "on-request"

        public var chineseName: String {
            switch self {
            case .proactive: return "主动"
            case .onRequest: return "依申请"
            }
        }

        /// The English name shown when the interface language is English.
        public var englishName: String {
            switch self {
            case .proactive: return "Proactive"
            case .onRequest: return "On request"
            }
        }
    }

    /// 公开层级 — which level publishes the item: the county or the township.
    public enum Level: String, DomainCode {
        case county
        case township

        public var chineseName: String {
            switch self {
            case .county: return "县级"
            case .township: return "乡级"
            }
        }

        /// The English name shown when the interface language is English.
        public var englishName: String {
            switch self {
            case .county: return "County level"
            case .township: return "Township level"
            }
        }
    }

    /// 字段 — the row's columns, named as the published catalogs head them; used to point at a problem.
    public enum Field: String, DomainCode {
        case serialNumber = "serial-number"
        case firstLevelMatter = "first-level-matter"
        case secondLevelMatter = "second-level-matter"
        case content
        case basis
        case timeLimit = "time-limit"
        case publisher
        case carriers
        case audience
        case mode
        case level

        public var chineseName: String {
            switch self {
            case .serialNumber: return "序号"
            case .firstLevelMatter: return "一级事项"
            case .secondLevelMatter: return "二级事项"
            case .content: return "公开内容(要素)"
            case .basis: return "公开依据"
            case .timeLimit: return "公开时限"
            case .publisher: return "公开主体"
            case .carriers: return "公开渠道和载体"
            case .audience: return "公开对象"
            case .mode: return "公开方式"
            case .level: return "公开层级"
            }
        }

        /// The English name shown when the interface language is English.
        public var englishName: String {
            switch self {
            case .serialNumber: return "No."
            case .firstLevelMatter: return "First-level matter"
            case .secondLevelMatter: return "Second-level matter"
            case .content: return "Content (elements)"
            case .basis: return "Legal basis"
            case .timeLimit: return "Time limit"
            case .publisher: return "Publisher"
            case .carriers: return "Channels and carriers"
            case .audience: return "Audience"
            case .mode: return "Mode"
            case .level: return "Level"
            }
        }
    }

    /// 事项问题 — one validation failure: the field and a Chinese message.
    public struct Problem: Hashable, Sendable, Codable {
        public let field: Field
        public let message: String
    }

    /// 序号 — position in the published catalog (1-based); nil until the catalog is numbered.
    public var serialNumber: Int?
    /// 公开事项 · 一级事项, e.g. 义务教育.
    public var firstLevelMatter: String
    /// 公开事项 · 二级事项, e.g. 招生入学.
    public var secondLevelMatter: String
    /// 公开内容(要素) — what exactly is published.
    public var content: String
    /// 公开依据 — the laws and documents requiring it.
    public var basis: String
    /// 公开时限, e.g. 信息形成或者变更之日起20个工作日内 (条例第二十六条).
    public var timeLimit: String
    /// 公开主体 — the responsible agency.
    public var publisher: String
    /// 公开渠道和载体 — at least one; kept in the fixed list's order without repeats.
    public var carriers: [Carrier] {
        didSet { carriers = Self.normalized(carriers) }
    }
    public var audience: Audience
    public var mode: Mode
    public var level: Level
    /// The catalog column the item is filed under (normally a 基层政府信息公开 area), if any.
    public var catalogNodeID: CatalogNodeID?

    public init(serialNumber: Int? = nil, firstLevelMatter: String, secondLevelMatter: String, content: String,
                basis: String, timeLimit: String, publisher: String, carriers: [Carrier],
                audience: Audience, mode: Mode, level: Level, catalogNodeID: CatalogNodeID? = nil) {
        self.serialNumber = serialNumber
        self.firstLevelMatter = firstLevelMatter
        self.secondLevelMatter = secondLevelMatter
        self.content = content
        self.basis = basis
        self.timeLimit = timeLimit
        self.publisher = publisher
        self.carriers = Self.normalized(carriers)
        self.audience = audience
        self.mode = mode
        self.level = level
        self.catalogNodeID = catalogNodeID
    }

    /// 公开时限 most rows use: the proactive-disclosure limit of 条例第二十六条.
    public static let statutoryTimeLimit = "信息形成或者变更之日起20个工作日内"

    /// 事项校验 — every text field filled in, at least one carrier, a positive serial number; all problems
    /// at once so the form can mark every field.
    public func validate() -> [Problem] {
        var problems: [Problem] = []
        let texts: [(Field, String)] = [
            (.firstLevelMatter, firstLevelMatter), (.secondLevelMatter, secondLevelMatter),
            (.content, content), (.basis, basis), (.timeLimit, timeLimit), (.publisher, publisher),
        ]
        if let serialNumber, serialNumber < 1 {
            problems.append(Problem(field: .serialNumber, message: "序号应为正整数"))
        }
        for (field, text) in texts where text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            problems.append(Problem(field: field, message: "\(field.chineseName)不能为空"))
        }
        if carriers.isEmpty {
            problems.append(Problem(field: .carriers, message: "公开渠道和载体至少选择一项"))
        }
        return problems
    }

    /// True when `validate()` finds nothing.
    public var isValid: Bool { validate().isEmpty }

    private static func normalized(_ carriers: [Carrier]) -> [Carrier] {
        let set = Set(carriers)
        return Carrier.allCases.filter { set.contains($0) }
    }

    // Decoding goes through the initializer so stored carriers are normalized too.
    private enum CodingKeys: String, CodingKey {
        case serialNumber, firstLevelMatter, secondLevelMatter, content, basis, timeLimit, publisher,
             carriers, audience, mode, level, catalogNodeID
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(serialNumber: try c.decodeIfPresent(Int.self, forKey: .serialNumber),
                  firstLevelMatter: try c.decode(String.self, forKey: .firstLevelMatter),
                  secondLevelMatter: try c.decode(String.self, forKey: .secondLevelMatter),
                  content: try c.decode(String.self, forKey: .content),
                  basis: try c.decode(String.self, forKey: .basis),
                  timeLimit: try c.decode(String.self, forKey: .timeLimit),
                  publisher: try c.decode(String.self, forKey: .publisher),
                  carriers: try c.decode([Carrier].self, forKey: .carriers),
                  audience: try c.decode(Audience.self, forKey: .audience),
                  mode: try c.decode(Mode.self, forKey: .mode),
                  level: try c.decode(Level.self, forKey: .level),
                  catalogNodeID: try c.decodeIfPresent(CatalogNodeID.self, forKey: .catalogNodeID))
    }
}
