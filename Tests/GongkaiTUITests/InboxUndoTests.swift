import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// Issue 22: `u` in the inbox undoes an interpretation's sign-off or return as it does a document's,
/// through the service (audited), while nothing has happened to it since.
/// The demo workspace at 120×40 with two interpretations (of D2026-0002 and D2026-0010) submitted
/// for sign-off: what the inbox tests of interpretation decisions start from.
func twoInterpretationsInReview() throws -> (AppModel, GongkaiService, first: InterpretationDetail, second: InterpretationDetail) {
    let m = try demoModel(width: 120, height: 40)
    let service = (m.data as! ServiceDataSource).service
    let first = try service.addInterpretation(AddInterpretationRequest(documentId: "D2026-0002", forms: [.text]))
    let second = try service.addInterpretation(AddInterpretationRequest(documentId: "D2026-0010", forms: [.text]))
    try service.performInterpretationAction(.submit, id: first.id)
    try service.performInterpretationAction(.submit, id: second.id)
    return (m, service, first, second)
}

/// An interpretation's state as stored.
func interpretationState(_ service: GongkaiService, _ id: String) throws -> String? {
    try service.workspace.writer.read { db in
        try String.fetchOne(db, sql: "SELECT state FROM interpretation WHERE id = ?", arguments: [id])
    }
}

/// Moves the open inbox's selection down to the item `id` (bounded by the items read).
func selectInInbox(_ m: AppModel, id: String) {
    while m.state.inbox?.current?.id != id, let inbox = m.state.inbox, inbox.selected < inbox.items.count - 1 {
        m.handle(.char("j"))
    }
}

@Suite("待办箱撤销解读 Undoing an interpretation decision")
struct InboxUndoTests {
    init() { requireUTF8Locale() }

    func select(_ m: AppModel, id: String) { selectInInbox(m, id: id) }

    @Test func aSignOffAndAReturnAreUndoneAndAudited() throws {
        let (m, service, first, second) = try twoInterpretationsInReview()
        func state(_ id: String) throws -> String? { try interpretationState(service, id) }
        m.handle(.char("i"))
        select(m, id: first.id)
        m.handle(.char("a"))
        #expect(try state(first.id) == "approved")
        m.handle(.char("u"))
        #expect(m.state.message?.text == "已撤销" && m.state.message?.isError == false)
        #expect(try state(first.id) == "in-review")
        #expect(try service.interpretation(id: first.id).approved == nil)
        #expect(m.state.inbox?.items.contains { $0.id == first.id } == true, "back in the inbox")
        let steps = try service.interpretationSteps(id: first.id)
        #expect(steps.last?.action == "undo" && steps.last?.to == .inReview)
        #expect(try service.auditEntries(AuditQuery(item: first.id)).map(\.action).contains(AuditAction.interpretationUndo.rawValue))
        // A second u has nothing left to undo.
        m.handle(.char("u"))
        #expect(m.state.message?.isError == true)

        // A return is undone too; once the interpretation changed since, the service refuses and says why.
        select(m, id: second.id)
        m.handle(.char("r"))
        for c in "请补充政策背景" { m.handle(.char(c)) }
        m.handle(.enter)
        #expect(try state(second.id) == "draft")
        try service.performInterpretationAction(.submit, id: second.id)
        m.handle(.char("u"))
        #expect(m.state.message?.isError == true && m.state.message?.text.contains("此后已有变化") == true)
        #expect(try state(second.id) == "in-review")
    }
}
