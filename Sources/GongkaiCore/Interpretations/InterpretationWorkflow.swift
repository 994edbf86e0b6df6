import Foundation

/// 解读状态 — an interpretation's own workflow has the document's four states
/// (草稿 → 待审核 → 已签发 → 已发布), one definition, so that 同步审签 and 同步部署 compare like with like.
public typealias InterpretationState = DocumentState

/// 解读办理规则错误 — why a step on an interpretation was refused (国办发〔2016〕80号 “谁起草、谁解读”),
/// Chinese and English messages.
public enum InterpretationRuleError: Error, Equatable, Sendable, LocalizedError, CustomStringConvertible {
    /// Not possible from this state.
    case illegalTransition(action: DocumentAction, from: InterpretationState)
    /// 签发 and 退回 are for 审核人 or 管理员.
    case reviewerRequired(action: DocumentAction, role: Role)
    /// 退回 needs a comment.
    case commentRequired
    /// An interpretation goes to review with at least one form (文字解读, 图解 …).
    case formsMissing
    /// 谁起草、谁解读 — another unit than the drafting one needs a reason.
    case otherUnitWithoutReason(draftingUnit: String, interpretingUnit: String)

    public var chineseMessage: String {
        switch self {
        case .illegalTransition(let a, let s):
            return "“\(s.chineseName)”状态的解读不能\(a.chineseName)（\(a.allowedFromText)）"
        case .reviewerRequired(let a, let r):
            return "\(a.chineseName)须由审核人或管理员进行，\(r.chineseName)不能\(a.chineseName)"
        case .commentRequired:
            return "退回须填写退回意见，说明需要修改之处"
        case .formsMissing:
            return "尚未选择解读形式（文字解读、图解、政策问答等），不能提交审核"
        case .otherUnitWithoutReason(let d, let i):
            return "按照“谁起草、谁解读”，解读单位应为起草单位 \(d)；由 \(i) 解读须说明理由（如联合发文的牵头单位）"
        }
    }

    public var englishMessage: String {
        switch self {
        case .illegalTransition(let a, let s): return "cannot \(a.code) an interpretation in state \(s.code)"
        case .reviewerRequired(let a, let r): return "\(a.code) needs a reviewer or admin, not \(r.code)"
        case .commentRequired: return "return needs a comment"
        case .formsMissing: return "choose at least one interpretation form before review"
        case .otherUnitWithoutReason(let d, let i): return "interpreting unit \(i) differs from drafting unit \(d): give a reason"
        }
    }

    /// In the interface language in force: Chinese only, or English only.
    public var message: String { UILanguage.current == .en ? englishMessage : chineseMessage }
    public var description: String { message }
    public var errorDescription: String? { message }
}

/// 解读办理流程 — the document workflow's transitions applied to an interpretation.
/// Differences: the disclosure attribute does not apply (an interpretation exists to be published),
/// and review needs at least one form.
public enum InterpretationWorkflow {
    /// The state after `action`, or the rule that refuses it (state, then role, then comment/forms).
    public static func nextState(after action: DocumentAction, from state: InterpretationState,
                                 forms: [InterpretationForm], role: Role,
                                 comment: String? = nil) throws(InterpretationRuleError) -> InterpretationState {
        guard action.allowedFrom.contains(state) else {
            throw .illegalTransition(action: action, from: state)
        }
        if action.needsReviewer, role == .clerk { throw .reviewerRequired(action: action, role: role) }
        switch action {
        case .submit, .approve:
            if forms.isEmpty { throw .formsMissing }
        case .returnToDraft:
            guard let c = comment, !c.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw .commentRequired
            }
        case .publish:
            break
        }
        return action.target
    }

    /// The record the store writes; `from`/`to` carry the shared state codes.
    public static func perform(_ action: DocumentAction, from state: InterpretationState,
                               forms: [InterpretationForm], actor: String, role: Role, date: CivilDate,
                               comment: String? = nil) throws(InterpretationRuleError) -> DocumentTransition {
        let to = try nextState(after: action, from: state, forms: forms, role: role, comment: comment)
        let trimmed = comment?.trimmingCharacters(in: .whitespacesAndNewlines)
        return DocumentTransition(from: state, to: to, action: action,
                                  actor: actor, date: date, comment: (trimmed?.isEmpty ?? true) ? nil : trimmed)
    }
}
