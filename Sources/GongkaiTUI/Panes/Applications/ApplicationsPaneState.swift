import GongkaiCore
import GongkaiStore

/// 申请窗格状态 — the filter, the open detail view and the open form, as plain values so the view
/// stays a pure function of the state.
public struct ApplicationsPaneState: Equatable, Sendable {
    /// 筛选 — state, unit and `/` search (paged from the database).
    public var query = ApplicationQuery()
    /// 申请详情 while open (Enter).
    public var detail: ApplicationDetailView?
    /// 登记表单 while open (a, c, C, s, S, x, r, w).
    public var form: FormState?

    public init() {}

    /// "状态=逾期 单位=县教育局 搜索=张" for the message line.
    public var filterSummary: String {
        var parts: [String] = []
        if let s = query.state { parts.append(TUIText.Applications.filterState.text(["\(s.displayName)"])) }
        if let u = query.unit { parts.append(TUIText.Applications.filterUnit.text(["\(u)"])) }
        if let q = query.search { parts.append(TUIText.Applications.filterSearch.text(["\(q)"])) }
        return parts.isEmpty ? TUIText.Applications.filterNone.text() : parts.joined(separator: " ")
    }
}

/// 申请详情视图 — the lines of `ApplicationDetail.detailLines` (timeline and derivation, each with
/// its kind for styling) and the scroll.
public struct ApplicationDetailView: Equatable, Sendable {
    public var id: String
    public var lines: [DetailLine]
    public var scroll = 0
    /// Kept for the event forms' hints (notice due, current due date, extensions so far).
    public var clock: ClockStatus

    public init(_ detail: ApplicationDetail) {
        id = detail.id
        lines = detail.detailLines
        clock = detail.clock
    }
}
