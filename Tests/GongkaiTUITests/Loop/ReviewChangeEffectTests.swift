import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// 审核改动副作用 — a reviewer's key changes nothing itself: `a`, a return's comment, a snooze's
/// date and `u` hand the loop `Effect.change(.review)`, and the loop makes the change through the
/// service door before the frame. A test driving `update` sees the request and an unchanged workspace.
@Suite("审核改动副作用 A reviewer's decision is made by the loop, not by the key")
struct ReviewChangeEffectTests {
    init() { requireUTF8Locale() }

    func select(_ m: AppModel, id: String) { selectInInbox(m, id: id) }

    /// Opening the inbox reads nothing in the key: the loop reads the plan and the first screen.
    @Test func openingTheInboxIsReadByTheLoop() throws {
        let (m, service, first, _) = try twoInterpretationsInReview()
        let effects = m.update(.key(.char("i")))
        #expect(effects == [.loadView(.inbox)])
        #expect(m.state.inbox != nil && m.state.inbox?.plan == nil && m.state.inbox?.items.isEmpty == true)
        #expect(Effect.performWithoutTerminal(effects, model: m).isEmpty)
        let inbox = try #require(m.state.inbox)
        #expect(inbox.plan?.total == (try service.reviewQueue().count))
        #expect(inbox.items.contains { $0.id == first.id })
        #expect(m.takeEffects().isEmpty, "the first screen was read with the plan")
    }

    /// `H` over the inbox: the overlay opens on the item and the loop reads its story from the audit log.
    @Test func anItemsHistoryIsReadByTheLoop() throws {
        let (m, _, first, _) = try twoInterpretationsInReview()
        m.handle(.char("i"))
        select(m, id: first.id)
        let effects = m.update(.key(.char("H")))
        #expect(effects == [.loadView(.history)])
        #expect(m.state.history?.itemId == first.id && m.state.history?.lines.isEmpty == true)
        _ = Effect.performWithoutTerminal(effects, model: m)
        let story = try (m.data as! ServiceDataSource).history(of: first.id).flatMap(\.lines)
        #expect(!story.isEmpty && m.state.history?.lines == story)
    }

    /// Enter reads nothing in the key: the reader opens on the item and the loop reads its text.
    @Test func theReadersTextIsReadByTheLoop() throws {
        let (m, _, first, _) = try twoInterpretationsInReview()
        m.handle(.char("i"))
        select(m, id: first.id)
        let effects = m.update(.key(.enter))
        #expect(effects == [.loadView(.reader)])
        #expect(m.state.inbox?.reader?.item.id == first.id && m.state.inbox?.reader?.lines.isEmpty == true)
        _ = Effect.performWithoutTerminal(effects, model: m)
        let item = try #require(m.state.inbox?.reader?.item)
        let text = try ReaderContent.lines(for: item, data: m.data, keymap: m.keymap)
        #expect(!text.isEmpty && m.state.inbox?.reader?.lines == text)
    }

    @Test func signingIsAskedOfTheLoopAndMadeWhenPerformed() throws {
        let (m, service, first, _) = try twoInterpretationsInReview()
        m.handle(.char("i"))
        select(m, id: first.id)
        let item = try #require(m.state.inbox?.current)
        let effects = m.update(.key(.char("a")))
        #expect(effects == [.change(.review(.decide(items: [item], action: .approve, comment: nil, overrideReason: nil)))])
        #expect(try interpretationState(service, first.id) == "in-review", "the key signed nothing")
        #expect(m.state.inbox?.lastAction == nil)

        let left = Effect.performWithoutTerminal(effects, model: m)
        #expect(left.isEmpty)
        #expect(try interpretationState(service, first.id) == "approved")
        #expect(m.state.inbox?.lastAction != nil)
        #expect(m.state.message?.isError == false)
        // The inbox was read again: its rows are asked for the loop, which reads them next.
        #expect(m.state.inbox?.items.contains { $0.id == first.id } != true)

        // `u` the same way.
        let undo = m.update(.key(.char("u")))
        #expect(undo == [.change(.review(.undo))])
        #expect(try interpretationState(service, first.id) == "approved")
        _ = Effect.performWithoutTerminal(undo, model: m)
        #expect(try interpretationState(service, first.id) == "in-review")
        #expect(m.state.message?.text == "已撤销")
        // Nothing left to undo: said at once, nothing asked of the loop.
        #expect(m.update(.key(.char("u"))).isEmpty)
        #expect(m.state.message?.isError == true)
    }

    @Test func aReturnsCommentAndASnoozesDateAreMadeByTheLoop() throws {
        let (m, service, first, second) = try twoInterpretationsInReview()
        m.handle(.char("i"))
        select(m, id: first.id)
        let item = try #require(m.state.inbox?.current)
        m.handle(.char("r"))
        for c in "请补充政策背景" { m.handle(.char(c)) }
        let returned = m.update(.key(.enter))
        // The comment's draft goes, and the return is asked of the loop.
        #expect(returned == [.saveReviewDraft(nil),
                             .change(.review(.decide(items: [item], action: .returnToDraft, comment: "请补充政策背景",
                                                     overrideReason: nil)))])
        #expect(try interpretationState(service, first.id) == "in-review")
        _ = Effect.performWithoutTerminal(returned, model: m)
        #expect(try interpretationState(service, first.id) == "draft")

        select(m, id: second.id)
        let snoozed = try #require(m.state.inbox?.current)
        m.handle(.char("s"))
        let prompt = try #require(m.state.inbox?.prompt)
        let until = try #require(CivilDate(iso: prompt.text))
        let effects = m.update(.key(.enter))
        #expect(effects == [.change(.review(.snooze(kind: snoozed.kind, id: snoozed.id, until: until)))])
        #expect(m.state.inbox?.prompt != nil, "the prompt stays until the service took the date")
        _ = Effect.performWithoutTerminal(effects, model: m)
        #expect(m.state.inbox?.prompt == nil)
        #expect(m.state.message?.text.contains(until.iso) == true)
        #expect(m.state.inbox?.items.contains { $0.id == second.id && $0.kind == snoozed.kind } != true)
    }

    /// Through the loop (fake terminal): the frame after `a` already shows the decision made.
    @Test func theLoopMakesTheDecisionBeforeTheFrame() throws {
        let s = try LoopSession(width: 120, height: 40)
        let service = s.service
        let detail = try service.addInterpretation(AddInterpretationRequest(documentId: "D2026-0002", forms: [.text]))
        try service.performInterpretationAction(.submit, id: detail.id)
        s.keys(.char("i"))
        for _ in 0..<40 where s.model.state.inbox?.current?.id != detail.id { s.keys(.char("j")) }
        #expect(s.model.state.inbox?.current?.id == detail.id)
        s.keys(.char("a"))
        #expect(try interpretationState(service, detail.id) == "approved")
        #expect(s.model.takeEffects().isEmpty, "the loop performed everything it was asked")
        #expect(s.model.state.message?.isError == false)
    }
}
