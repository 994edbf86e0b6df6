/// 救济途径的机关 — where an applicant may apply for 行政复议 (复议机关) and sue (人民法院) against a
/// unit's decision (行政复议法 (2023) 第二十四条; 行政诉讼法 第十四条、第十五条; CONVENTIONS C10).
/// Defaults from the unit's kind and the county's name; an admin sets each unit's own where the
/// province concentrates administrative cases in a designated court.
public struct UnitRemedies: Hashable, Sendable, Codable {
    /// 复议机关 — e.g. “某某县人民政府”.
    public var reviewBody: String
    /// 人民法院 — e.g. “某某县人民法院”.
    public var court: String
    /// True when both come from the C10 default (nothing set for the unit).
    public var isDefault: Bool

    public init(reviewBody: String, court: String, isDefault: Bool = false) {
        self.reviewBody = reviewBody
        self.court = court
        self.isDefault = isDefault
    }

    /// 复议期限 60 日 (行政复议法 2023 第二十条).
    public static let reviewDays = 60
    /// 起诉期限 6 个月 (行政诉讼法 第四十六条).
    public static let suitMonths = 6

    /// C10 defaults: a township's or a county department's decision → the county people's government
    /// and the county people's court; the county government's own → the city government and the
    /// intermediate court (行政复议法 第二十四条; 行政诉讼法 第十四条、第十五条).
    public static func defaults(kind: UnitKind, countyName: String) -> UnitRemedies {
        switch kind {
        case .department, .township:
            return UnitRemedies(reviewBody: countyName + "人民政府", court: countyName + "人民法院", isDefault: true)
        case .county:
            return UnitRemedies(reviewBody: "市人民政府", court: "市中级人民法院", isDefault: true)
        }
    }

    /// 县名 — the county's name as the workspace knows it: its county-level unit's name up to and
    /// including “县” (“某某县人民政府办公室” → “某某县”); “县” when the name carries none.
    public static func countyName(fromCountyUnit name: String) -> String {
        if let i = name.firstIndex(of: "县") { return String(name[...i]) }
        return "县"
    }
}
