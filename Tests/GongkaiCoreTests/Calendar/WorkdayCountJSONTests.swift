import Foundation
import Testing
@testable import GongkaiCore

@Suite struct WorkdayCountJSONTests {
    @Test("WorkdayCount encodes exactly {from, days, due, provisional, skipped[{date, reason}], missingYears}")
    func shape() throws {
        let r = WorkdayCalendar.builtIn.addWorkdays(from: d("2026-12-30"), days: 3,
                                                    pausedWorkdays: [d("2026-12-31")])
        let data = try JSONEncoder().encode(r)
        let obj = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(obj.keys) == ["from", "days", "due", "provisional", "skipped", "missingYears"])
        #expect(obj["from"] as? String == "2026-12-30")
        #expect(obj["days"] as? Int == 3)
        // 12-31 paused; 2027-01-01 (Fri, not guessed a holiday), 01-02/03 weekend, 01-04, 01-05.
        #expect(obj["due"] as? String == "2027-01-05")
        #expect(obj["provisional"] as? Bool == true)
        #expect(obj["missingYears"] as? [Int] == [2027])
        let skipped = try #require(obj["skipped"] as? [[String: Any]])
        #expect(skipped.count == 3)
        for entry in skipped { #expect(Set(entry.keys) == ["date", "reason"]) }
        #expect(skipped.map { $0["date"] as? String } == ["2026-12-31", "2027-01-02", "2027-01-03"])
        #expect(skipped.map { $0["reason"] as? String } == ["paused", "weekend", "weekend"])
        // And back.
        #expect(try JSONDecoder().decode(WorkdayCount.self, from: data) == r)
    }

    @Test("a covered result has provisional false and an empty missingYears array")
    func covered() throws {
        let r = WorkdayCalendar.builtIn.addWorkdays(from: d("2025-09-26"), days: 20)
        let obj = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(r)) as? [String: Any])
        #expect(obj["due"] as? String == "2025-10-30")
        #expect(obj["provisional"] as? Bool == false)
        #expect((obj["missingYears"] as? [Int])?.isEmpty == true)
        let reasons = Set((obj["skipped"] as? [[String: Any]] ?? []).compactMap { $0["reason"] as? String })
        #expect(reasons == ["holiday", "weekend"])
    }
}
