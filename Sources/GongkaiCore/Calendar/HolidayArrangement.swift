import Foundation

/// 节假日安排 — one year's 国务院办公厅关于部分节假日安排的通知: the days off and the weekend days made
/// working days (调休上班). Docs/领域规则.md §4; the working-day calendar is built only from these.
///
/// Every way of making one validates it, so an arrangement in hand is always consistent: days off
/// and make-up days lie in or next to the year, make-up days are Saturdays or Sundays, and no day
/// is both.
public struct HolidayArrangement: Hashable, Sendable, Codable {
    /// The year the notice arranges (公历年度).
    public let year: Int
    /// 通知标题 — the notice's title, cited in derivations so users can check the source.
    public let notice: String
    /// 发布日期 — the notice's date (the State Council publishes in November/December of year − 1).
    public let noticeDate: CivilDate
    /// 放假日期 — every day off, sorted; may include weekend days and days of year − 1
    /// (2023's 元旦 starts 2022-12-31).
    public let daysOff: [CivilDate]
    /// 调休上班 — weekend days that are working days, sorted.
    public let makeUpWorkdays: [CivilDate]

    /// Days a day off or make-up day may lie outside its year: 元旦 can begin on 30 or 31 December
    /// (2024, 2023) and a make-up day has fallen on 31 December of the year before (2012).
    public static let adjacentDays = 7
    /// The longest single run of days off accepted; 春节 2026 is 9 days, so 15 leaves room while
    /// still catching a mistyped month in a range such as `2027-02-05..2027-03-11`.
    public static let maxRangeDays = 15
    /// No arrangement has come near this many days off; more means a data-entry mistake.
    public static let maxDaysOff = 60

    /// Validates and creates an arrangement from typed values.
    public init(year: Int, notice: String, noticeDate: CivilDate,
                daysOff: [CivilDate], makeUpWorkdays: [CivilDate]) throws(ArrangementError) {
        guard (1949...9998).contains(year) else { throw .invalidYear(year) }
        let title = notice.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else { throw .emptyNotice }
        guard (year - 1...year).contains(noticeDate.year) else {
            throw .noticeDateOutOfRange(noticeDate, year: year)
        }
        let off = Array(Set(daysOff)).sorted()
        let makeUp = Array(Set(makeUpWorkdays)).sorted()
        guard !off.isEmpty else { throw .noDaysOff(year: year) }
        guard off.count <= Self.maxDaysOff else { throw .tooManyDaysOff(year: year, count: off.count) }
        let window = Self.window(for: year)
        for d in off where !window.contains(d) { throw .dateOutsideYear(.daysOff, d, year: year) }
        for d in makeUp where !window.contains(d) { throw .dateOutsideYear(.makeUpWorkdays, d, year: year) }
        for d in makeUp where !d.isWeekend { throw .makeUpNotWeekend(d) }
        let offSet = Set(off)
        for d in makeUp where offSet.contains(d) { throw .dayOffAlsoMakeUp(d) }
        self.year = year
        self.notice = title
        self.noticeDate = noticeDate
        self.daysOff = off
        self.makeUpWorkdays = makeUp
    }

    /// Validates already-parsed values (from the admin's TOML or JSON file): dates are ISO
    /// `YYYY-MM-DD` or inclusive ranges `YYYY-MM-DD..YYYY-MM-DD`.
    public static func validated(year: Int, notice: String, noticeDate: String,
                                 daysOff: [String], makeUpWorkdays: [String]) throws(ArrangementError)
        -> HolidayArrangement {
        guard let published = CivilDate(iso: noticeDate.trimmingCharacters(in: .whitespaces)) else {
            throw .invalidNoticeDate(noticeDate)
        }
        return try HolidayArrangement(
            year: year, notice: notice, noticeDate: published,
            daysOff: try expand(daysOff, field: .daysOff),
            makeUpWorkdays: try expand(makeUpWorkdays, field: .makeUpWorkdays))
    }

