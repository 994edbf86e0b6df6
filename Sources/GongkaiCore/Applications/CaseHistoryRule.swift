/// 办理记录规则 — the rules of C9/C8 that refuse a case history the law does not allow (条例第三十条、
/// 第三十六条; 国办函〔2020〕109号). Each names its article; an admin may override one with a reason.
public enum CaseHistoryRule: String, DomainCode {
    /// 一次性告知 — one 补正 notice per application (条例第三十条; C9).
    case oneCorrectionNotice = "one-correction-notice"
    /// 补正期限不少于最短期限 — the correction period is at least the workspace minimum (条例第三十条
    /// “合理的补正期限”; C9).
    case correctionPeriodMinimum = "correction-period-minimum"
    /// 征求意见期间不发补正告知 — no 补正 notice while a consultation is open (条例第三十条、第三十二条; C9).
    case noCorrectionWhileConsulting = "no-correction-while-consulting"
    /// 逾期补正须说明 — a correction received after its period needs a note on good reason (条例第三十条; C9).
    case lateCorrectionNeedsNote = "late-correction-note"
    /// 逾期不补正 — other.no-correction only after a 补正 notice whose period ended uncorrected (条例第三十条; C9).
    case noCorrectionAfterPeriod = "no-correction-after-period"
    /// 补正后仍不明确 — unavailable.still-unclear only after a correction was received (条例第三十条、第三十六条; C9).
    case stillUnclearAfterCorrection = "still-unclear-after-correction"
    /// 逾期未缴费 — other.fee-unpaid only after a fee notice whose payment period ended (国办函〔2020〕109号; C8, C9).
    case feeUnpaidAfterPeriod = "fee-unpaid-after-period"

    public var chineseName: String {
        switch self {
        case .oneCorrectionNotice: return "一次性告知"
        case .correctionPeriodMinimum: return "补正期限不少于最短期限"
        case .noCorrectionWhileConsulting: return "征求意见期间不发补正告知"
        case .lateCorrectionNeedsNote: return "逾期补正须说明有无正当理由"
        case .noCorrectionAfterPeriod: return "补正期限届满未补正才能按逾期不补正办结"
        case .stillUnclearAfterCorrection: return "收到补正后才能答复补正后仍不明确"
        case .feeUnpaidAfterPeriod: return "缴费期限届满未缴费才能按逾期未缴费办结"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .oneCorrectionNotice: return "One correction notice"
        case .correctionPeriodMinimum: return "Minimum correction period"
        case .noCorrectionWhileConsulting: return "No correction notice while consulting"
        case .lateCorrectionNeedsNote: return "Late correction needs a note"
        case .noCorrectionAfterPeriod: return "Not-corrected closing only after the period"
        case .stillUnclearAfterCorrection: return "Still-unclear only after a correction"
        case .feeUnpaidAfterPeriod: return "Fee-unpaid closing only after the payment period"
        }
    }

    /// The legal source the rule rests on, in the language asked for.
    public func article(in lang: UILanguage) -> String {
        typealias G = CoreText.Guards
        switch self {
        case .oneCorrectionNotice, .correctionPeriodMinimum, .lateCorrectionNeedsNote, .noCorrectionAfterPeriod:
            return G.article30.text(in: lang)
        case .noCorrectionWhileConsulting: return G.article30and32.text(in: lang)
        case .stillUnclearAfterCorrection: return G.article30and36.text(in: lang)
        case .feeUnpaidAfterPeriod: return G.feeMeasures.text(in: lang)
        }
    }
}
