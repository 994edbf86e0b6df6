import GongkaiCore

/// 日期参数 — `--date 2025-09-26`: strict ISO; a day that does not exist (2025-02-30) is refused
/// with a clear message before anything is read or written.
enum DateArgument {
    static func parse(_ text: String, option: String) throws -> CivilDate {
        guard let d = CivilDate(iso: text.trimmingCharacters(in: .whitespaces)) else {
            throw CLIError(CLIText.Common.badDateOption.text([option, text]))
        }
        return d
    }

    /// A code of Docs/领域规则.md §8 or its Chinese name.
    static func code<T: DomainCode>(_ text: String, _ type: T.Type, option: String) throws -> T {
        guard let v = T(codeOrName: text) else {
            let names = CLIText.list(T.allCases.map { CLIText.Common.codeWithName.text([$0.rawValue, $0.displayName]) })
            throw CLIError(CLIText.Common.badOptionValue.text([option, text, names]))
        }
        return v
    }
}
