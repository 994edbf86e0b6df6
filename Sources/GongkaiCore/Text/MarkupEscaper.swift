import Foundation

/// Where escaped text will be written. One escaper serves every writer of HTML, XML and Markdown
/// (annual report and published site, letters, Word/Excel files, register exports).
public enum MarkupContext: Sendable, CaseIterable {
    /// Text between HTML tags.
    case htmlText
    /// An HTML attribute value (in double or single quotes).
    case htmlAttribute
    /// An XML text node or attribute value (Office Open XML parts).
    case xml
    /// A Markdown paragraph: CommonMark punctuation that can start inline markup is
    /// backslash-escaped, and so is what would start a block (list, heading, quote, table).
    case markdown
    /// A cell of a Markdown (GFM) table: `&`, `<`, `>` as entities, `|` escaped, a line break
    /// as `<br>`, other inline markup punctuation backslash-escaped.
    case markdownTableCell
}

public enum MarkupEscaper {
    /// `text` made safe for `context`. Characters no document should carry — C0 controls other
    /// than tab, newline and return, DEL, C1 controls, U+FFFE/U+FFFF — are dropped in every context
    /// (XML 1.0 forbids them; in HTML and Markdown they are invisible or terminal escapes).
    public static func escape(_ text: String, for context: MarkupContext) -> String {
        switch context {
        case .htmlText, .htmlAttribute: return entities(text, apostrophe: "&#39;")
        case .xml: return entities(text, apostrophe: "&apos;")
        case .markdown: return markdown(text)
        case .markdownTableCell: return tableCell(text)
        }
    }

    /// Whether `scalar` is dropped from every document.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    static func entities(_ text: String, apostrophe: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += apostrophe
            default: if !isForbidden(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Punctuation that can start CommonMark inline markup anywhere in a line.
    static let inlineMarkup: Set<Unicode.Scalar> = Set("\\`*_[]<>&#|~!{}()".unicodeScalars)

    static func markdown(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars where !isForbidden(scalar) {
            if inlineMarkup.contains(scalar) { out.unicodeScalars.append("\\") }
            out.unicodeScalars.append(scalar)
        }
        if let first = out.first, "-+=>:".contains(first) { out = "\\" + out }
        // “1. ” / “1) ” at the start is an ordered list.
        let digits = out.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = out.dropFirst(digits.count).first, next == "." || next == ")" {
            out.insert("\\", at: out.index(out.startIndex, offsetBy: digits.count))
        }
        return out
    }

    static func tableCell(_ text: String) -> String {
        var out = ""
        for scalar in text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars where !isForbidden(scalar) {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\n", "\r": out += "<br>"
            default:
                if inlineMarkup.contains(scalar) { out.unicodeScalars.append("\\") }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
