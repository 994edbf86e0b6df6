import Foundation
import GongkaiCore

/// 检索摘要 — the passage of a body around the first hit of any term, for the short-term path
/// (the FTS index makes its own snippets for longer terms).
enum SearchSnippet {
    /// Characters kept on each side of the hit.
    static let context = 24

    static func make(body: String, title: String, terms: [String]) -> String {
        guard let hit = firstHit(in: body, terms: terms) else {
            // The hit is in the title or 文号: show the start of the body.
            return body.count > context * 2 ? String(body.prefix(context * 2)) + "…" : body
        }
        let start = body.index(hit.lowerBound, offsetBy: -context, limitedBy: body.startIndex) ?? body.startIndex
        let end = body.index(hit.upperBound, offsetBy: context, limitedBy: body.endIndex) ?? body.endIndex
        return (start == body.startIndex ? "" : "…") + String(body[start..<end]) + (end == body.endIndex ? "" : "…")
    }

    /// The first of `DocumentSearchTerm.highlightRanges` without folding the whole body: each
    /// term's first occurrence, the earliest (with the terms' hits that overlap it merged in).
    static func firstHit(in body: String, terms: [String]) -> Range<String.Index>? {
        let needles = terms.flatMap { DocumentSearchTerm.parse($0) }.map(\.text).filter { !$0.isEmpty }
        var hits = needles.compactMap { body.range(of: $0, options: .caseInsensitive) }
        guard !hits.isEmpty else { return nil }
        hits.sort { $0.lowerBound < $1.lowerBound || ($0.lowerBound == $1.lowerBound && $0.upperBound > $1.upperBound) }
        var first = hits[0]
        for h in hits.dropFirst() where h.lowerBound <= first.upperBound {
            first = first.lowerBound..<max(first.upperBound, h.upperBound)
        }
        return first
    }
}
