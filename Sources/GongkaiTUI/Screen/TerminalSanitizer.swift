/// 终端转义注入防护 — the single point where text enters the cell grid.
///
/// Text from outside (applications written by the public, imported files, names) may carry
/// escape sequences: OSC 52 writes the clipboard, `ESC c` resets the terminal, `ESC [6n` injects
/// input (git CVE-2024-52005, less CVE-2022-46663). Every C0/C1 control, DEL, bidi override or
/// isolate, line/paragraph separator and invalid UTF-8 becomes a visible, single-cell placeholder,
/// so an officer sees that something odd was there and the terminal never acts on it.
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

    /// Decodes bytes from outside as UTF-8 (invalid sequences become placeholders) and sanitises.
    public static func sanitize(bytes: [UInt8]) -> String {
        sanitize(String(decoding: bytes, as: UTF8.self))
    }
}
