import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiTUI

private func d(_ s: String) -> CivilDate { CivilDate(iso: s)! }

/// Rough edges found walking the clerk's day (issue 22).
@Suite struct ClerkRoughEdgesTests {
    /// A clock received 2026-12-10 runs into 2027, whose arrangement the built-in calendar lacks.
    private let provisionalClock = DeadlineClock.evaluate(received: d("2026-12-10"), events: [], today: d("2026-12-20"),
                                                          calendar: .builtIn)

    @Test func extendAndReplyFormsNameTheMissingYearAfterAProvisionalDue() throws {
        #expect(provisionalClock.provisional && provisionalClock.missingYears == [2027])
        let due = try #require(provisionalClock.due).iso
        for kind in [ApplicationEventKind.extend, .reply] {
            let zh = FormState.event(kind, applicationId: "A2026-0001", today: d("2026-12-20"), clock: provisionalClock)
            #expect(zh.notes.contains { $0.contains("\(due)?（暂定：缺少 2027 年节假日安排）") }, "\(kind): \(zh.notes)")
            let en = UILanguage.$current.withValue(.en) {
                FormState.event(kind, applicationId: "A2026-0001", today: d("2026-12-20"), clock: provisionalClock)
            }
            #expect(en.notes.contains { $0.contains("\(due)? (provisional: no holiday arrangement for 2027)") }, "\(kind): \(en.notes)")
        }
        let settled = DeadlineClock.evaluate(received: d("2026-10-09"), events: [], today: d("2026-10-20"), calendar: .builtIn)
        let plain = FormState.event(.reply, applicationId: "A2026-0001", today: d("2026-10-20"), clock: settled)
        #expect(!plain.notes.joined().contains("?") && !plain.notes.joined().contains("暂定"))
    }

    @Test func theReaderCutsALongTitleWithTheListsMark() throws {
        let m = try ReaderGoldenTests().reader("A2026-0001", width: 80, height: 24)
        let title = screen(m)[1]
        #expect(title.hasPrefix(">阅读  [1/6]  申请将到期 A2026-0001  申请 A2026-0001："))
        #expect(title.hasSuffix("~"), "\(title)")
        #expect(TextWidth.of(title) <= 80)
    }
}
