/// 表三行 — the 25 rows of table 三 (收到和处理政府信息公开申请情况), in the official order, with the
/// codes the project uses on the command line and in JSON — 国办公开办函〔2021〕30号 表三; Docs/领域规则.md §7.
public enum ReportRow: DomainCode {
    /// 一、本年新收政府信息公开申请数量.
    case received
    /// 二、上年结转政府信息公开申请数量.
    case carriedIn
    /// 三（一）–（六）: the row an outcome code counts in — the row's code is the outcome's code, so
    /// the rows are not listed twice (`outcomeRows` derives them from `ApplicationOutcome`).
    case outcome(ApplicationOutcome)
    /// 三（七）总计 — the sum of every outcome row 三（一）–（六）.
    case processedTotal
    /// 四、结转下年度继续办理 — applications still open at 31 December.
    case carriedOut

    /// The 21 outcome rows, in the official order: every outcome that counts in a row of its own
    /// (C11: `granted.already-public` and `unavailable.not-this-agency` count in another's).
    public static let outcomeRows: [ReportRow] = ApplicationOutcome.allCases
        .filter { $0.reportRowCode == $0.rawValue }.map(ReportRow.outcome)

    /// The 25 rows in the official order.
    public static let allCases: [ReportRow] = [.received, .carriedIn] + outcomeRows + [.processedTotal, .carriedOut]

    public init?(rawValue: String) {
        switch rawValue {
        case "received": self = .received
        case "carried-in": self = .carriedIn
        case "processed-total": self = .processedTotal
        case "carried-out": self = .carriedOut
        default:
            guard let o = ApplicationOutcome(rawValue: rawValue), o.reportRowCode == rawValue else { return nil }
            self = .outcome(o)
        }
    }

    /// The code on the command line and in JSON: an outcome row's is its outcome's code.
    public var rawValue: String {
        switch self {
        case .received: return "received"
        case .carriedIn: return "carried-in"
        case .outcome(let o): return o.rawValue
        case .processedTotal: return "processed-total"
        case .carriedOut: return "carried-out"
        }
    }

