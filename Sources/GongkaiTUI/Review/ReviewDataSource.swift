import GongkaiCore
import GongkaiStore

/// What the review inbox needs: the queue, and the review actions — all through the service
/// door, so the inbox obeys the same access rules and audit as the CLI.
public protocol ReviewDataSource: AnyObject {
    var today: CivilDate { get }
    func reviewQueue() throws -> [ReviewItem]
    /// The queue in order with its 三同步 items not yet worded; `reviewDetails` words the rows shown.
    func reviewOutline() throws -> [ReviewItem]
    func reviewDetails(_ items: [ReviewItem]) throws -> [ReviewItem]
    /// The queue's length and its few computed items in place; `reviewWindow` reads the rows shown.
    func reviewPlan() throws -> ReviewPlan
    func reviewWindow(_ plan: ReviewPlan, offset: Int, limit: Int) throws -> [ReviewItem]
    /// `overrideReason`: 三同步特批理由 for a step a 三同步 check would refuse.
    func performDocumentAction(_ action: DocumentAction, id: String, comment: String?,
                               overrideReason: String?) throws -> GongkaiService.DocumentStep
    func undoDocumentStep(_ step: GongkaiService.DocumentStep) throws
    /// 解读的签发、退回 — the 解读 pane's service action, from the inbox.
    @discardableResult
    func performInterpretationAction(_ action: DocumentAction, id: String, comment: String?) throws -> InterpretationStep
    /// 撤销解读的签发或退回 (audited), while nothing has happened to it since.
    func undoInterpretationStep(_ step: InterpretationStep) throws
    func snooze(kind: ReviewKind, id: String, until: CivilDate) throws -> CivilDate?
    func unsnooze(kind: ReviewKind, id: String) throws
    /// Where the words typed at the inbox's prompts are kept until they are given.
    var reviewCommentDraft: ReviewCommentDraft { get }
}

extension ReviewDataSource {
    /// No draft store (a source without one keeps nothing).
    public var reviewCommentDraft: ReviewCommentDraft { ReviewCommentDraft(name: nil) }
}

extension ServiceDataSource: ReviewDataSource {
    public var reviewCommentDraft: ReviewCommentDraft {
        ReviewCommentDraft(kind: .reviewComment, workspace: service.workspace.path, login: service.actor.login, files: officerFiles)
    }

    public func reviewQueue() throws -> [ReviewItem] { try service.reviewQueue() }
    public func reviewOutline() throws -> [ReviewItem] { try service.reviewOutline() }
    public func reviewDetails(_ items: [ReviewItem]) throws -> [ReviewItem] { try service.reviewDetails(items) }
    public func reviewPlan() throws -> ReviewPlan { try service.reviewPlan() }
    public func reviewWindow(_ plan: ReviewPlan, offset: Int, limit: Int) throws -> [ReviewItem] {
        try service.reviewWindow(plan, offset: offset, limit: limit)
    }

    public func performDocumentAction(_ action: DocumentAction, id: String, comment: String?,
                                      overrideReason: String?) throws -> GongkaiService.DocumentStep {
        try service.performDocumentAction(action, id: id, comment: comment, overrideReason: overrideReason)
    }

    public func undoDocumentStep(_ step: GongkaiService.DocumentStep) throws { try service.undoDocumentStep(step) }

    @discardableResult
    public func performInterpretationAction(_ action: DocumentAction, id: String, comment: String?) throws -> InterpretationStep {
        try service.performInterpretationAction(action, id: id, comment: comment)
    }

    public func undoInterpretationStep(_ step: InterpretationStep) throws { try service.undoInterpretationStep(step) }

    public func snooze(kind: ReviewKind, id: String, until: CivilDate) throws -> CivilDate? {
        try service.snooze(kind: kind, id: id, until: until)
    }

    public func unsnooze(kind: ReviewKind, id: String) throws { try service.unsnooze(kind: kind, id: id) }
}
