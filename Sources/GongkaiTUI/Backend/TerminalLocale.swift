import CNcurses
import Foundation

/// 区域设置 — wide characters need a UTF-8 LC_CTYPE: under any other locale wcwidth(3) says -1
/// for every CJK character and curses draws garbage. SSH often arrives with LANG unset.
public enum TerminalLocale {
    public enum Outcome: Equatable, Sendable {
        /// The user's own locale is UTF-8.
        case native(String)
        /// The user's locale was not UTF-8; we switched to `fallback` (say so on the status bar).
        case fellBack(from: String, to: String)
        /// No UTF-8 locale could be set: refuse to draw.
        case unavailable(String)
    }

    static let fallbacks = ["C.UTF-8", "C.utf8", "en_US.UTF-8", "zh_CN.UTF-8"]

    /// Calls setlocale(LC_ALL, "") first, as every curses program must, then falls back.
    public static func setUp() -> Outcome {
        let chosen = setlocale(gk_lc_all(), "").map { String(cString: $0) } ?? "C"
        if isUTF8() { return .native(chosen) }
        for name in fallbacks where setlocale(gk_lc_all(), name) != nil {
            if isUTF8() { return .fellBack(from: chosen, to: name) }
        }
        return .unavailable(chosen)
    }

    static func isUTF8() -> Bool {
        guard let cs = gk_codeset() else { return false }
        let name = String(cString: cs).uppercased()
        return (name == "UTF-8" || name == "UTF8") && TextWidth.localeIsUTF8
    }

    /// The line for the status bar after a fallback.
    public static func notice(for outcome: Outcome) -> String? {
        if case let .fellBack(from, to) = outcome {
            return L.Backend.localeFallback.text(["\(from)", "\(to)"])
        }
        return nil
    }

    /// The message printed before exiting when no UTF-8 locale exists.
    /// Both languages: it is said before the interface language is settled.
    public static func refusal(for locale: String) -> String {
        L.Backend.noUTF8.text([locale], in: .zh) + "\n" + L.Backend.noUTF8.text([locale], in: .en)
    }
}
