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
    /// 收费通知 charges by count or by pages, exactly one of them (国办函〔2020〕109号 办法第三条; C8).
    case feeBasisNotOne
    /// The quantity falls within the free allowance, so there is nothing to charge (C8).
    case feeNothingToCharge(basis: InformationFee.Basis, quantity: Int)
    /// The amount does not follow the schedule: `expected` is the schedule's amount (pages) or its
    /// upper bound (count) (国办函〔2020〕109号; C8).
    case feeAmountInvalid(amount: Int, expected: Int, basis: InformationFee.Basis)
    /// A fee notice is already waiting for payment (C8).
    case feeAlreadyPending(since: CivilDate)
    /// 缴纳费用 with no unpaid fee notice (C8).
    case feePaidWithoutNotice

    /// 中文说明.
    /// The message in Chinese (`.zh`) or English (`.en`).
    public func text(in lang: UILanguage) -> String {
        typealias D = CoreText.Deadlines
        func name(_ k: ApplicationEventKind) -> String { lang == .en ? k.englishName : k.chineseName }
        switch self {
        case .eventBeforeReceipt(let d, let r): return D.eventBeforeReceipt.text(["\(d)", "\(r)"], in: lang)
        case .eventBeforePrevious(let d, let p): return D.eventBeforePrevious.text(["\(d)", "\(p)"], in: lang)
        case .eventAfterClose(let k, let by, let on): return D.eventAfterClose.text(["\(on)", name(by), name(k)], in: lang)
        case .eventInFuture(let d, let t): return D.eventInFuture.text(["\(d)", "\(t)"], in: lang)
        case .missingParameter(let k, let p): return D.missingParameter.text([name(k), Self.parameterName(p, lang)], in: lang)
        case .correctionDueBeforeNotice(let due, let notice): return D.correctionDueBeforeNotice.text(["\(due)", "\(notice)"], in: lang)
        case .clarifyAlreadyPending(let since): return D.clarifyAlreadyPending.text(["\(since)"], in: lang)
        case .clarifyReceivedWithoutRequest: return D.clarifyReceivedWithoutRequest.text(in: lang)
        case .consultationAlreadyOpen(let s, let deadline): return D.consultationAlreadyOpen.text(["\(s)", "\(deadline)"], in: lang)
        case .consultEndWithoutConsultation: return D.consultEndWithoutConsultation.text(in: lang)
        case .replyWhileConsulting(let s, let deadline): return D.replyWhileConsulting.text(["\(s)", "\(deadline)"], in: lang)
        case .extensionDaysOutOfRange(let n): return D.extensionDaysOutOfRange.text(["\(n)", "\(DeadlineClock.maxExtensionDays)"], in: lang)
        case .extensionTotalExceeded(let already, let n):
            return D.extensionTotalExceeded.text(["\(already)", "\(n)", "\(DeadlineClock.maxExtensionDays)"], in: lang)
        case .extensionAfterDue(let d, let due): return D.extensionAfterDue.text(["\(d)", "\(due)"], in: lang)
        case .extensionWhileAwaitingCorrection: return D.extensionWhileAwaitingCorrection.text(in: lang)
        case .feeBasisNotOne: return D.feeBasisNotOne.text([InputHint.count.text(in: lang), InputHint.pages.text(in: lang)], in: lang)
        case .feeNothingToCharge(let b, let q):
            return D.feeNothingToCharge.text([lang == .en ? b.englishName : b.chineseName, "\(q)"], in: lang)
        case .feeAmountInvalid(let a, let x, let b):
            return (b == .perPage ? D.feeAmountPages : D.feeAmountCount).text(["\(a)", "\(x)"], in: lang)
        case .feeAlreadyPending(let since): return D.feeAlreadyPending.text(["\(since)"], in: lang)
        case .feePaidWithoutNotice: return D.feePaidWithoutNotice.text(in: lang)
        }
    }

    public var chineseMessage: String { text(in: .zh) }
    public var englishMessage: String { text(in: .en) }

    /// In the interface language in force: Chinese only, or English only.
    public var message: String { UILanguage.current == .en ? englishMessage : chineseMessage }
    public var description: String { message }
    public var errorDescription: String? { message }

    private static func parameterName(_ p: String, _ lang: UILanguage) -> String {
        typealias D = CoreText.Deadlines
        switch p {
        case "correctionDue": return D.parameterCorrectionDue.text(in: lang)
        case "party": return D.parameterParty.text(in: lang)
        case "days": return D.parameterDays.text(in: lang)
        case "approver": return D.parameterApprover.text(in: lang)
        case "outcome": return D.parameterOutcome.text(in: lang)
        case "whereToGet": return D.parameterWhereToGet.text([InputHint.note.text(in: lang)], in: lang)
        default: return p
        }
    }
}
