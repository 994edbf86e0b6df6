import Foundation

/// 短词索引的字符二元组 — how 1- and 2-character search terms (教育, 税) reach an index: a
/// document's text is cut into the pairs of adjacent characters it holds (and each character that
/// ends a run, alone), each written as an ASCII token (`u006559u0080b2` for 教育) so that SQLite's
/// FTS5 tokenizer keeps it whole. A 2-character term is one token; a 1-character term is every
/// token that starts with it (a prefix query). Whitespace never joins a pair, as a term never holds
/// any; ASCII letters are folded to lower case, as SQLite's LIKE compares them. The index only finds
/// candidates: the store verifies each with LIKE, so a hit is always exactly what LIKE finds.
public enum CharacterBigrams {
    /// The distinct tokens of `text`, space-separated, in order of first appearance (deterministic:
    /// the same text always gives the same tokens, which deleting from a contentless index needs).
    public static func tokens(of text: String) -> String {
        var seen = Set<String>()
        var out: [String] = []
        var previous: Unicode.Scalar?
        func emit(_ token: String) { if seen.insert(token).inserted { out.append(token) } }
        for raw in text.unicodeScalars {
            let scalar = fold(raw)
            if scalar.properties.isWhitespace {
                if let p = previous { emit(code(p)) }
                previous = nil
                continue
            }
            if let p = previous { emit(code(p) + code(scalar)) }
            previous = scalar
        }
        if let p = previous { emit(code(p)) }
        return out.joined(separator: " ")
    }

    /// Where a document's text lies, for the tokens written a second time with the field's prefix
    /// (`t` + the pair for the 标题, `n` for the 文号), so that "the term is in the title" is
    /// answered by the index too.
    public enum Field: String, Sendable {
        case title = "t"
        case docNumber = "n"
    }

    /// A document's tokens: the pairs of its 标题、文号 and 正文 (one text, a line each), then the
    /// title's and the 文号's own pairs again with their field's prefix.
    public static func tokens(title: String, docNumber: String, body: String) -> String {
        let all = tokens(of: title + "\n" + docNumber + "\n" + body)
        let fields = [(Field.title, title), (Field.docNumber, docNumber)].flatMap { field, text in
            tokens(of: text).split(separator: " ").map { field.rawValue + $0 }
        }
        return ([all] + fields).filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The FTS5 query term for a 1- or 2-scalar search term in one field (see `query(for:)`).
    public static func query(for term: String, in field: Field) -> String? {
        query(for: term).map { field.rawValue + $0 }
    }

    /// The FTS5 query term for a 1- or 2-scalar search term; nil for longer terms or terms with
    /// whitespace (they take another path).
    public static func query(for term: String) -> String? {
        let scalars = term.unicodeScalars.map(fold)
        guard (1...2).contains(scalars.count), !scalars.contains(where: { $0.properties.isWhitespace }) else { return nil }
        if scalars.count == 2 { return code(scalars[0]) + code(scalars[1]) }
        return code(scalars[0]) + "*"
    }

    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        (65...90).contains(s.value) ? Unicode.Scalar(s.value + 32)! : s
    }

    static func code(_ s: Unicode.Scalar) -> String {
        let hex = String(s.value, radix: 16)
        return "u" + String(repeating: "0", count: max(0, 6 - hex.count)) + hex
    }
}
