/// 代码 — a code of Docs/领域规则.md §8: an English code used on the command line and in JSON,
/// and its Chinese name, which is accepted wherever the code is (`--applicant-type 自然人`).
public protocol DomainCode: RawRepresentable, CaseIterable, Hashable, Sendable, Codable
where RawValue == String {
    /// The Chinese name: the UI's default language, and the name in the CLI, JSON and legal outputs.
    var chineseName: String { get }
    /// The English name, shown by the TUI when the interface language is English (no CJK).
    var englishName: String { get }
}

extension DomainCode {
    /// The name in the interface language of the current task (`UILanguage.current`).
    public var displayName: String { UILanguage.current == .en ? englishName : chineseName }

    /// Both names as a phrase (for texts composed before the language is known).
    public var namePhrase: Phrase { Phrase(chineseName, englishName) }

    /// The code as written on the command line and in JSON.
    public var code: String { rawValue }

    /// Accepts the code (`natural-person`), the Chinese name (`自然人`) or the English name
    /// (`Natural person`, any case), ignoring surrounding spaces.
    public init?(codeOrName text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let v = Self(rawValue: t) { self = v; return }
        if let v = Self.allCases.first(where: { $0.chineseName == t }) { self = v; return }
        if let v = Self.allCases.first(where: { $0.englishName.lowercased() == t.lowercased() }) { self = v; return }
        return nil
    }

    /// "a|b|c" for error messages.
    public static var codeList: String { allCases.map(\.rawValue).joined(separator: "|") }
}
