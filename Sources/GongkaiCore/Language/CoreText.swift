/// 领域规则的文字目录 — the texts GongkaiCore's rules produce (receipt-date rules, clock warnings,
/// rule refusals), in Chinese and English, the same way the TUI's catalog `TUIText` is kept.
///
/// Each area has its own file `CoreText+Area.swift` with one `Phrase("中文", "English")` per line:
///
/// ```swift
/// extension CoreText {
///     enum Clock {
///         static let eventInFuture = Phrase("{1}记录日期 {2} 晚于今天 {3}", "{1} is dated {2}, after today ({3})")
///     }
/// }
/// ```
///
/// The text is taken in `UILanguage.current` when it is made: the CLI (and so JSON) is Chinese,
/// the TUI renders in the officer's language. A test checks every phrase has both texts.
enum CoreText {}
