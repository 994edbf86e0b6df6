import Foundation
import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

@Suite("文件办理 Document workflow through the service")
struct DocumentWorkflowServiceTests: DemoWorkspaceSuite {
    func state(_ ws: Workspace, _ id: String) throws -> String? {
        try ws.writer.read { db in try String.fetchOne(db, sql: "SELECT state FROM document WHERE id = ?", arguments: [id]) }
    }

    /// The demo's 县义务教育… plan of 县教育局, in review (its interpretation already signed).
    let plan = "D2026-0002"

    /// Publishes the plan's demo interpretation, as 同步部署 requires before the plan goes out.
    func publishInterpretation(_ ws: Workspace) throws {
        let id = try #require(try as_(ws, "zhao.edu").interpretations(doc: plan).first?.id)
        try as_(ws, "zhao.edu").performInterpretationAction(.publish, id: id)
    }

    @Test func aReviewerApprovesAClerkPublishesEveryStepRecorded() throws {
        let ws = try workspace()
        // A clerk's 签发 is refused by the rule that names it (reviewer-only), not by any error.
        let clerk = #expect(throws: ServiceError.self) { try as_(ws, "zhao.edu").performDocumentAction(.approve, id: plan) }
        #expect(clerk == .invalid(PhraseText { DocumentRuleError.reviewerRequired(action: .approve, role: .clerk).message }))
        expectRefused(.otherUnit) { try as_(ws, "wang.cg").performDocumentAction(.approve, id: plan) }   // other unit
        try as_(ws, "liu.edu").performDocumentAction(.approve, id: plan)
        try publishInterpretation(ws)       // 三同步: the interpretation goes out with the plan
        try as_(ws, "zhao.edu").performDocumentAction(.publish, id: plan)
        #expect(try state(ws, plan) == "published")
        let published = try ws.writer.read { db in try String.fetchOne(db, sql: "SELECT published FROM document WHERE id = ?", arguments: [plan]) }
        #expect(published == pinnedToday.iso)
        let steps = try as_(ws, "zhao.edu").documentSteps(id: plan)
        #expect(steps.map(\.action) == ["approve", "publish"] && steps.map(\.actor) == ["liu.edu", "zhao.edu"])
        let audit = try as_(ws, "admin").auditEntries(AuditQuery(item: plan)).map(\.action)
        #expect(audit.suffix(2) == ["document.approve", "document.publish"])
    }

    @Test func returnNeedsACommentAndTheDraftWaitsInTheClerksInbox() throws {
        let ws = try workspace()
        expectRefused(.invalid) { try as_(ws, "liu.edu").performDocumentAction(.returnToDraft, id: plan, comment: "  ") }
        #expect(try state(ws, plan) == "in-review")
        try as_(ws, "liu.edu").performDocumentAction(.returnToDraft, id: plan, comment: "请补充招生范围图")
        let inbox = try as_(ws, "zhao.edu").reviewQueue()
        let item = try #require(inbox.first { $0.kind == .documentReturned })
        #expect(item.id == plan && item.reason.contains("请补充招生范围图"))
        // Resubmitted, it leaves the clerk's inbox and returns to the reviewer's.
        try as_(ws, "zhao.edu").performDocumentAction(.submit, id: plan)
        #expect(try as_(ws, "zhao.edu").reviewQueue().allSatisfy { $0.kind != .documentReturned })
        #expect(try as_(ws, "liu.edu").reviewQueue().contains { $0.kind == .documentReview && $0.id == plan })
    }

    @Test func aDraftWithoutDisclosureAttributeCannotBeSubmitted() throws {
        let ws = try workspace()
        // 河西乡's 人居环境 plan is a draft whose 公开属性 is not set yet.
        let hexi = try as_(ws, "admin").documents(offset: 0, limit: 100).first { $0.unitId == "hexi" }!
        #expect(hexi.attribute == nil)
        expectRefused(.invalid) { try as_(ws, "admin").performDocumentAction(.submit, id: hexi.id) }
        #expect(try state(ws, hexi.id) == "draft")
    }

    @Test func undoWorksOnlyWhileNothingHappenedSince() throws {
        let ws = try workspace()
        let reviewer = as_(ws, "liu.edu")
        let step = try reviewer.performDocumentAction(.approve, id: plan)
        try reviewer.undoDocumentStep(step)
        #expect(try state(ws, plan) == "in-review")
        let again = try reviewer.performDocumentAction(.approve, id: plan)
        try publishInterpretation(ws)
        try as_(ws, "zhao.edu").performDocumentAction(.publish, id: plan)
        expectRefused(.conflict) { try reviewer.undoDocumentStep(again) }
        #expect(try state(ws, plan) == "published")
        #expect(try reviewer.documentSteps(id: plan).map(\.action) == ["approve", "undo", "approve", "publish"])
    }
}
