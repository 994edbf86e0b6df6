/// 检索结果 — the best hits of a search and how many documents match in all (the 文件 pane's `/`
/// says "共 1918 件，显示前 50 件"). The count comes from the same index query that ranks the hits,
/// so it never reads a body and always agrees with what a longer list would show.
public struct DocumentSearchResult: Codable, Sendable, Hashable {
    /// The best `limit` hits, best first.
    public var hits: [DocumentSearchHit]
    /// Every document the query matches within the officer's scope (≥ `hits.count`).
    public var total: Int

    public init(hits: [DocumentSearchHit], total: Int) {
        self.hits = hits
        self.total = total
    }
}
