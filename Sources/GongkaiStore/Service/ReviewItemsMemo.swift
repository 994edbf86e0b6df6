import Foundation
import GRDB
import GongkaiCore

/// 待办项备忘 — inbox items worked out in Swift, kept while they cannot have changed: nothing
/// committed through this workspace's writer (any commit forgets them), the workspace's change
/// counters as they were (another process's writes raise them), the same day, officer, scope of
/// units and interface language (the items are worded). Kept per workspace, like the catalog
/// snapshot (`CatalogSnapshotMemo`). Two are kept:
/// - `Workspace.reviewNear`: the items of the open requests near a date (`applicationItems(…,
///   plainOverdue: false)`: due within days, a consultation closing, the correction notice's last
///   days …), each worked out from its events; the status bar's count (`reviewCount`) and the
///   inbox's plan both need them;
/// - `Workspace.reviewPlaced`: the inbox plan's computed items (`reviewItems(depth: .paged)`), so
///   opening the inbox again reads only the 三同步 runs and the rows on screen.
final class ReviewItemsMemo: @unchecked Sendable {
    struct Key: Equatable {
        var counters: ChangeCounters
        var today: CivilDate
        var login: String
        var unitId: String?
        var language: UILanguage
    }

    private let memo = CommitMemo<Key, [ReviewItem]>()

    /// Watches `writer`'s commits (call once, outside any database access).
    func attach(to writer: any DatabaseWriter) { memo.attach(to: writer) }

    /// The items as of `db`'s transaction: the kept ones if still valid, else `compute()`'s.
    func items(_ db: Database, today: CivilDate, login: String, scope: UnitScope,
               compute: () throws -> [ReviewItem]) throws -> [ReviewItem] {
        let key = Key(counters: try ChangeCounterStore.read(db), today: today, login: login, unitId: scope.unitId,
                      language: UILanguage.current)
        return try memo.value(for: key, compute: compute)
    }
}
