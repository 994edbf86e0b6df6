import Foundation
import GongkaiCore

/// 已出具的文书 — one letter on an application's timeline: its number, date, format and the
/// SHA-256 of the file's bytes (so a printed copy can be matched to the record).
public struct LetterRecord: Codable, Sendable, Hashable {
    public var applicationId: String
    public var kind: LetterKind
    /// The template it was made from (`reply`, `consult-agency`, `reply.withheld.third-party` …).
    public var template: String
    public var number: String
    public var date: CivilDate
    /// md | html | docx.
    public var format: String
    public var sha256: String
    public var officer: String
    public var createdAt: String

    public init(applicationId: String, kind: LetterKind, template: String, number: String, date: CivilDate,
                format: String, sha256: String, officer: String, createdAt: String) {
        self.applicationId = applicationId
        self.kind = kind
        self.template = template
        self.number = number
        self.date = date
        self.format = format
        self.sha256 = sha256
        self.officer = officer
        self.createdAt = createdAt
    }

    /// “2026-03-02 答复书 县教育局依申请〔2026〕第3号 docx sha256 1a2b…  ［li.ming］”.
    public var timelineLine: String {
        StoreText.Applications.letterLine.text(["\(date)", kind.displayName, number, format, sha256, officer])
    }
}

/// 单位的文书编号规则 — the pattern in force for a unit (the default when none was set).
public struct UnitLetterPattern: Codable, Sendable, Hashable {
    public var unitId: String
    public var unitName: String
    public var pattern: LetterNumberPattern
    /// 简称 used for `{unit}`/`{简称}`; nil: the unit's name.
    public var shortName: String?
    /// False when the unit has none of its own and the default applies.
    public var isSet: Bool
    /// The number the next letter of `year` would get (not reserved).
    public var next: String
    public var year: Int
}

/// 出具文书 — what is being issued; the number is given by the service.
public struct LetterIssueRequest: Codable, Sendable, Hashable {
    public var applicationId: String
    public var kind: LetterKind
    public var template: String
    public var format: String
    /// 成文日期 — the letter's date (its year picks the counter).
    public var date: CivilDate

    public init(applicationId: String, kind: LetterKind, template: String, format: String, date: CivilDate) {
        self.applicationId = applicationId
        self.kind = kind
        self.template = template
        self.format = format
        self.date = date
    }
}
