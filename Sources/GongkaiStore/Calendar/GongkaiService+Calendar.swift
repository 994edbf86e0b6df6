import Foundation
import GRDB
import GongkaiCore

extension GongkaiService {
    /// 工作日历 — the built-in years merged with the administrator's (stored years win).
    public func workdayCalendar() throws -> WorkdayCalendar {
        try readShared { db in try Self.workdayCalendar(db) }
    }

    static func workdayCalendar(_ db: Database) throws -> WorkdayCalendar {
        let stored = try String.fetchAll(db, sql: "SELECT arrangement FROM holidayArrangement ORDER BY year")
        let arrangements = try stored.map { json -> HolidayArrangement in
            do {
                return try HolidayArrangement.fromJSON(Data(json.utf8))
            } catch {
                throw CorruptRowError(table: "holidayArrangement", id: "?", column: "arrangement")
            }
        }
        return WorkdayCalendar.builtIn.merging(arrangements)
    }

    /// 导入节假日安排 — stores (or replaces) one year's arrangement, audited, and recomputes the
    /// sort keys of every open application in the same transaction.
    public func importArrangement(_ arrangement: HolidayArrangement) throws -> CalendarImportReport {
        // The notice's text is held to the input policy; its dates are the arrangement's own
        // (a year ahead may be entered as soon as the State Council publishes it).
        try checkInput(arrangement.notice, field: "notice")
        let today = self.today()
        let login = actor.login
        let stamp = now()
        return try change(.calendarImport, item: String(arrangement.year), require: { try $0.requireAdmin() }) { db in
            let before = try String.fetchOne(db, sql: "SELECT arrangement FROM holidayArrangement WHERE year = ?",
                                             arguments: [arrangement.year])
            let replaced: ArrangementSource = before != nil ? .imported
                : WorkdayCalendar.builtIn.hasArrangement(year: arrangement.year) ? .builtIn : .missing
            let json = AuditLog.json(arrangement)
            try db.execute(sql: """
                INSERT OR REPLACE INTO holidayArrangement (year, notice, noticeDate, arrangement, importedAt, importedBy)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [arrangement.year, arrangement.notice, arrangement.noticeDate.iso, json, stamp, login])
            let calendar = try Self.workdayCalendar(db)
            let n = try ApplicationClockCache.refreshOpen(db, calendar: calendar, today: today)
            let report = CalendarImportReport(year: arrangement.year, replaced: replaced, recomputedOpenApplications: n)
            let builtInBefore = replaced == .builtIn
                ? AuditLog.json(WorkdayCalendar.builtIn.arrangementsByYear[arrangement.year]) : nil
            return (report, ChangeRecord(before: before ?? builtInBefore, after: json))
        }
    }

    /// 查看某年安排.
    public func calendarYear(_ year: Int) throws -> CalendarYear {
        // A calendar may be shown (and arranged) ahead: 1990 to ten years from now.
        try InputBounds.check(number: year, field: "year",
                              range: InputBounds.earliestDate.year...(today().year + InputBounds.calendarYearsAhead))
        return try readShared { db in
            let row = try Row.fetchOne(db, sql: "SELECT * FROM holidayArrangement WHERE year = ?", arguments: [year])
            let calendar = try Self.workdayCalendar(db)
            guard let a = calendar.arrangementsByYear[year] else {
                return CalendarYear(year: year, source: .missing, provisional: true, notice: nil, noticeDate: nil,
                                    daysOff: [], makeUpWorkdays: [], importedAt: nil, importedBy: nil,
                                    estimatedHolidays: HolidayArrangement.compact(HolidayEstimator.estimatedHolidays(year: year)))
            }
            return CalendarYear(year: year, source: row == nil ? .builtIn : .imported, provisional: false,
                                notice: a.notice, noticeDate: a.noticeDate,
                                daysOff: HolidayArrangement.compact(a.daysOff),
                                makeUpWorkdays: HolidayArrangement.compact(a.makeUpWorkdays),
                                importedAt: row?["importedAt"], importedBy: row?["importedBy"],
                                estimatedHolidays: [])
        }
    }

    /// 工作日计算 — "N working days from D" with the calendar in force (C1, C5, C7).
    public func addWorkdays(from: CivilDate, days: Int) throws -> WorkdayCount {
        guard days >= 0 else { throw ServiceError.invalidValue(StoreText.Reports.negativeWorkdays.with()) }
        try InputBounds.check(number: days, field: "days", range: 0...InputBounds.maxWorkdays)
        try checkInput(from, field: "from")
        return try workdayCalendar().addWorkdays(from: from, days: days)
    }
}
