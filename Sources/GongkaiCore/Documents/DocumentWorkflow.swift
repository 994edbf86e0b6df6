import Foundation

/// 办理动作 — the steps of the document workflow, also used for interpretations:
/// 提交审核 / 签发 / 退回 / 发布. The codes are the CLI verbs `doc submit|approve|return|publish`.
public enum DocumentAction: String, DomainCode {
    case submit
    case approve
    /// 退回 — back to 草稿 with a comment (`return` is a Swift keyword, hence the case name).
    case returnToDraft = "return"
    case publish

    public var chineseName: String {
        switch self {
        case .submit: return "提交审核"
        case .approve: return "签发"
        case .returnToDraft: return "退回"
        case .publish: return "发布"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .submit: return "Submit for review"
        case .approve: return "Sign off"
        case .returnToDraft: return "Return"
        case .publish: return "Publish"
        }
    }

    /// The states the action starts from.
    public var allowedFrom: [DocumentState] {
        switch self {
        case .submit: return [.draft]
        case .approve: return [.inReview]
        // A signed document can still be recalled before it goes out; a published one cannot —
        // correcting published information is a new document (or an amendment), not an edit.
        case .returnToDraft: return [.inReview, .approved]
        case .publish: return [.approved]
        }
    }

    /// The state the action leads to.
    public var target: DocumentState {
        switch self {
        case .submit: return .inReview
        case .approve: return .approved
        case .returnToDraft: return .draft
        case .publish: return .published
        }
    }

    /// Whether only 审核人 / 管理员 may take it (AccessPolicy reviewer-only rule).
    public var needsReviewer: Bool { self == .approve || self == .returnToDraft }

    var allowedFromText: String {
        "只能从" + allowedFrom.map { "“\($0.chineseName)”" }.joined(separator: "或") + "\(chineseName)"
    }
}

/// 公开属性及理由 — what is fixed when the document is made (条例第十三条): the attribute, the
/// statutory reason when 不予公开 (the `withheld.*` codes of the annual report, section 7) and a note.
public struct DocumentDisclosure: Hashable, Sendable, Codable {
    /// nil while the drafter has not decided; review is refused until it is set.
    public var attribute: DisclosureAttribute?
    /// One of the `withheld.*` outcomes, required exactly when `attribute == .withheld`.
    public var withheldReason: ApplicationOutcome?
    /// 说明 — free text, e.g. which part is a 过程性信息.
    public var note: String?

    public init(attribute: DisclosureAttribute?, withheldReason: ApplicationOutcome? = nil, note: String? = nil) {
        self.attribute = attribute
        self.withheldReason = withheldReason
        self.note = note
    }

    /// 公开属性校验 — set, and a withheld reason exactly when 不予公开.
    public func validate() throws(DocumentRuleError) {
        guard let attribute else { throw .attributeMissing }
        switch attribute {
        case .withheld:
            guard let reason = withheldReason else { throw .withheldReasonMissing }
            guard reason.isWithheldReason else { throw .withheldReasonInvalid(reason) }
        case .proactive, .onRequest:
            if withheldReason != nil { throw .withheldReasonOnOpenDocument(attribute) }
        }
    }
}

/// 流转记录 — one recorded workflow step: from, to, action, who and when, and the comment (退回意见).
/// The store persists these; the domain only builds them.
public struct DocumentTransition: Hashable, Sendable, Codable {
    public let from: DocumentState
    public let to: DocumentState
    /// `submit|approve|return|publish`.
    public let action: DocumentAction
    /// The officer's login (the real one, also under `--as`).
    public let actor: String
    public let date: CivilDate
    /// 退回意见 (required for return), or any remark.
    public let comment: String?

    public init(from: DocumentState, to: DocumentState, action: DocumentAction, actor: String,
                date: CivilDate, comment: String?) {
        self.from = from
        self.to = to
        self.action = action
        self.actor = actor
        self.date = date
        self.comment = comment
    }
}

/// 文件办理流程 — 草稿 → 待审核 → 已签发 → 已发布, 退回 → 草稿 (条例第十三条、第二十六条).
///
/// Decisions where the contract is silent:
/// - 依申请公开 and 不予公开 documents stop at 已签发: 发布 means going out on the portal and the
///   other channels, which is 主动公开 only (条例第十九条); an on-request document is provided to
///   the applicant through the application, not published.
/// - The attribute is checked again at 签发 and 发布, so a store bug or a hand-edited row cannot
///   carry an undecided or reason-less 不予公开 document through.
/// - 提交审核 and 发布 may be done by any role (经办人 publish on the portal after signing);
///   签发 and 退回 need 审核人 or 管理员.
public enum DocumentWorkflow {
    /// The state after `action`, or the rule that refuses it. Checks, in order: the state, the
    /// role, the comment (退回), the disclosure attribute.
    public static func nextState(after action: DocumentAction, from state: DocumentState,
                                 disclosure: DocumentDisclosure, role: Role,
                                 comment: String? = nil) throws(DocumentRuleError) -> DocumentState {
        guard action.allowedFrom.contains(state) else { throw .illegalTransition(action: action, from: state) }
        if action.needsReviewer, role == .clerk { throw .reviewerRequired(action: action, role: role) }
        switch action {
        case .submit, .approve:
            try disclosure.validate()
        case .returnToDraft:
            guard let c = comment, !c.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw .commentRequired
            }
        case .publish:
            try disclosure.validate()
            guard disclosure.attribute == .proactive else { throw .notProactive(disclosure.attribute) }
        }
        return action.target
    }

    /// The same rule, returning the record the store writes (trimmed comment, nil when blank).
    public static func perform(_ action: DocumentAction, from state: DocumentState,
                               disclosure: DocumentDisclosure, actor: String, role: Role,
                               date: CivilDate, comment: String? = nil) throws(DocumentRuleError)
        -> DocumentTransition {
        let to = try nextState(after: action, from: state, disclosure: disclosure, role: role, comment: comment)
        let trimmed = comment?.trimmingCharacters(in: .whitespacesAndNewlines)
        return DocumentTransition(from: state, to: to, action: action, actor: actor, date: date,
                                  comment: (trimmed?.isEmpty ?? true) ? nil : trimmed)
    }

    /// The actions possible from `state` for this document, for the TUI's key hints (role and
    /// attribute applied; comment assumed given).
    public static func availableActions(from state: DocumentState, disclosure: DocumentDisclosure,
                                        role: Role) -> [DocumentAction] {
        DocumentAction.allCases.filter {
            (try? nextState(after: $0, from: state, disclosure: disclosure, role: role, comment: "-")) != nil
        }
    }
}
