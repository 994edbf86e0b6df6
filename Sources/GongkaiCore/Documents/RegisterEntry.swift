/// 效力状态 — the 立改废 status of a 规章 or 行政规范性文件 (Docs/领域规则.md §6).
public enum RegulationStatus: String, DomainCode {
    case inForce = "in-force"
    case amended
    case repealed
    case expired

    public var chineseName: String {
        switch self {
        case .inForce: return "现行有效"
        case .amended: return "已修改"
        case .repealed: return "已废止"
        case .expired: return "已失效"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .inForce: return "In force"
        case .amended: return "Amended"
        case .repealed: return "Repealed"
        case .expired: return "Expired"
        }
    }
}

/// 规章和规范性文件台账条目 — one 规章 or 行政规范性文件 with its lifecycle (立改废; Docs/领域规则.md
/// section 6; annual report table 二 第二十条第（一）项).
///
/// Date conventions (the contract is silent; Docs/ states them):
/// - `validUntil` is the **last day** of validity: in force on it, 已失效 from the next day.
/// - `repealed` and `amendedOn` are the **first day** the change applies: on that day the entry is
///   already 已废止 / 已修改.
/// - 已修改 is not counted as 现行有效: the amending document (itself an entry) carries the text in
///   force, so each text is counted once. Repeal outranks expiry, expiry outranks amendment.
public struct RegisterEntry: Hashable, Sendable, Codable, Identifiable {
    /// The document's id.
    public var id: String
    public var title: String
    public var docNumber: String?
    /// `.regulation` 规章 or `.normative` 行政规范性文件.
    public var type: DocumentType
    /// 制发日期 — the 成文日期; the annual report's 本年制发 counts by its year.
    public var issued: CivilDate
    /// 有效期至 — last day of validity; nil when the document sets none.
    public var validUntil: CivilDate?
    /// 修改文件 — the id of the amending document.
    public var amendedBy: String?
    /// The day the amendment applies (the amending document's 成文日期 unless the store knows better).
    public var amendedOn: CivilDate?
    /// 废止日期.
    public var repealed: CivilDate?

    public init(id: String, title: String, docNumber: String? = nil, type: DocumentType, issued: CivilDate,
                validUntil: CivilDate? = nil, amendedBy: String? = nil, amendedOn: CivilDate? = nil,
                repealed: CivilDate? = nil) {
        self.id = id
        self.title = title
        self.docNumber = docNumber
        self.type = type
        self.issued = issued
        self.validUntil = validUntil
        self.amendedBy = amendedBy
        self.amendedOn = amendedOn
        self.repealed = repealed
    }

    /// Whether a document type is kept in the register (规章 and 行政规范性文件 only).
    public static func isRegistered(_ type: DocumentType) -> Bool { type == .regulation || type == .normative }

    /// 效力状态 on `date`. Before `issued` the entry does not exist yet; this returns in-force
    /// for it, so callers that count must check `issued` (as `counts` does).
    public func status(on date: CivilDate) -> RegulationStatus {
        if let r = repealed, r <= date { return .repealed }
        if let v = validUntil, v < date { return .expired }
        if amendedBy != nil, amendedOn.map({ $0 <= date }) ?? true { return .amended }
        return .inForce
    }

    /// 现行有效 on `date`: issued by then and in force.
    public func isInForce(on date: CivilDate) -> Bool {
        issued <= date && status(on: date) == .inForce
    }

    /// 评估提醒 — in force today and its validity ends within the next 6 months (many provinces
    /// require evaluation in the 6 months before expiry), i.e. today ≤ validUntil ≤ today + 6 months.
    public func needsEvaluation(today: CivilDate) -> Bool {
        guard let end = validUntil, status(on: today) == .inForce else { return false }
        return today <= end && end <= today.addingMonths(RegisterEntry.evaluationMonths)
    }

    /// 6 个月 — the evaluation window before expiry.
    public static let evaluationMonths = 6

    /// 试行/暂行 — provisional rules commonly run 1–2 years, others 3 or 5 (section 6).
    public static func isTrialTitle(_ title: String) -> Bool {
        title.contains("试行") || title.contains("暂行")
    }

    /// 有效期提示 — the customary validity in years for the title: 1…2 for 试行/暂行, else 3…5.
    public static func suggestedValidityYears(title: String) -> ClosedRange<Int> {
        isTrialTitle(title) ? 1...2 : 3...5
    }

    /// 有效期提示 (Chinese) when the entry departs from custom: a 试行/暂行 title with no end date,
    /// or with one more than 2 years after issue. Advice only; nothing is refused.
    public var validityHint: String? {
        guard RegisterEntry.isTrialTitle(title) else { return nil }
        guard let end = validUntil else {
            return "标题含“试行”或“暂行”，一般应设定 1 至 2 年的有效期，请填写有效期"
        }
        if end > issued.addingMonths(24) {
            return "标题含“试行”或“暂行”，有效期一般不超过 2 年（当前至 \(end)）"
        }
        return nil
    }
}

/// 年度台账统计 — annual report table 二 第二十条第（一）项 for one type and year: 本年制发件数,
/// 本年废止件数, 现行有效件数 (at 31 December), plus 失效 and 修改 counts for the officer's check.
public struct RegisterYearCounts: Hashable, Sendable, Codable {
    public let year: Int
    public let type: DocumentType
    /// 本年制发 — issued in the year.
    public let issued: Int
    /// 本年废止 — repealed in the year (expiry is not repeal).
    public let repealed: Int
    /// 现行有效 — in force on 31 December of the year (see `RegisterEntry` conventions).
    public let inForceAtYearEnd: Int
    /// 本年失效 — entries that became 已失效 in the year (the day after `validUntil` falls in it),
    /// unless repealed before.
    public let expired: Int
    /// 本年修改 — amendments applying in the year.
    public let amended: Int

    /// Counts for `type` in `year`. Entries of other types are ignored.
    public static func compute(_ entries: [RegisterEntry], year: Int, type: DocumentType) -> RegisterYearCounts {
        let mine = entries.filter { $0.type == type }
        let yearEnd = CivilDate(year: year, month: 12, day: 31)!
        return RegisterYearCounts(
            year: year, type: type,
            issued: mine.filter { $0.issued.year == year }.count,
            repealed: mine.filter { $0.repealed?.year == year }.count,
            inForceAtYearEnd: mine.filter { $0.isInForce(on: yearEnd) }.count,
            // Expiry happens the day after the last valid day, so an end date of 31 December
            // belongs to the next year. A repeal on or before that day wins.
            expired: mine.filter { e in
                guard let v = e.validUntil else { return false }
                let lapse = v.adding(days: 1)
                return lapse.year == year && (e.repealed.map { $0 > lapse } ?? true)
            }.count,
            amended: mine.filter { $0.amendedBy != nil && $0.amendedOn?.year == year }.count)
    }

    /// Both rows of table 二 第（一）项: 规章 then 行政规范性文件.
    public static func compute(_ entries: [RegisterEntry], year: Int) -> [RegisterYearCounts] {
        [compute(entries, year: year, type: .regulation), compute(entries, year: year, type: .normative)]
    }
}

extension CivilDate {
    /// The same day `months` calendar months later, clamped to the month's end (08-31 + 6 → 02-28/29).
    /// Internal: the evaluation window is the only user so far.
    func addingMonths(_ months: Int) -> CivilDate {
        let total = year * 12 + (month - 1) + months
        let y = total / 12, m = total % 12 + 1
        let dd = min(day, CivilDate.daysInMonth(year: y, month: m))
        return CivilDate(year: y, month: m, day: dd)!
    }
}
