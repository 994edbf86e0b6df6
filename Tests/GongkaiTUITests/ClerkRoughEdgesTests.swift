import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
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
            let zh = FormState.event(kind, applicationId: "A2026-0001", today: d("2026-12-20"), clock: provisionalClock, mayOverride: true)
            #expect(zh.notes.contains { $0.contains("\(due)?（暂定：缺少 2027 年节假日安排）") }, "\(kind): \(zh.notes)")
            let en = UILanguage.$current.withValue(.en) {
                FormState.event(kind, applicationId: "A2026-0001", today: d("2026-12-20"), clock: provisionalClock, mayOverride: true)
            }
            #expect(en.notes.contains { $0.contains("\(due)? (provisional: no holiday arrangement for 2027)") }, "\(kind): \(en.notes)")
        }
        let settled = DeadlineClock.evaluate(received: d("2026-10-09"), events: [], today: d("2026-10-20"), calendar: .builtIn)
        let plain = FormState.event(.reply, applicationId: "A2026-0001", today: d("2026-10-20"), clock: settled, mayOverride: true)
        #expect(!plain.notes.joined().contains("?") && !plain.notes.joined().contains("暂定"))
    }

    /// `login` registers a request through the form and opens its 补正告知 form.
    private func clarifyFormSeenBy(_ login: String) throws -> (AppModel, [String]) {
        requireUTF8Locale()
        let service = GongkaiService(workspace: try seededWorkspace(), actor: Actor(login: login, origin: "test"), today: { pinnedToday })
        let m = AppModel(width: 80, height: 24, data: ServiceDataSource(service: service),
                         workspaceDisplay: "~/.local/share/gongkai/workspace.sqlite")
        m.handle(.char("4"))
        m.handle(.char("a"))
        for _ in 0..<4 { m.handle(.tab) }
        for c in "申请公开镇卫生院采购" { m.handle(.char(c)) }
        m.handle(.backTab)
        for c in "李四" { m.handle(.char(c)) }
        m.handle(.ctrl("s"))
        #expect(m.state.message?.isError == false, "\(m.state.message?.text ?? "")")
        m.handle(.char("c"))
        let purpose = m.state.applications.form?.purpose
        #expect(purpose.map { if case .event(.clarifyRequest, _) = $0 { true } else { false } } == true)
        return (m, screen(m))
    }

    @Test func onlyAnAdminSeesTheOverrideReasonInAnEventForm() throws {
        let (clerk, clerkScreen) = try clarifyFormSeenBy("wang.cg")
        #expect(clerk.state.applications.form?.fields.contains { $0.key == "override" } == false)
        #expect(!clerkScreen.contains { $0.contains("越过规则理由") }, "\(clerkScreen.joined(separator: "\n"))")
        #expect(clerkScreen.contains { $0.contains("*补正期限") })
        let (admin, adminScreen) = try clarifyFormSeenBy("li.ming")
        #expect(admin.state.applications.form?.fields.contains { $0.key == "override" } == true)
        #expect(adminScreen.contains { $0.contains("越过规则理由（仅管理员）") })
    }

    @Test func theReaderCutsALongTitleWithTheListsMark() throws {
        let m = try ReaderGoldenTests().reader("A2026-0001", width: 80, height: 24)
        let title = screen(m)[1]
        #expect(title.hasPrefix(">阅读  [1/6]  申请将到期 A2026-0001  申请 A2026-0001："))
        #expect(title.hasSuffix("~"), "\(title)")
        #expect(TextWidth.of(title) <= 80)
    }
}
