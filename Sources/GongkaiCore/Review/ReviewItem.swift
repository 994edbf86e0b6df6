/// 待办事项种类 — what can wait in an officer's review inbox.
public enum ReviewKind: String, DomainCode {
    /// 待我审核的文件.
    case documentReview = "document-review"
    /// 被退回的草稿.
    case documentReturned = "document-returned"
    /// 主动公开文件超过 20 个工作日未发布 — 条例第二十六条.
    case publicationOverdue = "publication-overdue"
    /// 三同步检查未通过.
    case interpretationCheck = "interpretation-check"
    /// 解读待审签 — an interpretation submitted for sign-off (Docs/政策解读.md), decided like a document.
    case interpretationReview = "interpretation-review"
    /// 依申请公开逾期 — 条例第三十三条.
    case applicationOverdue = "application-overdue"
    /// 依申请公开 3 个工作日内到期.
    case applicationDueSoon = "application-due-soon"
    /// 补正告知书应在 7 个工作日内发出 — 条例第三十条.
    case clarifyNoticeDue = "clarify-notice-due"
    /// 征求意见期限将到 — 条例第三十二条、第三十四条.
    case consultationDue = "consultation-due"
    /// 补正期限已过 — 可按逾期不补正处理.
    case correctionEnded = "correction-ended"
    /// 缴费期限已过 — 可按逾期未缴费处理 (国办函〔2020〕109号; C8).
    case feePaymentEnded = "fee-payment-ended"
    /// 规范性文件 6 个月内到期，需评估.
    case normativeExpiring = "normative-expiring"
    /// 栏目长期不更新.
    case staleColumn = "stale-column"
    /// 年度报告待发布 — 条例第四十九条.
    case annualReportDue = "annual-report-due"
    /// 公众参与行政决策即将截止或已截止待反馈 (Docs/领域规则.md §9; `ConsultationRules.reminder`).
    case decisionConsultation = "decision-consultation"

    public var chineseName: String {
        switch self {
        case .documentReview: return "待审核"
        case .documentReturned: return "被退回"
        case .publicationOverdue: return "逾期未发布"
        case .interpretationCheck: return "三同步"
        case .interpretationReview: return "解读待审签"
        case .applicationOverdue: return "申请逾期"
        case .applicationDueSoon: return "申请将到期"
        case .clarifyNoticeDue: return "补正告知"
        case .consultationDue: return "征求意见"
        case .correctionEnded: return "补正期满"
        case .feePaymentEnded: return "缴费期满"
        case .normativeExpiring: return "文件将到期"
        case .staleColumn: return "栏目未更新"
        case .annualReportDue: return "年度报告"
        case .decisionConsultation: return "公众参与"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .documentReview: return "Awaiting review"
        case .documentReturned: return "Returned"
        case .publicationOverdue: return "Publication overdue"
        case .interpretationCheck: return "Three-in-sync rule"
        case .interpretationReview: return "Interpretation awaiting sign-off"
        case .applicationOverdue: return "Request overdue"
        case .applicationDueSoon: return "Request due soon"
        case .clarifyNoticeDue: return "Correction notice"
        case .consultationDue: return "Consultation"
        case .correctionEnded: return "Correction period ended"
        case .feePaymentEnded: return "Payment period ended"
        case .normativeExpiring: return "Document expiring"
        case .staleColumn: return "Column not updated"
        case .annualReportDue: return "Annual report"
        case .decisionConsultation: return "Public participation"
        }
    }

    /// Among items due the same day, the legal deadlines towards the public come first.
    public var priority: Int {
        switch self {
        case .applicationOverdue: return 0
        case .applicationDueSoon, .clarifyNoticeDue, .consultationDue, .correctionEnded, .feePaymentEnded: return 1
        case .publicationOverdue, .documentReview, .interpretationReview, .interpretationCheck: return 2
        case .documentReturned, .annualReportDue, .decisionConsultation: return 3
        case .normativeExpiring, .staleColumn: return 4
        }
    }
}

/// 待办事项 — one line of the review inbox; JSON `{kind, id, title, due, reason}`.
public struct ReviewItem: Hashable, Sendable, Codable {
    public var kind: ReviewKind
    /// The item's id (document, application, catalog node, or `report-YYYY`).
    public var id: String
    public var title: String
    /// The deadline this item is about, if it has one.
    public var due: CivilDate?
    public var reason: String
    /// Whether the deadline has passed.
    public var overdue: Bool
    /// The document an interpretation explains (`interpretationReview` only; absent from JSON otherwise).
    public var documentId: String?
    /// true when `due` was counted across a year with no holiday arrangement (C5): shown `2027-01-05?`.
    public var provisional: Bool?

    /// `due` as shown: with the provisional mark (ProvisionalDate).
    public var dueText: String? { due.map { ProvisionalDate.text($0, provisional: provisional == true) } }

    public init(kind: ReviewKind, id: String, title: String, due: CivilDate?, reason: String, overdue: Bool,
                documentId: String? = nil) {
        self.kind = kind
        self.id = id
        self.title = title
        self.due = due
        self.reason = reason
        self.overdue = overdue
        self.documentId = documentId
    }

    /// 可以在待办箱里签发或退回 — a document or an interpretation awaiting review (`a`, `r`, `A`).
    public var isDecidable: Bool { kind == .documentReview || kind == .interpretationReview }
}

/// 待办排序 — most urgent first: overdue before not, earlier deadline first, items without a
/// deadline last; then by kind (the public's deadlines first), then by id for a stable order.
public enum ReviewOrder {
    public static func sorted(_ items: [ReviewItem]) -> [ReviewItem] {
        items.sorted(by: precedes)
    }

    /// Two lists each already in this order, as one list in this order (no sorting again).
    public static func merged(_ a: [ReviewItem], _ b: [ReviewItem]) -> [ReviewItem] {
        guard !a.isEmpty else { return b }
        guard !b.isEmpty else { return a }
        var out: [ReviewItem] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if precedes(b[j], a[i]) { out.append(b[j]); j += 1 } else { out.append(a[i]); i += 1 }
        }
        out += a[i...]
        out += b[j...]
        return out
    }

    /// Whether `a` comes before `b` in the inbox.
    public static func precedes(_ a: ReviewItem, _ b: ReviewItem) -> Bool {
        if a.overdue != b.overdue { return a.overdue }
        switch (a.due, b.due) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        if a.kind.priority != b.kind.priority { return a.kind.priority < b.kind.priority }
        return a.id < b.id
    }
}

/// 年度报告期限 — 条例第四十九条: departments publish last year's report by 31 January, the
/// county government by 31 March. The inbox shows it from 1 December of the report year.
public enum AnnualReportDeadline {
    public static func deadline(reportYear: Int, isCounty: Bool) -> CivilDate {
        CivilDate(year: reportYear + 1, month: isCounty ? 3 : 1, day: 31)!
    }

    /// The report that is due around `today`, if one is in its window.
    public static func due(today: CivilDate, isCounty: Bool) -> (year: Int, deadline: CivilDate)? {
        // In December the coming deadline is for this year's report; from January for last year's.
        let year = today.month == 12 ? today.year : today.year - 1
        let deadline = deadline(reportYear: year, isCounty: isCounty)
        let opens = CivilDate(year: year, month: 12, day: 1)!
        return today >= opens && today <= deadline ? (year, deadline) : nil
    }
}
