import Foundation

/// 界面语言 — the language of the workstation's words. Chinese is the default; English is an
/// option chosen by `language = "en"` in config.toml, else by `LANG`/`LC_ALL`/`LC_MESSAGES`.
public enum UILanguage: String, Sendable, CaseIterable, Codable {
    case zh
    case en

    /// The language in force for the current task (the app's loop and the CLI run inside
    /// `UILanguage.$current.withValue(...)`; tests set it the same way, so they never race).
    @TaskLocal public static var current: UILanguage = .zh

    /// `zh`, `zh-CN`, `chinese`, `中文` → zh; `en`, `en_US`, `english`, `英文` → en.
    public init?(name: String) {
        let t = name.trimmingCharacters(in: .whitespaces).lowercased()
        if t.hasPrefix("zh") || t == "chinese" || t == "中文" || t == "cn" { self = .zh; return }
        if t.hasPrefix("en") || t == "english" || t == "英文" { self = .en; return }
        return nil
    }

    /// The choice when config says nothing: the locale variables in POSIX precedence
    /// (LC_ALL, LC_MESSAGES, LANG). `en_*` means English; anything else (zh_CN, C.UTF-8, unset)
    /// means Chinese, the workstation's own language.
    public static func fromEnvironment(_ environment: [String: String]) -> UILanguage {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("en") ? .en : .zh
        }
        return .zh
    }

    /// Config first, then the environment.
    public static func resolve(configured: String?, environment: [String: String]) -> UILanguage {
        if let configured, let lang = UILanguage(name: configured) { return lang }
        return fromEnvironment(environment)
    }
}

/// A phrase in both languages. Placeholders are `{1}`, `{2}`… in either text, in any order.
public struct Phrase: Sendable, Hashable {
    public let zh: String
    public let en: String
    public init(_ zh: String, _ en: String) {
        self.zh = zh
        self.en = en
    }

    public func text(in language: UILanguage = UILanguage.current) -> String {
        language == .en ? en : zh
    }

    /// The text with `{1}`… replaced by `arguments` in order, in one pass over the template (so an
    /// argument that itself contains `{2}`, like an applicant's text, is never substituted again).
    public func text(_ arguments: [String], in language: UILanguage = UILanguage.current) -> String {
        let template = text(in: language)
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let n = Int(after[..<close]), n >= 1, n <= arguments.count,
               after[..<close].allSatisfy(\.isNumber) {
                out += arguments[n - 1]
                rest = after[after.index(after: close)...]
            } else {
                out += "{"
                rest = after
            }
        }
        return out + rest
    }
}
