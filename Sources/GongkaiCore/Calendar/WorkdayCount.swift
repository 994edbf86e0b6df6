/// 不计入原因 — why a day inside a counted period was not counted (C7 derivation).
public enum SkipReason: String, DomainCode {
    /// 法定节假日 from the State Council arrangement, even when it falls on a weekend.
    case holiday
    /// 休息日 — a plain Saturday or Sunday that is not a make-up workday.
    case weekend
    /// 不计算期间 — a working day inside a consultation pause (条例第三十二条、第三十四条; C2).
    case paused
    /// 收费期间不计 — a working day from the fee notice to payment, both included (国办函〔2020〕109号; C8).
    case feePaused = "fee-paused"

    public var chineseName: String {
        switch self {
        case .holiday: return "法定节假日"
        case .weekend: return "休息日"
        case .paused: return "征求意见期间不计"
        case .feePaused: return "缴费期间不计"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .holiday: return "Public holiday"
        case .weekend: return "Weekend"
        case .paused: return "Consultation (not counted)"
        case .feePaused: return "Fee pending (not counted)"
        }
    }
}

/// 未计入日 — one day of the counted period that was not counted, and why (C7).
public struct SkippedDay: Hashable, Sendable, Codable {
    public let date: CivilDate
    public let reason: SkipReason

    public init(date: CivilDate, reason: SkipReason) {
        self.date = date
        self.reason = reason
    }
}

/// 工作日计算结果 — "N working days from D" with its derivation (C1, C5, C7).
///
/// JSON: `{"from":"2025-09-26","days":20,"due":"2025-10-30","provisional":false,
/// "skipped":[{"date":"2025-09-27","reason":"weekend"},…],"missingYears":[]}`.
public struct WorkdayCount: Hashable, Sendable, Codable {
    /// The triggering day, itself not counted (期间开始的当日不计入, C1).
    public let from: CivilDate
    /// How many working days were counted.
    public let days: Int
    /// The `days`-th working day after `from`.
    public let due: CivilDate
    /// True when a year in [from, due] has no arrangement entered (C5).
    public let provisional: Bool
    /// Every day in (from, due] that was not counted, oldest first.
    public let skipped: [SkippedDay]
    /// The years in [from, due] with no arrangement, for the "which year is missing" notice (C5).
    public let missingYears: [Int]

    public init(from: CivilDate, days: Int, due: CivilDate, skipped: [SkippedDay], missingYears: [Int]) {
        self.from = from
        self.days = days
        self.due = due
        self.provisional = !missingYears.isEmpty
        self.skipped = skipped
        self.missingYears = missingYears
    }

    private enum CodingKeys: String, CodingKey {
        case from, days, due, provisional, skipped, missingYears
    }
}
