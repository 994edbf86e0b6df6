import Foundation

/// 文件办理规则错误 — why a workflow step on a document was refused (条例第十三条、第二十六条),
/// with a Chinese message for the officer and an English one for the log.
public enum DocumentRuleError: Error, Equatable, Sendable, LocalizedError, CustomStringConvertible {
    /// The action is not possible from this state (e.g. 发布 a 草稿).
    case illegalTransition(action: DocumentAction, from: DocumentState)
    /// 公开属性 must be fixed before review (条例第十三条: 行政机关应当在制作信息时确定公开属性).
    case attributeMissing
    /// 不予公开 needs one of the statutory reasons (the `withheld.*` codes).
    case withheldReasonMissing
    /// The reason given is not one of the `withheld.*` codes.
    case withheldReasonInvalid(ApplicationOutcome)
    /// A withheld reason on a document that is not 不予公开 contradicts its attribute.
    case withheldReasonOnOpenDocument(DisclosureAttribute)
    /// Only 主动公开 documents are published to the portal and channels (条例第十九条、第二十六条).
    case notProactive(DisclosureAttribute?)
    /// 签发 and 退回 are for 审核人 or 管理员 (access rule reviewer-only).
    case reviewerRequired(action: DocumentAction, role: Role)
    /// 退回 needs a comment telling the drafter what to change.
    case commentRequired

    /// 中文说明.
    public var chineseMessage: String {
        switch self {
        case .illegalTransition(let a, let s):
            return "“\(s.chineseName)”状态的文件不能\(a.chineseName)（\(a.allowedFromText)）"
        case .attributeMissing:
            return "尚未确定公开属性，不能提交审核：制作信息时应当确定公开属性（条例第十三条）"
        case .withheldReasonMissing:
            return "不予公开须选择法定理由（国家秘密、法律行政法规禁止、三安全一稳定、第三方合法权益、内部事务、过程性信息、行政执法案卷、行政查询事项之一）"
        case .withheldReasonInvalid(let o):
            return "“\(o.chineseName)”不是不予公开的法定理由"
        case .withheldReasonOnOpenDocument(let a):
            return "公开属性为“\(a.chineseName)”的文件不应填写不予公开理由"
        case .notProactive(let a):
            let name = a.map { "“\($0.chineseName)”" } ?? "未确定公开属性"
            return "\(name)的文件不在门户网站等渠道发布：只有主动公开的文件才能发布"
        case .reviewerRequired(let a, let r):
            return "\(a.chineseName)须由审核人或管理员进行，\(r.chineseName)不能\(a.chineseName)"
        case .commentRequired:
            return "退回须填写退回意见，说明需要修改之处"
        }
    }

    /// English explanation.
    public var englishMessage: String {
        switch self {
        case .illegalTransition(let a, let s): return "cannot \(a.code) a document in state \(s.code)"
        case .attributeMissing: return "the disclosure attribute must be set before review"
        case .withheldReasonMissing: return "a withheld document needs a withheld.* reason"
        case .withheldReasonInvalid(let o): return "\(o.code) is not a withheld.* reason"
        case .withheldReasonOnOpenDocument(let a): return "a withheld reason on a \(a.code) document"
        case .notProactive(let a): return "only proactive documents are published (attribute: \(a?.code ?? "none"))"
        case .reviewerRequired(let a, let r): return "\(a.code) needs a reviewer or admin, not \(r.code)"
        case .commentRequired: return "return needs a comment"
        }
    }

    /// "中文（English）".
    /// In the interface language in force: Chinese only, or English only.
    public var message: String { UILanguage.current == .en ? englishMessage : chineseMessage }
    public var description: String { message }
    public var errorDescription: String? { message }
}
