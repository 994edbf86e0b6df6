import GongkaiCore
import GongkaiStore

/// 登记簿的一行 — what the register view shows of one record: its list cells and its detail lines,
/// prepared from the service's results (RegisterItems) so that drawing is a pure function.
public struct RegisterItem: Equatable, Sendable {
    public var id: String
    public var cells: [String]
    public var detail: [String]
    /// Drawn in this style when not selected (overdue, awaiting a fix …).
    public var emphasis: StyleRole?
}

/// 登记簿视图 — one register open over the panes (`:duties`, `:consult`, `:inspect`, or Enter on the
/// catalog column it belongs to): its rows for one unit (or every unit the officer sees), the
/// selection, and whether the selected record's detail is shown.
public struct RegisterViewState: Equatable, Sendable {
    public var kind: RegisterKind
    /// nil: every unit the officer may see.
    public var unitId: String?
    public var unitName: String?
    /// 网站巡检 only: the report of columns not updated instead of the inspection records.
    public var showStale = false
    public var items: [RegisterItem] = []
    public var selected = 0
    public var scroll = 0
    public var detail = false
    public var detailScroll = 0
    public var error: String?
    /// The open add / edit / close form (Registers/RegisterFormController), nil when none.
    public var form: FormState?
    /// The form as opened, to tell whether Esc would lose typed input (nil: restored from a draft).
    public var formAsOpened: FormState?

    public init(kind: RegisterKind, unitId: String?, unitName: String?) {
        self.kind = kind
        self.unitId = unitId
        self.unitName = unitName
    }

    public var current: RegisterItem? { items.indices.contains(selected) ? items[selected] : nil }
}
