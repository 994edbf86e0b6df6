import CNcurses
import CoreFoundation
import Foundation

/// 区域设置 — wide characters need a multibyte LC_CTYPE that knows CJK: under the C locale
/// wcwidth(3) says -1 for every CJK character and curses draws garbage. SSH often arrives with
/// LANG unset. Terminals set to GB18030/GBK (some Xshell and SecureCRT profiles) need the
/// matching locale: ncursesw then converts on the way in and out, and the text stays Unicode
/// inside the program and in the workspace.
public enum TerminalLocale {
    public enum Outcome: Equatable, Sendable {
        /// The user's own locale is usable: UTF-8, or GB18030/GBK with CJK widths.
        case native(String)
        /// The user's locale was not UTF-8; we switched to `fallback` (say so on the status bar).
        case fellBack(from: String, to: String)
        /// The UTF-8 locale LANG names is not generated here; `to` (also UTF-8) is used instead,
        /// and the officer is told how to generate it.
        case substituted(missing: String, by: String)
        /// No UTF-8 locale could be set: refuse to draw.
        case unavailable(String)
        /// LANG names a GB18030/GBK (or other non-UTF-8) locale that is not generated here: UTF-8
        /// output would garble that terminal, so refuse and say which locale to generate.
        case missing(String)
    }

    static let fallbacks = ["C.UTF-8", "C.utf8", "en_US.UTF-8", "zh_CN.UTF-8"]
    /// Codesets drawn natively besides UTF-8: the Chinese national encodings.
    static let chineseCodesets: Set<String> = ["GB18030", "GBK"]

    /// Calls setlocale(LC_ALL, "") first, as every curses program must, then falls back.
    public static func setUp(environment: [String: String] = ProcessInfo.processInfo.environment) -> Outcome {
        let requested = requestedName(environment)
        guard let set = setlocale(gk_lc_all(), "") else {
            // The named locale is not generated on this system.
            if let requested, let charset = charset(of: requested), !isUTF8Name(charset) {
                setlocale(gk_lc_all(), "C")
                return .missing(requested)
            }
            for name in fallbacks where setlocale(gk_lc_all(), name) != nil {
                if isUsable() {
                    guard let requested else { return .fellBack(from: "C", to: name) }
                    return .substituted(missing: requested, by: name)
                }
            }
            return .unavailable(requested ?? "C")
        }
        let chosen = String(cString: set)
        if isUsable() { return .native(chosen) }
        for name in fallbacks where setlocale(gk_lc_all(), name) != nil {
            if isUsable() { return .fellBack(from: chosen, to: name) }
        }
        return .unavailable(chosen)
    }

    /// The locale the environment asks for (LC_ALL, then LC_CTYPE, then LANG), if any.
    static func requestedName(_ env: [String: String]) -> String? {
        for key in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let v = env[key], !v.isEmpty { return v }
        }
        return nil
    }

    /// `zh_CN.GB18030@mod` → `GB18030`; nil when the name gives no character set.
    static func charset(of name: String) -> String? {
        guard let dot = name.firstIndex(of: ".") else { return nil }
        let rest = name[name.index(after: dot)...]
        let cs = rest.split(separator: "@", maxSplits: 1).first.map(String.init) ?? ""
        return cs.isEmpty ? nil : cs
    }

    static func isUTF8Name(_ charset: String) -> Bool {
        ["UTF-8", "UTF8"].contains(charset.uppercased())
    }

    /// The command that generates `name` (glibc's localedef; the charmap spelled as glibc does).
    public static func generateCommand(for name: String) -> String {
        let base = String(name.split(separator: "@", maxSplits: 1).first ?? Substring(name))
        let input = String(base.split(separator: ".", maxSplits: 1).first ?? Substring(base))
        var map = charset(of: name)?.uppercased() ?? "UTF-8"
        if map == "UTF8" { map = "UTF-8" }
        return "localedef -i \(input) -f \(map) \(name)"
    }

    /// Whether the current LC_CTYPE can draw Chinese: UTF-8, or GB18030/GBK, with CJK 2 cells wide.
    static func isUsable() -> Bool {
        guard let cs = gk_codeset() else { return false }
        let name = String(cString: cs).uppercased()
        return (name == "UTF-8" || name == "UTF8" || chineseCodesets.contains(name)) && TextWidth.localeIsUTF8
    }

    /// The line for the status bar after a fallback.
    public static func notice(for outcome: Outcome) -> String? {
        switch outcome {
        case let .fellBack(from, to): return TUIText.Backend.localeFallback.text(["\(from)", "\(to)"])
        case let .substituted(missing, by):
            return TUIText.Backend.localeSubstituted.text([missing, by, generateCommand(for: missing)])
        default: return nil
        }
    }

    /// What to say before drawing anything (standard error), in both languages: it is said
    /// before the interface language is settled. Nil when the interface may start.
    public static func refusal(for outcome: Outcome) -> String? {
        switch outcome {
        case .unavailable(let name): return refusal(for: name)
        case .missing(let name):
            let args = [name, generateCommand(for: name)]
            return TUIText.Backend.localeMissing.text(args, in: .zh) + "\n" + TUIText.Backend.localeMissing.text(args, in: .en)
        default: return nil
        }
    }

    /// The refusal as bytes for the terminal: for a missing GB18030/GBK locale the Chinese is
    /// written in that encoding (the terminal is set to it; UTF-8 would be garbled there), the
    /// English in ASCII.
    public static func refusalBytes(for outcome: Outcome) -> Data? {
        guard let text = refusal(for: outcome) else { return nil }
        if case .missing(let name) = outcome, let cs = charset(of: name)?.uppercased(),
           ["GB18030", "GBK", "GB2312", "EUC-CN", "EUCCN", "CP936"].contains(cs),
           let encoded = (text + "\n").data(using: gb18030) {
            return encoded
        }
        return Data((text + "\n").utf8)
    }

    /// Foundation's GB18030 (kCFStringEncodingGB_18030_2000 = 0x0632), present on Linux too.
    static let gb18030 = String.Encoding(rawValue: CFStringConvertEncodingToNSStringEncoding(CFStringEncoding(0x0632)))

    /// The warning printed before drawing when a UTF-8 locale had to stand in for a missing one.
    public static func warning(for outcome: Outcome) -> String? {
        guard case let .substituted(missing, by) = outcome else { return nil }
        let args = [missing, by, generateCommand(for: missing)]
        return TUIText.Backend.localeSubstituted.text(args, in: .zh) + "\n" + TUIText.Backend.localeSubstituted.text(args, in: .en)
    }

    /// The message printed before exiting when no UTF-8 locale exists.
    /// Both languages: it is said before the interface language is settled.
    public static func refusal(for locale: String) -> String {
        TUIText.Backend.noUTF8.text([locale], in: .zh) + "\n" + TUIText.Backend.noUTF8.text([locale], in: .en)
    }
}
