/// 申请统计要素 — the minimum the annual report needs to know about one 政府信息公开申请: who applied
/// (the column), when it was received, and how and when it was closed (国办公开办函〔2021〕30号 表三).
///
/// How a fact is counted (CONVENTION, Docs/领域规则.md §7, plus the project decisions marked ★):
/// - 新收 in the year of `received` (条例第三十一条 date of receipt).
/// - Closed by its reply: counted once, in the row of `outcome`, in the year of `replied`.
/// - ★ Closed by withdrawal (撤回) before any reply: counted once in 三（六）3 其他 (`other.other`) in the
///   year of `withdrawn`. The national format has no withdrawal row; 其他 is where the 30号 format
///   puts every ending not listed, and counting it keeps 一 + 二 = 三（七）+ 四 without rewriting the
///   year it was received. A withdrawal after the reply changes nothing (the reply closed it).
/// - Not closed at 31 December → 结转下年度, and 上年结转 of the next year.
/// - ★ A reply date without an outcome (or an outcome without a reply date) cannot be placed in a
///   row: the fact stays open (counted in 结转下年度) and `problems` says why, so it is fixed, not hidden.
/// - ★ A closing date earlier than the receipt date is a data error (`problems`); it is counted as if
///   closed on the receipt date so that the table still balances.
public struct ApplicationFact: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    /// 申请人类型 — the column of table 三.
    public var applicantType: ApplicantType
    /// 收到申请之日 — 条例第三十一条.
    public var received: CivilDate
    /// 答复日期 — with `outcome`, closes the application.
    public var replied: CivilDate?
    /// 处理结果 — the outcome row (部分公开 only counts as 部分公开).
    public var outcome: ApplicationOutcome?
    /// 撤回日期 — the applicant withdrew the application.
    public var withdrawn: CivilDate?
    /// 单位 — the unit that handles the application (per-unit reports; the county sums units).
    public var unitId: String

    public init(id: String, applicantType: ApplicantType, received: CivilDate,
                replied: CivilDate? = nil, outcome: ApplicationOutcome? = nil,
                withdrawn: CivilDate? = nil, unitId: String) {
        self.id = id
        self.applicantType = applicantType
        self.received = received
        self.replied = replied
        self.outcome = outcome
        self.withdrawn = withdrawn
        self.unitId = unitId
    }

    /// 办结 — how and when the application left the ledger for the annual report.
    public struct Closing: Hashable, Sendable {
        /// The day it counts as closed (never before the receipt date).
        public var date: CivilDate
        /// The outcome row of table 三 it is counted in.
        public var row: ReportRow
    }

    /// The closing that counts: the reply (with an outcome) or the withdrawal, whichever came first;
    /// on the same day the reply wins (the answer was given). Nil while open.
    public var closing: Closing? {
        var candidates: [Closing] = []
        if let r = replied, let o = outcome {
            candidates.append(Closing(date: max(r, received), row: ReportRow(o)))
        }
        if let w = withdrawn {
            candidates.append(Closing(date: max(w, received), row: .outcome(.otherOther)))
        }
        // min keeps the first of equal elements, and the reply is appended first.
        return candidates.min { $0.date < $1.date }
    }

    /// Whether the application is still open at the end of 31 December of `year`.
    public func isOpen(atEndOf year: Int) -> Bool {
        guard received.year <= year else { return false }
        guard let c = closing else { return true }
        return c.date.year > year
    }

    /// Data errors that change how the fact is counted, in Chinese; empty when the record is sound.
    public var problems: [String] {
        var p: [String] = []
        if replied != nil && outcome == nil {
            p.append("申请 \(id) 有答复日期但没有处理结果，统计时按未办结计入结转")
        }
        if replied == nil && outcome != nil {
            p.append("申请 \(id) 有处理结果但没有答复日期，统计时按未办结计入结转")
        }
        if let r = replied, r < received {
            p.append("申请 \(id) 的答复日期 \(r) 早于收到日期 \(received)")
        }
        if let w = withdrawn, w < received {
            p.append("申请 \(id) 的撤回日期 \(w) 早于收到日期 \(received)")
        }
        return p
    }
}
