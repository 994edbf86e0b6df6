import Foundation
import GongkaiCore

/// 检索结果 — one document found by `doc search`: `{id, title, snippet}` plus what the list shows.
public struct DocumentSearchHit: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var docNumber: String?
    public var state: DocumentState
    /// 摘要 — the passage of the body (or title) around the first hit, plain text, `…` where cut.
    public var snippet: String
    /// Smaller is better (bm25 for index hits; title and 文号 weights for short terms).
    public var rank: Double
}
