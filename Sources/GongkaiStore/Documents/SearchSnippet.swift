import Foundation
import GongkaiCore

/// 检索摘要 — the passage of a body around the first hit of any term, for the short-term path
/// (the FTS index makes its own snippets for longer terms).
enum SearchSnippet {
    /// Characters kept on each side of the hit.
    static let context = 24

    static func make(body: String, title: String, terms: [String]) -> String {
        guard let hit = DocumentSearchTerm.highlightRanges(in: body, terms: terms).first else {
            // The hit is in the title or 文号: show the start of the body.
            return body.count > context * 2 ? String(body.prefix(context * 2)) + "…" : body
        }
        let start = body.index(hit.lowerBound, offsetBy: -context, limitedBy: body.startIndex) ?? body.startIndex
        let end = body.index(hit.upperBound, offsetBy: context, limitedBy: body.endIndex) ?? body.endIndex
        return (start == body.startIndex ? "" : "…") + String(body[start..<end]) + (end == body.endIndex ? "" : "…")
    }
}
