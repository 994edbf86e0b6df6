import Foundation
import GongkaiCore

/// 输入范围 — the documented bounds of numbers and dates a request may carry, checked at the
/// service door (`RequestInputCheck`) so the TUI, the CLI and import all get them, and no request
/// makes unbounded work (`--days 9223372036854775807`) or an impossible record (收到日期 0001-01-01).
///
/// Dates (by the request's field): 成文日期 `formed` from 1949-10-01; 有效期至 `validUntil` up to
/// the end of the year 50 years from now; every other date (收到申请之日, every application event —
/// new kinds included —, 发布, 巡检, 征求意见, 复议诉讼 …) from 1990-01-01 to 31 December of next year.
/// Numbers: working days to add (`calendar add-workdays --days`) at most 5 000 either way;
/// `--due-within` 0–366 working days; an event's days 0–366; a page `--limit` 0–10 000 and
/// `--offset` 0–10 000 000; a column's update period (`stalenessDays`) 1–3 660 days; the
/// consultation and interpretation settings' day counts 0–366; a year (`--year` of reports,
/// statistics, registers, ledgers) from 1990 to next year; `demo generate` counts up to 2 000 000 each; `calendar show YEAR` up to ten years ahead.
public enum InputBounds {
    public static let earliestDate = CivilDate(year: 1990, month: 1, day: 1)!
    /// 中华人民共和国成立 — the earliest 成文日期 of a document kept in a catalog.
    public static let earliestFormed = CivilDate(year: 1949, month: 10, day: 1)!
    public static let maxWorkdays = 5_000
    public static let maxDueWithin = 366
    public static let maxEventDays = 366
    public static let maxLimit = 10_000
    public static let maxOffset = 10_000_000
    /// `demo generate --documents / --applications`: a county at scale is 20 000 and 5 000; the
    /// statistics were measured at a million applications.
    public static let maxDemoRecords = 2_000_000
    /// Years a working-day calendar (`calendar show`) may be shown ahead.
    public static let calendarYearsAhead = 10
    /// Years a validity may reach ahead.
    public static let validityYearsAhead = 50

    /// 31 December of the year after `today`.
    public static func latestDate(today: CivilDate) -> CivilDate {
        CivilDate(year: today.year + 1, month: 12, day: 31)!
    }

    /// The accepted range of the date field named `label`.
    public static func dateRange(forField label: String, today: CivilDate) -> ClosedRange<CivilDate> {
        switch label {
        case "formed": return earliestFormed...latestDate(today: today)
        case "validUntil": return earliestFormed...CivilDate(year: today.year + validityYearsAhead, month: 12, day: 31)!
        default: return earliestDate...latestDate(today: today)
        }
    }

    /// The accepted range of the number field named `label`, or nil when it has no bound here.
    public static func numberRange(forField label: String) -> ClosedRange<Int>? {
        switch label {
        case "limit": return 0...maxLimit
        case "offset": return 0...maxOffset
        case "dueWithin": return 0...maxDueWithin
        case "days": return 0...maxEventDays
        case "stalenessDays": return 0...3_660   // 0 is refused by the catalog rule itself (CatalogError)
        case "minimumPublicCommentDays", "closingSoonDays", "allowedLagWorkdays": return 0...366
        default: return nil
        }
    }

    /// The accepted years (reports, statistics, registers, calendars): 1990 to next year.
    public static func yearRange(today: CivilDate) -> ClosedRange<Int> { earliestDate.year...(today.year + 1) }

    /// Refuses a date outside its field's range.
    public static func check(date: CivilDate, field: String, today: CivilDate) throws {
        let range = dateRange(forField: field, today: today)
        guard range.contains(date) else {
            throw ServiceError.invalidValue(StoreText.Input.dateOutOfRange.with([
                TextInputPolicy.fieldName(field), date.iso, range.lowerBound.iso, range.upperBound.iso]))
        }
    }

    /// Refuses a number outside `range`.
    public static func check(number: Int, field: String, range: ClosedRange<Int>) throws {
        guard range.contains(number) else {
            throw ServiceError.invalidValue(StoreText.Input.numberOutOfRange.with([
                TextInputPolicy.fieldName(field), "\(number)", "\(range.lowerBound)", "\(range.upperBound)"]))
        }
    }
}
