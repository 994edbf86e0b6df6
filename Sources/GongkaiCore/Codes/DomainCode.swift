/// 代码 — a code of DOMAIN.md section 8: an English code used on the command line and in JSON,
/// and its Chinese name, which is accepted wherever the code is (`--applicant-type 自然人`).
public protocol DomainCode: RawRepresentable, CaseIterable, Hashable, Sendable, Codable
where RawValue == String {
    /// The Chinese name shown in the UI.
    var chineseName: String { get }
}

extension DomainCode {
    /// The code as written on the command line and in JSON.
    public var code: String { rawValue }

    /// Accepts the code (`natural-person`) or the Chinese name (`自然人`), ignoring surrounding spaces.
    public init?(codeOrName text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let v = Self(rawValue: t) { self = v; return }
        if let v = Self.allCases.first(where: { $0.chineseName == t }) { self = v; return }
        return nil
    }

    /// "a|b|c" for error messages.
    public static var codeList: String { allCases.map(\.rawValue).joined(separator: "|") }
}
