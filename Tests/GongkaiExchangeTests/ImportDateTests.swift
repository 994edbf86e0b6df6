import Testing
@testable import GongkaiCore
@testable import GongkaiExchange

/// A plain ISO date cell is read straight from its bytes (issue 20); it must give what the general
/// reading of every accepted form gives, and leave every other form to it.
@Suite("导入的日期 Import dates")
struct ImportDateTests {
    @Test func plainISOEqualsTheGeneralReading() {
        var cells: [String] = []
        for year in [1899, 1990, 2024, 2025, 2026, 9999] {
            for month in [0, 1, 2, 9, 10, 12, 13] {
                for day in [0, 1, 9, 28, 29, 30, 31, 32] {
                    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
                    cells.append("\(year)-\(two(month))-\(two(day))")
                }
            }
        }
        cells += ["2026-3-05", "2026-03-5", "2026/03/05", "2026-03-05 ", " 2026-03-05", "2026-0a-05", "20260305xx",
                  "2026--3-05", "-026-03-05", "２０２６-03-05", "2026-03-05T0", "46086"]
        var read = 0
        for cell in cells {
            #expect(ExchangeDate.parse(cell) == ExchangeDate.general(cell), "\(cell)")
            if ExchangeDate.plainISO(cell) != nil {
                read += 1
                #expect(ExchangeDate.plainISO(cell) == ExchangeDate.general(cell), "\(cell)")
            }
        }
        // Valid days are read by the fast path; the other forms are left to the general reading.
        #expect(read > 100)
        #expect(ExchangeDate.plainISO("2026/03/05") == nil)
        #expect(ExchangeDate.plainISO("2026-02-29") == nil)
        #expect(ExchangeDate.parse("2026-03-05") == CivilDate(year: 2026, month: 3, day: 5))
    }
}
