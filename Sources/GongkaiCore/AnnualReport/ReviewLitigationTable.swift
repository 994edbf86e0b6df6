/// 表四一组 — one group of table 四: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计
/// — 国办公开办函〔2021〕30号 表四. 总计 is stored (it may come from elsewhere) and checked.
public struct ReviewCounts: Hashable, Sendable, Codable {
    /// 结果维持.
    public var upheld: Int
    /// 结果纠正.
    public var corrected: Int
    /// 其他结果.
    public var other: Int
    /// 尚未审结.
    public var pending: Int
    /// 总计 = 维持 + 纠正 + 其他 + 尚未审结.
    public var total: Int

    /// Raw numbers, 总计 as given.
    public init(upheld: Int = 0, corrected: Int = 0, other: Int = 0, pending: Int = 0, total: Int) {
        self.upheld = upheld
        self.corrected = corrected
        self.other = other
        self.pending = pending
        self.total = total
    }

    /// Numbers with 总计 summed.
    public init(upheld: Int = 0, corrected: Int = 0, other: Int = 0, pending: Int = 0) {
        self.init(upheld: upheld, corrected: corrected, other: other, pending: pending,
                  total: upheld + corrected + other + pending)
    }

    /// The count under one result.
    public subscript(result: ReviewResult) -> Int {
        get {
            switch result {
            case .upheld: return upheld
            case .corrected: return corrected
            case .other: return other
            case .pending: return pending
            }
        }
        set {
            switch result {
            case .upheld: upheld = newValue
            case .corrected: corrected = newValue
            case .other: other = newValue
            case .pending: pending = newValue
            }
        }
    }

    /// The five numbers in the official order (维持, 纠正, 其他, 尚未审结, 总计).
    public var values: [Int] { [upheld, corrected, other, pending, total] }

    public static func + (a: ReviewCounts, b: ReviewCounts) -> ReviewCounts {
        ReviewCounts(upheld: a.upheld + b.upheld, corrected: a.corrected + b.corrected,
                     other: a.other + b.other, pending: a.pending + b.pending, total: a.total + b.total)
    }
}

/// 表四 政府信息公开行政复议、行政诉讼情况 — 行政复议; 行政诉讼 未经复议直接起诉; 复议后起诉; each
/// 维持/纠正/其他/尚未审结/总计 — 国办公开办函〔2021〕30号 表四. Counting rule: see `ReviewCase`.
public struct ReviewLitigationTable: Hashable, Sendable, Codable {
    /// 报告年度.
    public var year: Int
    /// 行政复议.
    public var reconsideration: ReviewCounts
    /// 行政诉讼 · 未经复议直接起诉.
    public var litigationDirect: ReviewCounts
    /// 行政诉讼 · 复议后起诉.
    public var litigationAfterReconsideration: ReviewCounts

    public init(year: Int, reconsideration: ReviewCounts = .init(),
                litigationDirect: ReviewCounts = .init(),
                litigationAfterReconsideration: ReviewCounts = .init()) {
        self.year = year
        self.reconsideration = reconsideration
        self.litigationDirect = litigationDirect
        self.litigationAfterReconsideration = litigationAfterReconsideration
    }

    private enum CodingKeys: String, CodingKey {
        case year
        case reconsideration
        case litigationDirect = "litigation-direct"
        case litigationAfterReconsideration = "litigation-after-reconsideration"
    }

    /// The group of one kind.
    public subscript(kind: ReviewCaseKind) -> ReviewCounts {
        get {
            switch kind {
            case .reconsideration: return reconsideration
            case .litigationDirect: return litigationDirect
            case .litigationAfterReconsideration: return litigationAfterReconsideration
            }
        }
        set {
            switch kind {
            case .reconsideration: reconsideration = newValue
            case .litigationDirect: litigationDirect = newValue
            case .litigationAfterReconsideration: litigationAfterReconsideration = newValue
            }
        }
    }

    /// 统计 — table 四 for `year` from the cases (of one unit when `unitId` is given, else all);
    /// 总计 is summed, so it holds by construction.
    public static func computed(year: Int, cases: [ReviewCase], unitId: String? = nil) -> ReviewLitigationTable {
        var t = ReviewLitigationTable(year: year)
        for c in cases where unitId == nil || c.unitId == unitId {
            guard let r = c.column(in: year) else { continue }
            var g = t[c.kind]
            g[r] += 1
            g.total += 1
            t[c.kind] = g
        }
        return t
    }

    /// 汇总 — cell-by-cell sum of tables of the same year.
    public static func summing(_ tables: [ReviewLitigationTable]) throws -> ReviewLitigationTable {
        guard let first = tables.first else { throw AnnualReportError.nothingToSum }
        let years = Set(tables.map(\.year))
        guard years.count == 1 else { throw AnnualReportError.yearMismatch(years.sorted()) }
        var t = ReviewLitigationTable(year: first.year)
        for other in tables {
            for k in ReviewCaseKind.allCases { t[k] = t[k] + other[k] }
        }
        return t
    }

    /// 校验 — violations only: 总计 ≠ 维持 + 纠正 + 其他 + 尚未审结; negative numbers.
    public func checks() -> [ReportCheck] {
        var out: [ReportCheck] = []
        for k in ReviewCaseKind.allCases {
            let g = self[k]
            let name = k == .reconsideration ? "行政复议" : "行政诉讼（\(k.chineseName)）"
            for (i, v) in g.values.enumerated() where v < 0 {
                let col = i < 4 ? ReviewResult.allCases[i].chineseName : "总计"
                out.append(ReportCheck(.table4NonNegative, ok: false, detail: "\(name)\(col)为 \(v)，不能为负数"))
            }
            let sum = g.upheld + g.corrected + g.other + g.pending
            if sum != g.total {
                out.append(ReportCheck(.table4Total, ok: false, detail:
                    "\(name)：总计为 \(g.total)，维持 + 纠正 + 其他 + 尚未审结 = \(g.upheld) + \(g.corrected) + \(g.other) + \(g.pending) = \(sum)"))
            }
        }
        return out
    }

    /// One result per identity (for JSON and the TUI).
    public func checkSummary() -> [ReportCheck] {
        ReportCheck.summarise(checks(), over: [.table4Total, .table4NonNegative])
    }
}