    /// Reads an admin-supplied JSON file:
    /// `{"year":2027,"notice":"…","noticeDate":"2026-11-..","daysOff":["2027-01-01","2027-02-05..2027-02-11"],"makeUpWorkdays":[…]}`.
    public static func fromJSON(_ data: Data) throws(ArrangementError) -> HolidayArrangement {
        let raw: RawArrangement
        do {
            raw = try JSONDecoder().decode(RawArrangement.self, from: data)
        } catch {
            throw .malformedJSON(Self.describe(error))
        }
        return try validated(year: raw.year, notice: raw.notice, noticeDate: raw.noticeDate,
                             daysOff: raw.daysOff, makeUpWorkdays: raw.makeUpWorkdays ?? [])
    }

    /// Parses one entry: a date or an inclusive range `a..b`.
    public static func expand(_ entries: [String], field: ArrangementError.Field) throws(ArrangementError)
        -> [CivilDate] {
        var dates: [CivilDate] = []
        for entry in entries {
            let text = entry.trimmingCharacters(in: .whitespaces)
            if let dots = text.range(of: "..") {
                guard let a = CivilDate(iso: String(text[..<dots.lowerBound]).trimmingCharacters(in: .whitespaces)),
                      let b = CivilDate(iso: String(text[dots.upperBound...]).trimmingCharacters(in: .whitespaces))
                else { throw .invalidDate(field, text) }
                let length = a.days(to: b) + 1
                guard length >= 1, length <= maxRangeDays else { throw .invalidRange(field, text) }
                dates += (0..<length).map { a.adding(days: $0) }
            } else {
                guard let d = CivilDate(iso: text) else { throw .invalidDate(field, text) }
                dates.append(d)
            }
        }
        return dates
    }

    /// Dates at most `adjacentDays` outside the calendar year.
    static func window(for year: Int) -> ClosedRange<CivilDate> {
        CivilDate(year: year, month: 1, day: 1)!.adding(days: -adjacentDays)
            ... CivilDate(year: year, month: 12, day: 31)!.adding(days: adjacentDays)
    }

    // MARK: Codable — the admin file's own shape, so an exported arrangement can be re-imported.

    private enum CodingKeys: String, CodingKey {
        case year, notice, noticeDate, daysOff, makeUpWorkdays
    }

    private struct RawArrangement: Decodable {
        var year: Int
        var notice: String
        var noticeDate: String
        var daysOff: [String]
        var makeUpWorkdays: [String]?
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self = try Self.validated(
            year: try c.decode(Int.self, forKey: .year),
            notice: try c.decode(String.self, forKey: .notice),
            noticeDate: try c.decode(String.self, forKey: .noticeDate),
            daysOff: try c.decode([String].self, forKey: .daysOff),
            makeUpWorkdays: try c.decodeIfPresent([String].self, forKey: .makeUpWorkdays) ?? [])
    }

    /// Encodes runs of consecutive days as ranges, as an admin would write them.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(year, forKey: .year)
        try c.encode(notice, forKey: .notice)
        try c.encode(noticeDate, forKey: .noticeDate)
        try c.encode(Self.compact(daysOff), forKey: .daysOff)
        try c.encode(Self.compact(makeUpWorkdays), forKey: .makeUpWorkdays)
    }

    /// Sorted dates → `["2025-01-01", "2025-01-28..2025-02-04", …]`.
    public static func compact(_ dates: [CivilDate]) -> [String] {
        var out: [String] = []
        var i = 0
        let sorted = Array(Set(dates)).sorted()
        while i < sorted.count {
            var j = i
            while j + 1 < sorted.count, sorted[j].days(to: sorted[j + 1]) == 1 { j += 1 }
            out.append(i == j ? sorted[i].iso : "\(sorted[i].iso)..\(sorted[j].iso)")
            i = j + 1
        }
        return out
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "missing key \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let ctx), DecodingError.valueNotFound(_, let ctx):
            let path = ctx.codingPath.map(\.stringValue).joined(separator: ".")
            return "wrong type at \"\(path)\""
        case DecodingError.dataCorrupted(let ctx): return ctx.debugDescription
        default: return String(describing: error)
        }
    }
}

/// 节假日安排校验错误 — why an admin-supplied arrangement was refused, in Chinese and English.
public enum ArrangementError: Error, Equatable, Sendable, LocalizedError, CustomStringConvertible {
    /// Which list of the file a bad date came from.
    public enum Field: String, Sendable, Equatable {
        case daysOff
        case makeUpWorkdays

