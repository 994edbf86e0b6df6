/// 信息处理费 — the progressive (超额累进) schedule of 《政府信息公开信息处理费管理办法》
/// (国办函〔2020〕109号; 条例第四十二条; Docs/领域规则.md §3). One of the two standards applies to an
/// application, never both (办法第三条).
public enum InformationFee {
    /// 计收方式.
    public enum Basis: String, DomainCode {
        /// 按件计收 (办法第四条): the applicant's applications within one natural month.
        case perRequest = "per-request"
        /// 按量计收 (办法第五条): the pages of one application.
        case perPage = "per-page"

        public var chineseName: String {
            switch self {
            case .perRequest: return "按件计收"
            case .perPage: return "按量计收"
            }
        }

        public var englishName: String {
            switch self {
            case .perRequest: return "Charged per request"
            case .perPage: return "Charged per page"
            }
        }

        public var unit: String { self == .perRequest ? "件" : "页" }
    }

    /// 一档 — units `from...to` (to nil: no upper end) charged `rate` 元 each.
    public struct Band: Hashable, Sendable, Codable {
        public var from: Int
        public var to: Int?
        public var rate: Int
    }

    /// 计费明细 — one band that applies, with how many units fall in it.
    public struct Line: Hashable, Sendable, Codable {
        public var from: Int
        public var to: Int
        public var units: Int
        public var rate: Int
        public var amount: Int
    }

    /// 计费结果 (元, whole yuan: every rate is whole).
    public struct Charge: Hashable, Sendable, Codable {
        public var basis: Basis
        public var quantity: Int
        public var lines: [Line]
        public var total: Int
    }

    /// 按件: ≤10 free; 11–30 at 100 元/件; from 31 each band of 10 件 costs 100 元/件 more
    /// (31–40: 200, 41–50: 300, …).
    public static func perRequestRate(_ n: Int) -> Int {
        if n <= 10 { return 0 }
        if n <= 30 { return 100 }
        return 100 + 100 * ((n - 31) / 10 + 1)
    }

    /// 按量: ≤30 free; 31–100 at 10 元/页; 101–200 at 20 元/页; over 200 at 40 元/页.
    public static func perPageRate(_ n: Int) -> Int {
        if n <= 30 { return 0 }
        if n <= 100 { return 10 }
        if n <= 200 { return 20 }
        return 40
    }

    /// The fee for units 1 through `quantity` (the pages of one application, or every 件 of the
    /// applicant's month), band by band.
    public static func charge(_ basis: Basis, quantity: Int) -> Charge {
        charge(basis, first: 1, through: quantity)
    }

    /// 按件: the fee for this application when it is 件 `first` through `through` of the
    /// applicant's natural month (one application may count as several 件 under 办法第四条
    /// “一事一申请”); the earlier 件 of the month were charged on their own notices.
    public static func charge(_ basis: Basis, first: Int, through quantity: Int) -> Charge {
        let q = max(0, quantity)
        func rate(_ n: Int) -> Int { basis == .perRequest ? perRequestRate(n) : perPageRate(n) }
        var lines: [Line] = []
        var n = max(1, first)
        while n <= q {
            let r = rate(n)
            var end = n
            while end + 1 <= q && rate(end + 1) == r { end += 1 }
            if r > 0 {
                let units = end - n + 1
                lines.append(Line(from: n, to: end, units: units, rate: r, amount: units * r))
            }
            n = end + 1
        }
        return Charge(basis: basis, quantity: q, lines: lines, total: lines.reduce(0) { $0 + $1.amount })
    }

    /// “第11—30件 20件 × 100元 = 2000元” — one line of the notice's 计算过程.
    public static func describe(_ line: Line, unit: String) -> String {
        "第\(line.from)—\(line.to)\(unit)：\(line.units)\(unit) × \(line.rate)元 = \(line.amount)元"
    }
}
