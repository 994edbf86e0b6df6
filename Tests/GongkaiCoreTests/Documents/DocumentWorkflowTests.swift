import Testing
@testable import GongkaiCore

@Suite struct DocumentWorkflowTests {
    let proactive = DocumentDisclosure(attribute: .proactive)
    let onRequest = DocumentDisclosure(attribute: .onRequest)
    let withheld = DocumentDisclosure(attribute: .withheld, withheldReason: .withheldProcessInfo, note: "内部讨论稿")
    let today = docDay("2026-03-02")

    /// The only legal (action, from) pairs and where they lead.
    static let legal: [DocumentAction: [DocumentState: DocumentState]] = [
        .submit: [.draft: .inReview],
        .approve: [.inReview: .approved],
        .returnToDraft: [.inReview: .draft, .approved: .draft],
        .publish: [.approved: .published],
    ]

    @Test("every action from every state: legal ones lead to their target, the rest are refused",
          arguments: DocumentAction.allCases, DocumentState.allCases)
    func transitionTable(action: DocumentAction, from: DocumentState) throws {
        let result = Result { () throws(DocumentRuleError) -> DocumentState in
            try DocumentWorkflow.nextState(after: action, from: from, disclosure: proactive, role: .reviewer,
                                           comment: "请补充依据")
        }
        if let to = Self.legal[action]?[from] {
            #expect(try result.get() == to)
        } else {
            #expect(throws: DocumentRuleError.illegalTransition(action: action, from: from)) { try result.get() }
        }
    }

