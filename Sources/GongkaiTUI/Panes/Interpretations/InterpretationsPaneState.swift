import GongkaiCore

/// 解读窗格的状态 — the open interpretation sheet and the statistics period shown at the bottom of
/// the pane (the current year unless `:interp-period` chose another).
public struct InterpretationsPaneState: Equatable, Sendable {
    public var sheet: InterpretationSheet?
    /// 统计期间 — nil until the first reload sets the current year.
    public var period: ClosedRange<CivilDate>?
    public var stats: InterpretationStats?
    public var statsError: String?

    public init() {}
}
