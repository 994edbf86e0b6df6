import GongkaiCore
import GongkaiStore

/// What the statistics view reads, through the service door (the same access rules as
/// `gongkai stats`).
public protocol StatisticsDataSource: AnyObject {
    func yearStatistics(year: Int, unit: String?) throws -> YearStatistics
    /// The units `u` steps through: nil (every unit) then each unit for the county office;
    /// empty for a unit officer (their own unit only).
    func statisticsUnits() throws -> [OrgUnit?]
}

extension ServiceDataSource: StatisticsDataSource {
    public func yearStatistics(year: Int, unit: String?) throws -> YearStatistics {
        try service.yearStatistics(year: year, unit: unit)
    }

    public func statisticsUnits() throws -> [OrgUnit?] {
        guard try service.currentOfficer().seesAllUnits else { return [] }
        return [nil] + (try service.units())
    }
}