        var chineseName: String { self == .daysOff ? "放假日期" : "调休上班日期" }
    }

    case invalidYear(Int)
    case emptyNotice
    case invalidNoticeDate(String)
    case noticeDateOutOfRange(CivilDate, year: Int)
    case invalidDate(Field, String)
    case invalidRange(Field, String)
    case dateOutsideYear(Field, CivilDate, year: Int)
    case makeUpNotWeekend(CivilDate)
    case dayOffAlsoMakeUp(CivilDate)
    case noDaysOff(year: Int)
    case tooManyDaysOff(year: Int, count: Int)
    case malformedJSON(String)

    /// 中文说明.
    public var chineseMessage: String {
        switch self {
        case .invalidYear(let y): return "年度 \(y) 无效"
        case .emptyNotice: return "缺少通知标题（如“国务院办公厅关于2027年部分节假日安排的通知”）"
        case .invalidNoticeDate(let t): return "通知发布日期“\(t)”不是 YYYY-MM-DD 格式的有效日期"
        case .noticeDateOutOfRange(let d, let y): return "通知发布日期 \(d) 应在 \(y - 1) 年或 \(y) 年内"
        case .invalidDate(let f, let t): return "\(f.chineseName)“\(t)”不是有效日期（应为 YYYY-MM-DD 或 YYYY-MM-DD..YYYY-MM-DD）"
        case .invalidRange(let f, let t): return "\(f.chineseName)区间“\(t)”无效：结束日早于开始日，或超过 \(HolidayArrangement.maxRangeDays) 天"
        case .dateOutsideYear(let f, let d, let y): return "\(f.chineseName) \(d) 不在 \(y) 年内或其前后 \(HolidayArrangement.adjacentDays) 天内"
        case .makeUpNotWeekend(let d): return "调休上班日期 \(d) 不是星期六或星期日"
        case .dayOffAlsoMakeUp(let d): return "\(d) 同时列为放假日期和调休上班日期"
        case .noDaysOff(let y): return "\(y) 年的安排没有任何放假日期；空安排会让该年不再标为“待确认”"
        case .tooManyDaysOff(let y, let n): return "\(y) 年的放假日期共 \(n) 天，超过 \(HolidayArrangement.maxDaysOff) 天，请检查"
        case .malformedJSON(let why): return "节假日安排文件格式错误：\(why)"
        }
    }

    /// English explanation.
    public var englishMessage: String {
        switch self {
        case .invalidYear(let y): return "year \(y) is not valid"
        case .emptyNotice: return "the notice title is missing"
        case .invalidNoticeDate(let t): return "notice date \"\(t)\" is not a valid YYYY-MM-DD date"
        case .noticeDateOutOfRange(let d, let y): return "notice date \(d) should fall in \(y - 1) or \(y)"
        case .invalidDate(let f, let t): return "\(f.rawValue): \"\(t)\" is not a date (YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD)"
        case .invalidRange(let f, let t): return "\(f.rawValue): range \"\(t)\" ends before it starts or is longer than \(HolidayArrangement.maxRangeDays) days"
        case .dateOutsideYear(let f, let d, let y): return "\(f.rawValue): \(d) is not in \(y) or within \(HolidayArrangement.adjacentDays) days of it"
        case .makeUpNotWeekend(let d): return "make-up workday \(d) is not a Saturday or Sunday"
        case .dayOffAlsoMakeUp(let d): return "\(d) is listed both as a day off and as a make-up workday"
        case .noDaysOff(let y): return "the arrangement for \(y) has no days off"
        case .tooManyDaysOff(let y, let n): return "the arrangement for \(y) has \(n) days off, more than \(HolidayArrangement.maxDaysOff)"
        case .malformedJSON(let why): return "the arrangement file is not valid: \(why)"
        }
    }

    /// In the interface language in force: Chinese only, or English only.
    public var message: String { UILanguage.current == .en ? englishMessage : chineseMessage }
    public var description: String { message }
    public var errorDescription: String? { message }
}
