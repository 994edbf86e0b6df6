/// 内置节假日安排 — the State Council's arrangements for 2023–2026 exactly as in Docs/领域规则.md §4,
/// which was checked against the official notices (copies circulating online are sometimes wrong).
///
/// Later years are entered by the administrator (C5); until then those years count Monday–Friday
/// and every result touching them is provisional.
extension HolidayArrangement {
    /// 2023: 国务院办公厅关于2023年部分节假日安排的通知, 2022-12-08.
    public static let year2023 = builtIn(
        2023, noticeDate: "2022-12-08",
        daysOff: ["2022-12-31..2023-01-02", "2023-01-21..2023-01-27", "2023-04-05",
                  "2023-04-29..2023-05-03", "2023-06-22..2023-06-24", "2023-09-29..2023-10-06"],
        makeUp: ["2023-01-28", "2023-01-29", "2023-04-23", "2023-05-06", "2023-06-25",
                 "2023-10-07", "2023-10-08"])

    /// 2024: 国务院办公厅关于2024年部分节假日安排的通知, 2023-10-25.
    public static let year2024 = builtIn(
        2024, noticeDate: "2023-10-25",
        daysOff: ["2023-12-30..2024-01-01", "2024-02-10..2024-02-17", "2024-04-04..2024-04-06",
                  "2024-05-01..2024-05-05", "2024-06-08..2024-06-10", "2024-09-15..2024-09-17",
                  "2024-10-01..2024-10-07"],
        makeUp: ["2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11",
                 "2024-09-14", "2024-09-29", "2024-10-12"])

    /// 2025: 国务院办公厅关于2025年部分节假日安排的通知, 2024-11-12 — the first under the 2024
    /// revision of 《全国年节及纪念日放假办法》 (春节 4 days, 劳动节 2 days).
    public static let year2025 = builtIn(
        2025, noticeDate: "2024-11-12",
        daysOff: ["2025-01-01", "2025-01-28..2025-02-04", "2025-04-04..2025-04-06",
                  "2025-05-01..2025-05-05", "2025-05-31..2025-06-02", "2025-10-01..2025-10-08"],
        makeUp: ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"])

    /// 2026: 国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04.
    public static let year2026 = builtIn(
        2026, noticeDate: "2025-11-04",
        daysOff: ["2026-01-01..2026-01-03", "2026-02-15..2026-02-23", "2026-04-04..2026-04-06",
                  "2026-05-01..2026-05-05", "2026-06-19..2026-06-21", "2026-09-25..2026-09-27",
                  "2026-10-01..2026-10-07"],
        makeUp: ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"])

    /// All built-in years, oldest first.
    public static let builtInArrangements: [HolidayArrangement] = [year2023, year2024, year2025, year2026]

    /// The official title pattern, so an admin-entered year reads like the built-in ones.
    public static func noticeTitle(year: Int) -> String { "国务院办公厅关于\(year)年部分节假日安排的通知" }

    // Constant data checked by the tests (BuiltInArrangementTests); a failure here is a typo in
    // this file, so it stops the program rather than silently dropping a year.
    private static func builtIn(_ year: Int, noticeDate: String, daysOff: [String], makeUp: [String])
        -> HolidayArrangement {
        do {
            return try validated(year: year, notice: noticeTitle(year: year), noticeDate: noticeDate,
                                 daysOff: daysOff, makeUpWorkdays: makeUp)
        } catch {
            fatalError("built-in arrangement \(year) is invalid: \(error.message)")
        }
    }
}
