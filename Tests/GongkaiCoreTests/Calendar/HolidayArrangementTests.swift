import Foundation
import Testing
@testable import GongkaiCore

@Suite struct HolidayArrangementTests {
    static let adminJSON = """
    {"year":2027,"notice":"测试用安排","noticeDate":"2026-11-10",
     "daysOff":["2027-01-01","2027-02-05..2027-02-11"," 2027-10-01 .. 2027-10-03 "],
     "makeUpWorkdays":["2027-02-20"]}
    """

    @Test("the admin JSON file with single days and ranges")
    func decodesAdminJSON() throws {
        let a = try HolidayArrangement.fromJSON(Data(Self.adminJSON.utf8))
        #expect(a.year == 2027)
        #expect(a.notice == "测试用安排")
        #expect(a.noticeDate == d("2026-11-10"))
        #expect(a.daysOff == [d("2027-01-01")] + days("2027-02-05", "2027-02-11") + days("2027-10-01", "2027-10-03"))
        #expect(a.makeUpWorkdays == [d("2027-02-20")])
        // Decodable reads the same shape.
        let viaDecoder = try JSONDecoder().decode(HolidayArrangement.self, from: Data(Self.adminJSON.utf8))
        #expect(viaDecoder == a)
    }

    @Test("encoding writes runs as ranges and decodes back to the same arrangement")
    func roundTrip() throws {
        let data = try JSONEncoder().encode(HolidayArrangement.year2026)
        let obj = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(obj["daysOff"] as? [String] == ["2026-01-01..2026-01-03", "2026-02-15..2026-02-23",
                                               "2026-04-04..2026-04-06", "2026-05-01..2026-05-05",
                                               "2026-06-19..2026-06-21", "2026-09-25..2026-09-27",
                                               "2026-10-01..2026-10-07"])
        #expect(obj["noticeDate"] as? String == "2025-11-04")
        #expect(try HolidayArrangement.fromJSON(data) == HolidayArrangement.year2026)
    }

    @Test("makeUpWorkdays may be omitted")
    func makeUpOptional() throws {
        let a = try HolidayArrangement.fromJSON(Data(#"{"year":2027,"notice":"n","noticeDate":"2026-11-01","daysOff":["2027-01-01"]}"#.utf8))
        #expect(a.makeUpWorkdays.isEmpty)
    }

    func refuse(_ expected: ArrangementError, year: Int = 2027, notice: String = "测试",
                noticeDate: String = "2026-11-10", off: [String] = ["2027-01-01"], makeUp: [String] = []) {
        #expect(throws: expected) {
            try HolidayArrangement.validated(year: year, notice: notice, noticeDate: noticeDate,
                                             daysOff: off, makeUpWorkdays: makeUp)
        }
    }

    @Test("validation refuses bad input with the exact reason")
    func validation() {
        refuse(.makeUpNotWeekend(d("2027-02-18")), makeUp: ["2027-02-18"]) // a Thursday
        refuse(.dayOffAlsoMakeUp(d("2027-02-06")), off: ["2027-02-05..2027-02-11"], makeUp: ["2027-02-06"])
        refuse(.dateOutsideYear(.daysOff, d("2026-10-01"), year: 2027), off: ["2026-10-01"])
        refuse(.dateOutsideYear(.makeUpWorkdays, d("2028-01-15"), year: 2027), makeUp: ["2028-01-15"])
        refuse(.invalidDate(.daysOff, "2027-02-30"), off: ["2027-02-30"])
        refuse(.invalidDate(.daysOff, "2027/01/01"), off: ["2027/01/01"])
        refuse(.invalidDate(.makeUpWorkdays, "2027-02-20..x"), makeUp: ["2027-02-20..x"])
        refuse(.invalidRange(.daysOff, "2027-02-11..2027-02-05"), off: ["2027-02-11..2027-02-05"])
        refuse(.invalidRange(.daysOff, "2027-02-05..2027-03-11"), off: ["2027-02-05..2027-03-11"])
        refuse(.emptyNotice, notice: "  ")
        refuse(.invalidNoticeDate("11/10/2026"), noticeDate: "11/10/2026")
        refuse(.noticeDateOutOfRange(d("2025-11-10"), year: 2027), noticeDate: "2025-11-10")
        refuse(.noDaysOff(year: 2027), off: [])
        refuse(.invalidYear(20270), year: 20270)
    }

    @Test("days just across New Year are accepted (2023 starts 2022-12-31; a make-up on 12-31 of the year before)")
    func adjacentDays() throws {
        let a = try HolidayArrangement.validated(year: 2012, notice: "测试", noticeDate: "2011-12-01",
                                                 daysOff: ["2012-01-01..2012-01-03"], makeUpWorkdays: ["2011-12-31"])
        #expect(a.makeUpWorkdays == [d("2011-12-31")])
    }

    @Test("duplicate and overlapping entries are merged, not counted twice")
    func duplicates() throws {
        let a = try HolidayArrangement.validated(year: 2027, notice: "测试", noticeDate: "2026-11-10",
                                                 daysOff: ["2027-02-05..2027-02-08", "2027-02-08", "2027-02-07..2027-02-09"],
                                                 makeUpWorkdays: [])
        #expect(a.daysOff == days("2027-02-05", "2027-02-09"))
    }

    @Test("malformed JSON gives an ArrangementError naming the problem")
    func malformedJSON() {
        #expect(throws: ArrangementError.malformedJSON("missing key \"daysOff\"")) {
            try HolidayArrangement.fromJSON(Data(#"{"year":2027,"notice":"n","noticeDate":"2026-11-01"}"#.utf8))
        }
        #expect {
            try HolidayArrangement.fromJSON(Data("not json".utf8))
        } throws: { error in
            guard case .malformedJSON = error as? ArrangementError else { return false }
            return true
        }
    }

    @Test("messages are in the interface language only: Chinese, or English")
    func messages() {
        let e = ArrangementError.makeUpNotWeekend(d("2027-02-18"))
        #expect(e.message == "调休上班日期 2027-02-18 不是星期六或星期日")
        UILanguage.$current.withValue(.en) {
            #expect(e.message == "make-up workday 2027-02-18 is not a Saturday or Sunday")
        }
        #expect(e.localizedDescription == e.message)
        #expect(ArrangementError.dateOutsideYear(.daysOff, d("2026-10-01"), year: 2027).chineseMessage.contains("放假日期"))
    }
}
