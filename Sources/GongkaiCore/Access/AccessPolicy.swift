/// 权限规则 — who may see and change what:
/// - officers of a unit see and change their unit's documents, interpretations and applications;
/// - officers of the county office (a unit flag) see and change every unit's;
/// - applicants' personal data is unmasked only for the handling unit and the county office;
/// - the catalog, the calendar, units and officers are for admins (管理员) only;
/// - approving and signing (审核、签发) is for reviewers (审核人) and admins.
public struct AccessPolicy: Sendable {
    public let officer: Officer
    /// Whether the officer's unit is the county office (统筹单位).
    public let inCountyOffice: Bool

    public init(officer: Officer, inCountyOffice: Bool) {
        self.officer = officer
        self.inCountyOffice = inCountyOffice
    }

    /// Sees every unit's work (county office) or only the own unit's.
    public var seesAllUnits: Bool { inCountyOffice }

    public func canSee(unit: String) -> Bool { inCountyOffice || officer.unitId == unit }

    public func canSeePersonalData(ofUnit unit: String) -> Bool { canSee(unit: unit) }

    public func requireSee(unit: String) throws(AccessDenied) {
        guard canSee(unit: unit) else { throw AccessDenied(rule: .otherUnit, officer: officer.login) }
    }

    public func requireChange(unit: String) throws(AccessDenied) {
        guard canSee(unit: unit) else { throw AccessDenied(rule: .otherUnit, officer: officer.login) }
    }

    public func requireAdmin() throws(AccessDenied) {
        guard officer.role == .admin else { throw AccessDenied(rule: .adminOnly, officer: officer.login) }
    }

    public func requireReviewer() throws(AccessDenied) {
        guard officer.role == .reviewer || officer.role == .admin else {
            throw AccessDenied(rule: .reviewerOnly, officer: officer.login)
        }
    }
}

/// 无权操作 — a refused action; the message names the rule, and nothing was changed.
public struct AccessDenied: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Rule: String, Sendable, Codable, CaseIterable {
        /// 只能查看和办理本单位的事项（县政府办公室除外）.
        case otherUnit = "own-unit-only"
        /// 目录、日历、单位和工作人员只能由管理员维护.
        case adminOnly = "admin-only"
        /// 审核、签发须由审核人或管理员进行.
        case reviewerOnly = "reviewer-only"
        /// 未登记的登录名不能使用工作台.
        case unknownOfficer = "registered-officers-only"
        /// 只有管理员可以代他人操作（--as）.
        case actAsAdminOnly = "act-as-admin-only"
        /// 只有管理员可以越过办理记录规则（--override; C9）.
        case overrideAdminOnly = "override-admin-only"
    }

    public var rule: Rule
    public var officer: String

    public init(rule: Rule, officer: String) {
        self.rule = rule
        self.officer = officer
    }

    /// In the language in force when it is read (`UILanguage.current`): the rule by its name in
    /// words (`Rule.name(in:)`), never its code; the code stays in `rule.rawValue` for JSON.
    public var description: String { text(in: UILanguage.current) }

    /// The refusal in one language.
    public func text(in lang: UILanguage) -> String {
        typealias A = CoreText.Access
        let phrase: Phrase
        switch rule {
        case .otherUnit: phrase = A.otherUnit
        case .adminOnly: phrase = A.adminOnly
        case .reviewerOnly: phrase = A.reviewerOnly
        case .unknownOfficer: phrase = A.unknownOfficer
        case .actAsAdminOnly: phrase = A.actAsAdminOnly
        case .overrideAdminOnly: phrase = A.overrideAdminOnly
        }
        return phrase.text([rule.name(in: lang), officer, InputHint.override.text(in: lang)], in: lang)
    }
}

extension AccessDenied.Rule {
    /// The rule's name in words (“仅限本单位” / “own unit only”), as refusals show it.
    public func name(in lang: UILanguage) -> String {
        typealias N = CoreText.Access.RuleName
        let phrase: Phrase
        switch self {
        case .otherUnit: phrase = N.otherUnit
        case .adminOnly: phrase = N.adminOnly
        case .reviewerOnly: phrase = N.reviewerOnly
        case .unknownOfficer: phrase = N.unknownOfficer
        case .actAsAdminOnly: phrase = N.actAsAdminOnly
        case .overrideAdminOnly: phrase = N.overrideAdminOnly
        }
        return phrase.text(in: lang)
    }

    /// The name in the language in force (`UILanguage.current`).
    public var displayName: String { name(in: UILanguage.current) }
}
