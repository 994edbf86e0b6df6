import Foundation

/// 办理记录校验错误 — why a new event was refused by `DeadlineClock.validate` (条例第三十条至第三十四条;
/// CONVENTIONS C1–C4), with a Chinese message for the officer and an English one for the log.
public enum DeadlineError: Error, Equatable, Sendable, LocalizedError, CustomStringConvertible {
    /// An event cannot precede 收到申请之日 (条例第三十一条).
    case eventBeforeReceipt(date: CivilDate, received: CivilDate)
    /// Events are recorded in date order; same-day events are allowed.
    case eventBeforePrevious(date: CivilDate, previous: CivilDate)
    /// Nothing follows 答复 or 撤回.
    case eventAfterClose(kind: ApplicationEventKind, closedBy: ApplicationEventKind, on: CivilDate)
    /// An event dated after today (checked only when `today` is given).
    case eventInFuture(date: CivilDate, today: CivilDate)
    /// The kind's required parameter is absent (correctionDue, party, days, approver, outcome).
    case missingParameter(kind: ApplicationEventKind, parameter: String)
    /// 补正期限 earlier than the notice itself (条例第三十条).
    case correctionDueBeforeNotice(correctionDue: CivilDate, notice: CivilDate)
    /// A second 补正告知 while the first is unanswered — the law asks for one notice (条例第三十条).
    case clarifyAlreadyPending(since: CivilDate)
    /// 收到补正 with no pending 补正告知 (C3).
    case clarifyReceivedWithoutRequest
    /// A consultation is already open; record its answer (意见返回) first (C2).
    case consultationAlreadyOpen(since: CivilDate, deadline: CivilDate)
    /// 意见返回 with no consultation awaiting an answer (C2).
    case consultEndWithoutConsultation
    /// 答复 before the consultation answered or its 15 working days ended (条例第三十二条; C2).
    case replyWhileConsulting(since: CivilDate, deadline: CivilDate)
    /// Each extension is 1–20 working days (条例第三十三条; C4).
    case extensionDaysOutOfRange(days: Int)
    /// Extensions total at most 20 working days per application (条例第三十三条; C4).
    case extensionTotalExceeded(already: Int, requested: Int)
    /// An extension must be decided before the due date passes (C4).
    case extensionAfterDue(date: CivilDate, due: CivilDate)
    /// The clock is stopped for 补正; there is nothing to extend (C3, C4).
    case extensionWhileAwaitingCorrection

    /// 中文说明.
    public var chineseMessage: String {
        switch self {
        case .eventBeforeReceipt(let d, let r):
            return "\(d) 早于收到申请之日 \(r)"
        case .eventBeforePrevious(let d, let p):
            return "\(d) 早于上一条办理记录的日期 \(p)；请按时间顺序登记"
        case .eventAfterClose(let k, let by, let on):
            return "申请已于 \(on) \(by.chineseName)，不能再登记“\(k.chineseName)”"
        case .eventInFuture(let d, let t):
            return "\(d) 晚于今天 \(t)，不能登记未发生的事项"
        case .missingParameter(let k, let p):
            return "“\(k.chineseName)”缺少\(Self.parameterName(p))"
        case .correctionDueBeforeNotice(let due, let notice):
            return "补正期限 \(due) 早于补正告知日期 \(notice)"
        case .clarifyAlreadyPending(let since):
            return "已于 \(since) 发出补正告知，尚未收到补正；条例第三十条要求一次性告知"
        case .clarifyReceivedWithoutRequest:
            return "没有待补正的补正告知，不能登记“收到补正”"
        case .consultationAlreadyOpen(let s, let deadline):
            return "\(s) 起的征求意见尚未返回（期限 \(deadline)），请先登记意见返回"
        case .consultEndWithoutConsultation:
            return "没有待返回的征求意见，不能登记“意见返回”"
        case .replyWhileConsulting(let s, let deadline):
            return "\(s) 起的征求意见尚未返回且未到期（期限 \(deadline)），请先登记意见返回"
        case .extensionDaysOutOfRange(let n):
            return "延期天数 \(n) 无效：每次应为 1–\(DeadlineClock.maxExtensionDays) 个工作日（条例第三十三条）"
        case .extensionTotalExceeded(let already, let n):
            return "已延期 \(already) 个工作日，再延期 \(n) 个工作日将超过合计 \(DeadlineClock.maxExtensionDays) 个工作日的上限（条例第三十三条）"
        case .extensionAfterDue(let d, let due):
            return "答复期限 \(due) 已过，\(d) 不能再延期"
        case .extensionWhileAwaitingCorrection:
            return "申请待补正，答复期限尚未开始计算，不能延期"
        }
    }

    /// English explanation.
    public var englishMessage: String {
        switch self {
        case .eventBeforeReceipt(let d, let r): return "\(d) is before the date of receipt \(r)"
        case .eventBeforePrevious(let d, let p): return "\(d) is before the previous event (\(p)); record events in date order"
        case .eventAfterClose(let k, let by, let on): return "the application was closed by \(by.code) on \(on); cannot record \(k.code)"
        case .eventInFuture(let d, let t): return "\(d) is after today (\(t))"
        case .missingParameter(let k, let p): return "\(k.code) needs \(p)"
        case .correctionDueBeforeNotice(let due, let notice): return "correction due date \(due) is before the notice date \(notice)"
        case .clarifyAlreadyPending(let since): return "a clarification request sent on \(since) is still pending"
        case .clarifyReceivedWithoutRequest: return "clarify-received without a pending clarify-request"
        case .consultationAlreadyOpen(let s, let deadline): return "the consultation started \(s) is still open (deadline \(deadline))"
        case .consultEndWithoutConsultation: return "consult-end with no open consultation"
        case .replyWhileConsulting(let s, let deadline): return "reply while the consultation started \(s) is open (deadline \(deadline))"
        case .extensionDaysOutOfRange(let n): return "extension of \(n) days: each extension must be 1–\(DeadlineClock.maxExtensionDays) working days"
        case .extensionTotalExceeded(let already, let n): return "already extended \(already) days; \(n) more exceeds the \(DeadlineClock.maxExtensionDays)-day total"
        case .extensionAfterDue(let d, let due): return "extension on \(d) is after the due date \(due)"
        case .extensionWhileAwaitingCorrection: return "cannot extend while awaiting the applicant's correction"
        }
    }

    /// "中文（English）".
    public var message: String { "\(chineseMessage)（\(englishMessage)）" }
    public var description: String { message }
    public var errorDescription: String? { message }

    private static func parameterName(_ p: String) -> String {
        switch p {
        case "correctionDue": return "补正期限"
        case "party": return "征求意见对象（第三方/其他机关）"
        case "days": return "延期天数"
        case "approver": return "批准人"
        case "outcome": return "答复类型"
        default: return p
        }
    }
}
