import GongkaiCore

/// 表格中的代码 — the codes of Docs/领域规则.md §8 as ledgers write them: the code (`natural-person`),
/// the Chinese name (`自然人`) via `DomainCode(codeOrName:)`, and the short forms offices use
/// (`邮寄` for 邮寄(签收), `规范性文件` for 行政规范性文件 …), listed here and in Docs/导入导出与发布.md.
public enum ExchangeCodes {
    /// Common ledger words for codes whose Chinese name is longer.
    public static var aliases: [String: String] { ExchangeInputWords.codeAliases }

    public static func parse<T: DomainCode>(_ text: String, as type: T.Type) -> T? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let v = T(codeOrName: t) { return v }
        // Full-width brackets as Excel users type them: 邮寄（签收）.
        let halfWidth = t.replacingOccurrences(of: ExchangeInputWords.fullWidthOpen, with: "(")
            .replacingOccurrences(of: ExchangeInputWords.fullWidthClose, with: ")")
        if let v = T(codeOrName: halfWidth) { return v }
        if let code = aliases[t], let v = T(rawValue: code) { return v }
        return nil
    }

    /// "natural-person（自然人）、business（商业企业）…" for a refusal, in the interface language.
    public static func choices<T: DomainCode>(_ type: T.Type) -> String {
        T.allCases.map { ExchangeText.Import.nameAndCode.text([$0.rawValue, $0.displayName]) }
            .joined(separator: ExchangeText.Import.listSeparator.text())
    }
}
