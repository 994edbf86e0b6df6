/// 分页窗口 — which rows a list page reads, and from which end. Offset paging walks the index
/// from the start, so row 999 960 of a million costs a million steps; when the list's length is
/// already known and the window lies in its second half, the same rows are read in reversed
/// order from the end (then flipped back), so the cost is bounded by half the list and `G` (the
/// last page) is as cheap as `g`.
struct PageWindow: Equatable {
    /// What to put in `LIMIT ? OFFSET ?` of the query in the chosen direction.
    var offset: Int
    var limit: Int
    /// Read with the reversed order and reverse the rows afterwards.
    var fromEnd: Bool

    init(offset: Int, limit: Int, total: Int) {
        if total > 0, offset > total / 2 {
            let rows = max(0, min(limit, total - offset))
            self.offset = max(0, total - offset - rows)
            self.limit = rows
            fromEnd = true
        } else {
            self.offset = offset
            self.limit = limit
            fromEnd = false
        }
    }
}