    public init(from decoder: any Decoder) throws {
        let code = try decoder.singleValueContainer().decode(String.self)
        guard let row = ReportRow(rawValue: code) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not a row of table 三: \(code)"))
        }
        self = row
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }

    /// The full, unambiguous Chinese name (group and item), e.g. `三（六）其他处理 3 其他`; accepted
    /// wherever the code is. The label printed in the table is `label`.
    public var chineseName: String {
        if let g = group { return g + " " + item }
        return item
    }

    /// The English name (group and item), shown when the interface language is English; the
    /// report's printed tables keep the legal Chinese `label`.
    public var englishName: String {
        let group: String? = switch rawValue.split(separator: ".").first {
        case "withheld": "3(3) Withheld"
        case "unavailable": "3(4) Cannot be provided"
        case "not-processed": "3(5) Not processed"
        case "other": "3(6) Otherwise handled"
        default: nil
        }
        if let group, let n = itemNumber, let o = outcome { return "\(group) \(n) \(o.englishName)" }
        switch self {
        case .received: return "1. New requests this year"
        case .carriedIn: return "2. Carried in from last year"
        case .outcome(.granted): return "3(1) Disclosed"
        case .outcome(.partiallyGranted): return "3(2) Partially disclosed"
        case .outcome(let o): return o.englishName
        case .processedTotal: return "3(7) Total"
        case .carriedOut: return "4. Carried over to next year"
        }
    }

    /// The label exactly as Docs/领域规则.md §7 lists it: the first row of a group carries the group
    /// (`三（三）不予公开 1 属于国家秘密`), the following rows only their item (`2 其他法律行政法规禁止公开`).
    public var label: String {
        if let g = group, itemNumber == 1 { return g + " " + item }
        return item
    }

    /// The group header of an itemised row: 三（三）不予公开, 三（四）无法提供, 三（五）不予处理, 三（六）其他处理.
    public var group: String? {
        switch rawValue.split(separator: ".").first {
        case "withheld": return "三（三）不予公开"
        case "unavailable": return "三（四）无法提供"
        case "not-processed": return "三（五）不予处理"
        case "other": return "三（六）其他处理"
        default: return nil
        }
    }

    /// The item's number inside its group (1…8), nil for rows without a group.
    public var itemNumber: Int? {
        guard let g = group else { return nil }
        return ReportRow.allCases.filter { $0.group == g }.firstIndex(of: self)! + 1
    }

    /// The item text: `1 属于国家秘密` for itemised rows (number + the outcome's Chinese name), the
    /// whole label for the others.
    public var item: String {
        if let n = itemNumber, let o = outcome { return "\(n) \(o.chineseName)" }
        switch self {
        case .received: return "一、本年新收政府信息公开申请数量"
        case .carriedIn: return "二、上年结转政府信息公开申请数量"
        case .outcome(.granted): return "三（一）予以公开"
        case .outcome(.partiallyGranted): return "三（二）部分公开"
        case .outcome(let o): return o.chineseName
        case .processedTotal: return "三（七）总计"
        case .carriedOut: return "四、结转下年度继续办理"
        }
    }

    /// The outcome this row counts (三（一）–（六）); nil for 一、二、三（七）、四.
    public var outcome: ApplicationOutcome? {
        if case .outcome(let o) = self { return o }
        return nil
    }

    /// The row an outcome is counted in (the codes are the same, Docs/领域规则.md §8).
    /// `granted.already-public` and `unavailable.not-this-agency` count in 三（一） and 三（四）1 (C11).
    public init(_ outcome: ApplicationOutcome) { self = .outcome(ApplicationOutcome(rawValue: outcome.reportRowCode)!) }

    /// Whether the row is one of the outcome rows 三（一）–（六） summed into 三（七）总计.
    public var isOutcome: Bool { outcome != nil }

    // MARK: The template's words (国办公开办函〔2021〕30号) — the one source of the statutory labels

    /// 三、本年度办理结果 — the heading above （一）…（七） in the template.
    public static let resultsHeading = "三、本年度办理结果"

    /// Whether the row sits under 三、本年度办理结果 (（一）…（七）).
    public var isResult: Bool { isOutcome || self == .processedTotal }

    /// The group's label as the template prints it: （三）不予公开, （四）无法提供, （五）不予处理, （六）其他处理.
    public var officialGroup: String? {
        switch rawValue.split(separator: ".").first {
        case "withheld": return "（三）不予公开"
        case "unavailable": return "（四）无法提供"
        case "not-processed": return "（五）不予处理"
        case "other": return "（六）其他处理"
        default: return nil
        }
    }

    /// The row's own label verbatim as the template prints it (“1.属于国家秘密”, “（一）予以公开”,
    /// “（二）部分公开（区分处理的，只计这一情形，不计其他情形）”, “一、本年新收政府信息公开申请数量”).
    public var officialLabel: String {
        switch self {
        case .received: return "一、本年新收政府信息公开申请数量"
        case .carriedIn: return "二、上年结转政府信息公开申请数量"
        case .outcome(.granted): return "（一）予以公开"
        case .outcome(.partiallyGranted): return "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
        // The template spells out these two items in full; every other item prints its outcome's name.
        case .outcome(.otherNoCorrection):
            return "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"
        case .outcome(.otherFeeUnpaid):
            return "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"
        case .outcome(let o): return "\(itemNumber!).\(o.chineseName)"
        case .processedTotal: return "（七）总计"
        case .carriedOut: return "四、结转下年度继续办理"
        }
    }

    /// The official label with its group in one cell, for flat outputs (CSV, Markdown):
    /// “（三）不予公开 1.属于国家秘密”; rows without a group give `officialLabel`.
    public var officialFlatLabel: String {
        if let g = officialGroup { return g + " " + officialLabel }
        return officialLabel
    }

    /// Position in the official order (0…24).
    public var index: Int { ReportRow.allCases.firstIndex(of: self)! }
}
