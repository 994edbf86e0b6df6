/// 终端转义注入防护 — the one sanitiser for text that leaves the program for a person: the cell
/// grid (`CellGrid.put`), every CLI text and Markdown output, error messages, CSV exports, the
/// published HTML (through its escaper).
///
/// Text from outside (applications written by the public, imported files, names) may carry
/// escape sequences: OSC 52 writes the clipboard, `ESC ] 0;` sets the window title, `ESC c` resets
/// the terminal, `ESC [6n` injects input (git CVE-2024-52005, less CVE-2022-46663). Every C0/C1
/// control, DEL, bidi override or isolate, line/paragraph separator and invalid UTF-8 becomes a
/// visible, single-cell placeholder, so an officer sees that something odd was there and the
/// terminal never acts on it. The input policy (`TextInputPolicy`) refuses the same characters
/// at the service door; this is what still protects the screen from older or planted data.
public enum TerminalSanitizer {
    /// Placeholder for C1 controls, bidi controls and undecodable bytes: ␦ (U+2426, one cell).
    public static let substitute: Unicode.Scalar = "\u{2426}"

    /// The visible stand-in for `scalar`, or nil when the scalar is safe to draw.
    /// Tabs are left alone here: the grid expands them to the next tab stop.
    public static func placeholder(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        switch v {
        case 0x09: return nil                                   // tab: expanded by the grid
        case 0x00...0x1F: return Unicode.Scalar(0x2400 + v)     // ␀ … ␟ (␛ for ESC)
        case 0x7F: return "\u{2421}"                            // ␡
        case 0x80...0x9F: return substitute                     // C1, incl. 8-bit CSI/OSC
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return substitute // bidi
        case 0x2028, 0x2029: return "\u{2424}"                  // ␤ line/paragraph separator
        case 0xFFFD: return substitute                          // invalid UTF-8, already replaced
        default: return nil
        }
    }

    /// Whether `text` would change under `sanitize` (cheap check for the common clean case).
    public static func isClean(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { placeholder(for: $0) == nil }
    }

    /// Replaces every unsafe scalar with its placeholder; tabs are kept for the grid to expand.
    public static func sanitize(_ text: String) -> String {
        if isClean(text) { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            out.append(placeholder(for: s) ?? s)
        }
        return String(out)
    }

    /// Line-wise sanitising for text that is printed (CLI output, error messages, CSV and
    /// Markdown cells): line feeds separate lines and are kept, as is a carriage return directly
    /// before one (CRLF, as the input policy allows it); every other control, a lone carriage
    /// return included, becomes its visible placeholder.
    public static func sanitizeLines(_ text: String) -> String {
        if isClean(text) { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (i, s) in scalars.enumerated() {
            if s == "\n" || (s == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n") {
                out.append(s)
            } else {
                out.append(placeholder(for: s) ?? s)
            }
        }
        return String(out)
    }

    /// For markup (the published HTML): line feeds, carriage returns and tabs are layout and
    /// kept; every other control, C1 and bidi character becomes its visible placeholder, so no
    /// page carries one (a bidi override would reorder what a reader sees).
    public static func sanitizeMarkup(_ text: String) -> String {
        if isClean(text) { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s == "\n" || s == "\r" { out.append(s) } else { out.append(placeholder(for: s) ?? s) }
        }
        return String(out)
    }

    /// Decodes bytes from outside as UTF-8 (invalid sequences become placeholders) and sanitises.
    public static func sanitize(bytes: [UInt8]) -> String {
        sanitize(String(decoding: bytes, as: UTF8.self))
    }

    /// JSON for a pipe or a terminal: the encoder already writes C0 controls as `\u00XX`; this
    /// writes DEL, C1 controls, bidi controls and the line/paragraph separators as `\uXXXX` too,
    /// so the JSON reads back to exactly the same strings and carries no raw control byte.
    /// (Those scalars can only appear inside JSON strings, where `\u` escapes are valid.)
    public static func escapeJSON(_ json: String) -> String {
        if json.unicodeScalars.allSatisfy({ $0.value < 0x7F || placeholder(for: $0) == nil || $0.value == 0xFFFD }) {
            return json
        }
        var out = String.UnicodeScalarView()
        for s in json.unicodeScalars {
            if s.value >= 0x7F, s.value != 0xFFFD, placeholder(for: s) != nil {
                let hex = String(s.value, radix: 16, uppercase: false)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex).unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }
}
