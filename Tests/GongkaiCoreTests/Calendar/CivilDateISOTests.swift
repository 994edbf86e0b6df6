import Foundation
import Testing
@testable import GongkaiCore

/// 日期 — ISO `YYYY-MM-DD` is the only form read and written: four, two and two ASCII digits with
/// two hyphens, a day that exists; written back the same, zero-padded, whatever the day.
@Suite("日期 ISO dates")
struct CivilDateISOTests {
    @Test(arguments: ["2026-1２-01", "２026-12-01", "2026-12-01\u{301}", "2026/12/01", "2026-12-1", " 2026-12-01",
                      "2026-12-01 ", "2025-02-29", "2026-13-01", "2026-00-10", "2026-12-00", "0000-01-01", "20261-2-01",
                      "2026--12-1", "+026-12-01", "2026-12-３1", "", "2026-12-011"])
    func anythingElseIsRefused(_ text: String) {
        #expect(CivilDate(iso: text) == nil, "\(text)")
    }

    /// 1899-03-01 … 2101-02-28: the centuries' turns (1900 and 2100 no leap day, 2000 one).
    @Test func everyDayOfTwoCenturiesReadsAndWritesTheSame() {
        var day = CivilDate(year: 1899, month: 3, day: 1)!
        let end = CivilDate(year: 2101, month: 3, day: 1)!
        var checked = 0
        while day < end {
            let text = day.iso
            #expect(text.utf8.count == 10 && CivilDate(iso: text) == day, "\(text)")
            #expect(text == String(format: "%04d-%02d-%02d", day.year, day.month, day.day))
            day = day.adding(days: 1)
            checked += 1
        }
        #expect(checked == end.dayNumber - CivilDate(year: 1899, month: 3, day: 1)!.dayNumber && checked > 73_000)
        #expect(CivilDate(iso: "2024-02-29")?.iso == "2024-02-29" && CivilDate(year: 12, month: 3, day: 4)?.iso == "0012-03-04")
    }
}
