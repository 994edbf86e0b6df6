import Foundation
import GRDB
import GongkaiCore

/// 缺少节假日安排的年份 — the calendar years an open deadline reaches that have no holiday
/// arrangement (their dates are provisional, Docs/约定.md C5), for the first screen's hint.
///
/// Deadlines run a few weeks ahead, so only this year and the next can be missing (when both are
/// entered, the usual case, nothing is read). An open deadline is an open application's stored
/// date (`sortDue`: the reply date while the clock runs, the consultation's, correction's or
/// fee's deadline while it waits) or the 20-working-day publication date of a proactive document
/// not yet published (第二十六条). Counting from today touches this year, so this year is reached
/// when any deadline is open; next year when one of those dates falls in it or later. Read in
/// SQL through the indexes, in the officer's scope: the first frame never evaluates clocks for it.
/// `ProvisionalYearsStoreTests` keeps it equal to the same rule over every list item.
extension GongkaiService {
    public func provisionalYears() throws -> [Int] {
        let today = self.today()
        return try read { db, access in
            let calendar = try Self.workdayCalendar(db)
            let candidates = calendar.missingYears(from: today.year, to: today.year + 1)
            guard !candidates.isEmpty else { return [] }
            let scope = UnitScope(access.policy)
            var reached: [Int] = []
            for year in candidates {
                let from = CivilDate(year: year, month: 1, day: 1)!
                // This year: any open deadline; a later year: one whose date lies in it or later.
                let since = year == today.year ? "0000-01-01" : from.iso
                let application = try Bool.fetchOne(db.cachedStatement(sql: """
                    SELECT EXISTS (SELECT 1 FROM application a
                                   WHERE a.sortRank < 2 AND a.sortDue >= ? AND \(scope.sql("a.unitId")))
                    """), arguments: [since] + scope.arguments) ?? false
                let document = try documentReaches(db, from: from, thisYear: year == today.year,
                                                   calendar: calendar, scope: scope)
                if application || document {
                    reached.append(year)
                }
            }
            return reached
        }
    }

    /// Whether an unpublished proactive document's publication date falls on or after `from`
    /// (`thisYear`: whether any such document exists). Its date is 20 working days after it was
    /// formed, never more than 60 calendar days (the longest holiday run is 8 days), so only the
    /// documents formed in the last 60 days before `from` or later are counted.
    private func documentReaches(_ db: Database, from: CivilDate, thisYear: Bool, calendar: WorkdayCalendar,
                                 scope: UnitScope) throws -> Bool {
        let open = "d.attribute = 'proactive' AND d.published IS NULL AND \(scope.sql("d.unitId"))"
        if thisYear {
            return try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM document d WHERE \(open))"),
                                     arguments: scope.arguments) ?? false
        }
        let formed = try String.fetchAll(db.cachedStatement(sql: "SELECT d.formed FROM document d WHERE \(open) AND d.formed >= ?"),
                                         arguments: scope.arguments + [from.adding(days: -60).iso])
        return formed.contains { text in
            guard let day = CivilDate(iso: text) else { return false }
            return calendar.addWorkdays(from: day, days: PublicationClock.workdays).due >= from
        }
    }
}