    @Test("the happy path 草稿 → 待审核 → 已签发 → 已发布 with transition records")
    func happyPath() throws {
        let t1 = try DocumentWorkflow.perform(.submit, from: .draft, disclosure: proactive, actor: "zhangsan",
                                              role: .clerk, date: today)
        #expect(t1 == DocumentTransition(from: .draft, to: .inReview, action: .submit, actor: "zhangsan",
                                         date: today, comment: nil))
        let t2 = try DocumentWorkflow.perform(.approve, from: t1.to, disclosure: proactive, actor: "lisi",
                                              role: .reviewer, date: today, comment: "  同意  ")
        #expect(t2.to == .approved && t2.comment == "同意")
        let t3 = try DocumentWorkflow.perform(.publish, from: t2.to, disclosure: proactive, actor: "zhangsan",
                                              role: .clerk, date: docDay("2026-03-03"))
        #expect(t3.to == .published && t3.action.code == "publish")
    }

    @Test("退回 needs a comment, from 待审核 and from 已签发, never from 已发布")
    func returnNeedsComment() throws {
        #expect(throws: DocumentRuleError.commentRequired) {
            try DocumentWorkflow.nextState(after: .returnToDraft, from: .inReview, disclosure: proactive, role: .reviewer)
        }
        #expect(throws: DocumentRuleError.commentRequired) {
            try DocumentWorkflow.nextState(after: .returnToDraft, from: .approved, disclosure: proactive,
                                           role: .admin, comment: " 　\n")
        }
        let t = try DocumentWorkflow.perform(.returnToDraft, from: .approved, disclosure: proactive, actor: "lisi",
                                             role: .admin, date: today, comment: "文号有误，请修改")
        #expect(t.to == .draft && t.action == .returnToDraft && t.action.rawValue == "return")
        #expect(t.comment == "文号有误，请修改")
        #expect(throws: DocumentRuleError.illegalTransition(action: .returnToDraft, from: .published)) {
            try DocumentWorkflow.nextState(after: .returnToDraft, from: .published, disclosure: proactive,
                                           role: .admin, comment: "撤回")
        }
    }

    @Test("a clerk cannot sign or return; a reviewer and an admin can")
    func roles() throws {
        #expect(throws: DocumentRuleError.reviewerRequired(action: .approve, role: .clerk)) {
            try DocumentWorkflow.nextState(after: .approve, from: .inReview, disclosure: proactive, role: .clerk)
        }
        #expect(throws: DocumentRuleError.reviewerRequired(action: .returnToDraft, role: .clerk)) {
            try DocumentWorkflow.nextState(after: .returnToDraft, from: .inReview, disclosure: proactive,
                                           role: .clerk, comment: "撤回")
        }
        #expect(try DocumentWorkflow.nextState(after: .approve, from: .inReview, disclosure: proactive, role: .admin) == .approved)
        #expect(try DocumentWorkflow.nextState(after: .publish, from: .approved, disclosure: proactive, role: .clerk) == .published)
        let err = DocumentRuleError.reviewerRequired(action: .approve, role: .clerk)
        #expect(err.chineseMessage == "签发须由审核人或管理员进行，经办人不能签发")
    }

    @Test("no 公开属性 → cannot be submitted (条例第十三条)")
    func attributeRequired() {
        let none = DocumentDisclosure(attribute: nil)
        #expect(throws: DocumentRuleError.attributeMissing) {
            try DocumentWorkflow.nextState(after: .submit, from: .draft, disclosure: none, role: .clerk)
        }
        #expect(DocumentRuleError.attributeMissing.chineseMessage.contains("公开属性"))
        // Checked again at 签发, so a bad row cannot be carried through.
        #expect(throws: DocumentRuleError.attributeMissing) {
            try DocumentWorkflow.nextState(after: .approve, from: .inReview, disclosure: none, role: .reviewer)
        }
    }

    @Test("不予公开 needs a withheld.* reason; a reason on an open document is refused")
    func withheldReasons() throws {
        #expect(try DocumentWorkflow.nextState(after: .submit, from: .draft, disclosure: withheld, role: .clerk) == .inReview)
        #expect(throws: DocumentRuleError.withheldReasonMissing) {
            try DocumentWorkflow.nextState(after: .submit, from: .draft,
                                           disclosure: DocumentDisclosure(attribute: .withheld), role: .clerk)
        }
        #expect(throws: DocumentRuleError.withheldReasonInvalid(.granted)) {
            try DocumentWorkflow.nextState(after: .submit, from: .draft,
                                           disclosure: DocumentDisclosure(attribute: .withheld, withheldReason: .granted),
                                           role: .clerk)
        }
        #expect(throws: DocumentRuleError.withheldReasonOnOpenDocument(.proactive)) {
            try DocumentWorkflow.nextState(after: .submit, from: .draft,
                                           disclosure: DocumentDisclosure(attribute: .proactive, withheldReason: .withheldStateSecret),
                                           role: .clerk)
        }
        // Every withheld.* code is accepted.
        for reason in ApplicationOutcome.allCases where reason.isWithheldReason {
            try DocumentDisclosure(attribute: .withheld, withheldReason: reason).validate()
        }
    }

    @Test("依申请公开 and 不予公开 documents are signed but never published")
    func onlyProactivePublished() throws {
        #expect(try DocumentWorkflow.nextState(after: .approve, from: .inReview, disclosure: onRequest, role: .reviewer) == .approved)
        #expect(throws: DocumentRuleError.notProactive(.onRequest)) {
            try DocumentWorkflow.nextState(after: .publish, from: .approved, disclosure: onRequest, role: .reviewer)
        }
        #expect(throws: DocumentRuleError.notProactive(.withheld)) {
            try DocumentWorkflow.nextState(after: .publish, from: .approved, disclosure: withheld, role: .reviewer)
        }
        #expect(DocumentRuleError.notProactive(.onRequest).chineseMessage.contains("只有主动公开的文件才能发布"))
    }

    @Test("the state is checked before the role and the attribute")
    func errorOrder() {
        #expect(throws: DocumentRuleError.illegalTransition(action: .publish, from: .draft)) {
            try DocumentWorkflow.nextState(after: .publish, from: .draft, disclosure: DocumentDisclosure(attribute: nil),
                                           role: .clerk)
        }
        #expect(DocumentRuleError.illegalTransition(action: .publish, from: .draft).chineseMessage
                == "“草稿”状态的文件不能发布（只能从“已签发”发布）")
    }

    @Test("available actions for the key hints")
    func available() {
        #expect(DocumentWorkflow.availableActions(from: .inReview, disclosure: proactive, role: .clerk) == [])
        #expect(DocumentWorkflow.availableActions(from: .inReview, disclosure: proactive, role: .reviewer)
                == [.approve, .returnToDraft])
        #expect(DocumentWorkflow.availableActions(from: .approved, disclosure: onRequest, role: .reviewer)
                == [.returnToDraft])
        #expect(DocumentWorkflow.availableActions(from: .draft, disclosure: DocumentDisclosure(attribute: nil),
                                                  role: .admin) == [])
    }

    @Test("codes and Chinese names of the actions")
    func actionCodes() {
        #expect(DocumentAction.codeList == "submit|approve|return|publish")
        #expect(DocumentAction(codeOrName: "退回") == .returnToDraft)
        #expect(DocumentAction(codeOrName: "return") == .returnToDraft)
        #expect(DocumentAction(codeOrName: "签发") == .approve)
    }
}
