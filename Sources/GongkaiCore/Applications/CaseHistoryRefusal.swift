import Foundation

/// 办理记录被规则拒绝 — a `CaseHistoryGuard` refusal: which rule fired (with its article) and the facts
/// that made it fire, in Chinese and English (C9). An admin may record the event anyway with a reason.
public struct CaseHistoryRefusal: Error, Equatable, Sendable, LocalizedError, CustomStringConvertible {
    public var rule: CaseHistoryRule
    /// The facts, in both languages.
    public var detail: PhraseText

    public init(rule: CaseHistoryRule, detail: PhraseText) {
        self.rule = rule
        self.detail = detail
    }

    /// “拒绝登记（规则 one-correction-notice「一次性告知」，条例第三十条）：…”.
    public func text(in lang: UILanguage) -> String {
        CoreText.Guards.refused.text([rule.code, lang == .en ? rule.englishName : rule.chineseName,
                               rule.article(in: lang), detail.text(in: lang)], in: lang)
    }

    public var chineseMessage: String { text(in: .zh) }
    public var englishMessage: String { text(in: .en) }

    /// In the interface language in force: Chinese only, or English only.
    public var message: String { UILanguage.current == .en ? englishMessage : chineseMessage }
    public var description: String { message }
    public var errorDescription: String? { message }
}
