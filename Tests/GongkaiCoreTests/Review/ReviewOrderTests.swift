import Testing
@testable import GongkaiCore

@Suite("待办排序 ReviewOrder")
struct ReviewOrderTests {
    func item(_ kind: ReviewKind, _ id: String, _ due: String?, overdue: Bool = false) -> ReviewItem {
        ReviewItem(kind: kind, id: id, title: id, due: due.flatMap { CivilDate(iso: $0) }, reason: "", overdue: overdue)
    }

    @Test func overdueFirstThenEarliestDeadlineThenTheUndated() {
        let items = [
            item(.staleColumn, "s", nil),
            item(.documentReview, "d2", "2026-12-15"),
            item(.publicationOverdue, "p", "2026-11-01", overdue: true),
            item(.documentReview, "d1", "2026-12-09"),
            item(.applicationOverdue, "a", "2026-11-20", overdue: true),
        ]
        #expect(ReviewOrder.sorted(items).map(\.id) == ["p", "a", "d1", "d2", "s"])
    }

    @Test func sameDayPutsThePublicsDeadlinesFirstAndIsStable() {
        let items = [
            item(.documentReview, "d", "2026-12-01"),
            item(.applicationDueSoon, "b", "2026-12-01"),
            item(.applicationDueSoon, "a", "2026-12-01"),
        ]
        #expect(ReviewOrder.sorted(items).map(\.id) == ["a", "b", "d"])
    }

    /// Two lists each in inbox order, merged, are the inbox order of both (the outline merges the
    /// overdue requests read in order from the index with the rest).
    @Test func mergingTwoOrderedListsIsSortingBoth() {
        var rng = SystemRandomNumberGenerator()
        let kinds: [ReviewKind] = [.applicationOverdue, .documentReview, .staleColumn, .applicationDueSoon, .publicationOverdue]
        for _ in 0..<200 {
            func random() -> ReviewItem {
                item(kinds.randomElement(using: &rng)!, "i\(Int.random(in: 0..<30, using: &rng))",
                     Bool.random(using: &rng) ? "2026-12-\(10 + Int.random(in: 0..<9, using: &rng))" : nil,
                     overdue: Bool.random(using: &rng))
            }
            let a = (0..<Int.random(in: 0..<12, using: &rng)).map { _ in random() }
            let b = (0..<Int.random(in: 0..<12, using: &rng)).map { _ in random() }
            let merged = ReviewOrder.merged(ReviewOrder.sorted(a), ReviewOrder.sorted(b))
            // The same items (as a multiset), each never after one it precedes.
            #expect(merged.map { "\($0)" }.sorted() == (a + b).map { "\($0)" }.sorted())
            #expect(zip(merged, merged.dropFirst()).allSatisfy { !ReviewOrder.precedes($1, $0) })
        }
    }

    @Test func annualReportDeadlinesFollowArticle49() {
        #expect(AnnualReportDeadline.deadline(reportYear: 2026, isCounty: false).iso == "2027-01-31")
        #expect(AnnualReportDeadline.deadline(reportYear: 2026, isCounty: true).iso == "2027-03-31")
        let dec = CivilDate(iso: "2026-12-01")!
        #expect(AnnualReportDeadline.due(today: dec, isCounty: false)?.year == 2026)
        #expect(AnnualReportDeadline.due(today: CivilDate(iso: "2026-11-30")!, isCounty: false) == nil)
        #expect(AnnualReportDeadline.due(today: CivilDate(iso: "2027-02-01")!, isCounty: false) == nil)
        #expect(AnnualReportDeadline.due(today: CivilDate(iso: "2027-02-01")!, isCounty: true)?.deadline.iso == "2027-03-31")
    }

    @Test func everyKindHasAChineseNameAndCode() {
        #expect(ReviewKind.allCases.count == 15)
        #expect(ReviewKind(codeOrName: "申请逾期") == .applicationOverdue)
        #expect(Set(ReviewKind.allCases.map(\.chineseName)).count == 15)
        #expect(ReviewKind(codeOrName: "公众参与") == .decisionConsultation)
        #expect(ReviewKind(codeOrName: "解读待审签") == .interpretationReview)
    }
}
