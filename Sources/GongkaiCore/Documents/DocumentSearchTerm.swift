import Foundation

/// 检索方式 — which index path a search term takes (FTS5 trigram plus a path for 1–2
/// character Chinese terms such as 教育, 税).
public enum SearchTermKind: String, DomainCode {
    /// ≥ 3 characters: the FTS5 trigram index can match it.
    case trigram
    /// 1–2 characters: trigram cannot (it indexes 3-character windows), so a substring (LIKE) scan.
    case short

    public var chineseName: String {
        switch self {
        case .trigram: return "全文索引"
        case .short: return "短词逐字匹配"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .trigram: return "Full-text index"
        case .short: return "Short-term scan"
        }
    }
}

/// 检索词 — one whitespace-separated term of a full-text query and the path it takes.
///
/// Length is counted in Unicode scalars, because that is what SQLite's trigram tokenizer counts:
/// 义务教育 is 4 (trigram), 教育 is 2 (short); an emoji with a skin tone is 2 scalars.
public struct DocumentSearchTerm: Hashable, Sendable, Codable {
    public let text: String
    public let kind: SearchTermKind

    /// The trigram tokenizer's window.
    public static let trigramMinimum = 3

    public init(_ text: String) {
        self.text = text
        self.kind = text.unicodeScalars.count >= Self.trigramMinimum ? .trigram : .short
    }

    /// 检索词拆分 — splits a query on any whitespace (half-width, the full-width U+3000 that Chinese
    /// input methods type, tabs, NBSP), drops empty and repeated terms, keeps the order typed.
    public static func parse(_ query: String) -> [DocumentSearchTerm] {
        var seen = Set<String>()
        var out: [DocumentSearchTerm] = []
        for piece in query.split(whereSeparator: { $0.isWhitespace }) {
            let t = String(piece)
            if seen.insert(t).inserted { out.append(DocumentSearchTerm(t)) }
        }
        return out
    }

    /// The term as an FTS5 string (phrase), with `"` doubled, so operators typed by the officer
    /// (AND, NOT, *, :) are searched literally rather than breaking the MATCH expression.
    public var ftsPhrase: String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// A LIKE pattern `%term%` for `LIKE ? ESCAPE '\'`, with `%`, `_` and `\` escaped.
    public var likePattern: String {
        var s = "%"
        for c in text {
            if c == "%" || c == "_" || c == "\\" { s.append("\\") }
            s.append(c)
        }
        return s + "%"
    }

    /// The FTS5 MATCH expression for the trigram terms (all must match), or nil when there are
    /// none and only the LIKE path applies.
    public static func ftsMatchExpression(_ terms: [DocumentSearchTerm]) -> String? {
        let phrases = terms.filter { $0.kind == .trigram }.map(\.ftsPhrase)
        return phrases.isEmpty ? nil : phrases.joined(separator: " AND ")
    }

    /// 命中标记 — the ranges of `text` where any of `terms` occurs, for highlighting in the TUI.
    ///
    /// Matching is by whole grapheme clusters (a range never starts or ends inside 👍🏽 or a letter
    /// with a combining mark), case-insensitive for letters, canonical-equivalent (é = e + ◌́).
    /// Overlapping or touching hits are merged; the result is sorted. Terms are split like queries.
    public static func highlightRanges(in text: String, terms: [String]) -> [Range<String.Index>] {
        let needles = terms.flatMap { parse($0) }.map { $0.text.map(foldCase) }.filter { !$0.isEmpty }
        guard !needles.isEmpty, !text.isEmpty else { return [] }
        let indices = Array(text.indices) + [text.endIndex]
        let folded = text.map(foldCase)
        var hits: [(Int, Int)] = []
        for start in folded.indices {
            for n in needles where start + n.count <= folded.count {
                if folded[start..<(start + n.count)].elementsEqual(n) { hits.append((start, start + n.count)) }
            }
        }
        hits.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 > $1.1) }
        var merged: [(Int, Int)] = []
        for h in hits {
            if let last = merged.last, h.0 <= last.1 {
                merged[merged.count - 1].1 = max(last.1, h.1)
            } else {
                merged.append(h)
            }
        }
        return merged.map { indices[$0.0]..<indices[$0.1] }
    }

    /// One character, lower-cased for comparison; the count of Characters stays the same, so
    /// positions in the folded array are positions in the text.
    private static func foldCase(_ c: Character) -> String { c.lowercased() }
}
