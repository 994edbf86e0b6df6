import Mustache

/// 案件数据 — a value from the case (applicant text included) as a template sees it. It is
/// made harmless once, here: control characters, escape sequences and bidi overrides are
/// dropped, line breaks become spaces, and the text is marked so that the markup reader knows it
/// came from the case and never reads it as layout (`# `, `>> `) — whatever the applicant wrote,
/// `{{x}}` and `{{{x}}}` alike. Mustache never re-reads a value, so `{{x}}` typed by an applicant
/// stays text.
public struct LetterText: MustacheCustomRenderable, Sendable, Hashable, CustomStringConvertible {
    /// Private-use marks around case data in the rendered markup.
    static let open: Character = "\u{E000}"
    static let close: Character = "\u{E001}"

    public let text: String

    public init(_ raw: String) { text = Self.clean(raw) }

    public var renderText: String { "\(Self.open)\(text)\(Self.close)" }
    public var isNull: Bool { text.isEmpty }
    public var description: String { renderText }

    /// One line of printable text.
    static func clean(_ raw: String) -> String {
        var out = String.UnicodeScalarView()
        var lastWasSpace = false
        for s in raw.unicodeScalars {
            let v = s.value
            if s == "\n" || s == "\r" || s == "\t" || v == 0x2028 || v == 0x2029 {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
                continue
            }
            let control = v < 0x20 || (0x7F...0x9F).contains(v)
            let bidi = (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F
            let privateMark = v == 0xE000 || v == 0xE001
            if control || bidi || privateMark || (0xFFFE...0xFFFF).contains(v) { continue }
            out.append(s)
            lastWasSpace = s == " "
        }
        return String(out).trimmingCharacters(in: .whitespaces)
    }
}
