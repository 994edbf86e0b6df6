import GongkaiCore

/// 统计视图 — `:stats` open over the panes: the year, the unit asked for (nil: the officer's
/// default — own unit, or every unit for the county office), the figures and the scroll.
public struct StatisticsViewState: Equatable, Sendable {
    public var year: Int
    /// A unit id or name, `county` for every unit, nil for the default.
    public var unit: String?
    public var result: YearStatistics?
    public var scroll = 0

    public init(year: Int, unit: String? = nil) {
        self.year = year
        self.unit = unit
    }
}
