/// 表三 收到和处理政府信息公开申请情况 — 25 rows × 7 columns of counts for one year
/// (国办公开办函〔2021〕30号 表三; Docs/领域规则.md §7).
///
/// The table is a plain value of raw numbers: `computed(year:facts:unitId:)` fills it from the
/// ledger (and then every identity holds by construction), but it can equally be built from numbers
/// that came from elsewhere (an imported or hand-edited table, a previous year's filed report), which
/// is why the 总计 column and the 三（七）总计 row are stored, not derived, and why `checks` exists.
public struct ApplicationTable: Hashable, Sendable {
    /// 报告年度.
    public var year: Int
    /// cells[row.index][column.index].
    private var cells: [[Int]]

    /// An all-zero table for `year`.
    public init(year: Int) {
        self.year = year
        self.cells = Array(repeating: Array(repeating: 0, count: ReportColumn.allCases.count),
                           count: ReportRow.allCases.count)
    }

    /// A table from raw numbers: every one of the 25 rows, each with 7 numbers in the official column
    /// order (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计). Totals are taken as
    /// given — use `withDerivedTotals()` to recompute them, `checks` to test them.
    public init(year: Int, rows: [ReportRow: [Int]]) throws {
        self.init(year: year)
        for row in ReportRow.allCases {
            guard let values = rows[row] else { throw AnnualReportError.missingRow(row.rawValue) }
            guard values.count == ReportColumn.allCases.count else {
                throw AnnualReportError.wrongCellCount(row: row.rawValue, count: values.count)
            }
            cells[row.index] = values
        }
    }

    /// One cell.
    public subscript(row: ReportRow, column: ReportColumn) -> Int {
        get { cells[row.index][column.index] }
        set { cells[row.index][column.index] = newValue }
    }

    /// The 7 numbers of a row, in the official column order.
    public func values(of row: ReportRow) -> [Int] { cells[row.index] }

    /// Every row with its 7 numbers.
    public var rows: [ReportRow: [Int]] {
        Dictionary(uniqueKeysWithValues: ReportRow.allCases.map { ($0, cells[$0.index]) })
    }

    // MARK: Computing from the ledger

    /// 统计 — table 三 for `year` from the ledger facts (of one unit when `unitId` is given, else all):
    /// 一 new in the year of receipt; 二 received before the year and open at the end of the previous
    /// year; each closed application once in its outcome row in the year of its closing (see
    /// `ApplicationFact`); 四 open at 31 December. 总计 column and 三（七） are then summed, so
    /// 一 + 二 = 三（七）+ 四 holds in every column by construction.
    public static func computed(year: Int, facts: [ApplicationFact], unitId: String? = nil) -> ApplicationTable {
        var t = ApplicationTable(year: year)
        for f in facts where unitId == nil || f.unitId == unitId {
            let col = ReportColumn(f.applicantType)
            if f.received.year == year { t[.received, col] += 1 }
            if f.received.year < year && f.isOpen(atEndOf: year - 1) { t[.carriedIn, col] += 1 }
            if let c = f.closing, c.date.year == year { t[c.row, col] += 1 }
            if f.isOpen(atEndOf: year) { t[.carriedOut, col] += 1 }
        }
        return t.withDerivedTotals()
    }

    /// The same numbers with 三（七）总计 recomputed as the sum of the outcome rows and the 总计 column
    /// as the sum of the six applicant columns (for a hand-entered table).
    public func withDerivedTotals() -> ApplicationTable {
        var t = self
        for col in ReportColumn.applicantColumns {
            t[.processedTotal, col] = ReportRow.outcomeRows.reduce(0) { $0 + t[$1, col] }
        }
        for row in ReportRow.allCases {
            t[row, .total] = ReportColumn.applicantColumns.reduce(0) { $0 + t[row, $1] }
        }
        return t
    }

    /// 汇总 — cell-by-cell sum of tables of the same year (county-wide = sum of the units).
    public static func summing(_ tables: [ApplicationTable]) throws -> ApplicationTable {
        guard let first = tables.first else { throw AnnualReportError.nothingToSum }
        let years = Set(tables.map(\.year))
        guard years.count == 1 else { throw AnnualReportError.yearMismatch(years.sorted()) }
        var t = ApplicationTable(year: first.year)
        for other in tables {
            for row in ReportRow.allCases {
                for col in ReportColumn.allCases { t[row, col] += other[row, col] }
            }
        }
        return t
    }

    // MARK: Checks

    /// 校验 — every violated identity, one entry per failing column (or row for the 总计 column),
    /// with the numbers in the Chinese detail. Empty when the table is sound. `previousYear` is last
    /// year's table (filed report) when there is one; 上年结转 is compared with its 结转下年度.
    public func checks(previousYear: ApplicationTable? = nil) -> [ReportCheck] {
        var out: [ReportCheck] = []
        let negatives = ReportRow.allCases.flatMap { row in
            ReportColumn.allCases.filter { self[row, $0] < 0 }.map { (row, $0) }
        }
        for (row, col) in negatives {
            out.append(ReportCheck(.table3NonNegative, ok: false,
                                   detail: "\(row.chineseName)·\(col.chineseName) 为 \(self[row, col])，不能为负数"))
        }
        for col in ReportColumn.allCases {
            let a = self[.received, col], b = self[.carriedIn, col]
            let c = self[.processedTotal, col], d = self[.carriedOut, col]
            if a + b != c + d {
                out.append(ReportCheck(.table3Balance, ok: false, detail:
                    "\(col.chineseName)：一 + 二 = \(a) + \(b) = \(a + b)，三（七）+ 四 = \(c) + \(d) = \(c + d)，不相等"))
            }
        }
        for col in ReportColumn.allCases {
            let sum = ReportRow.outcomeRows.reduce(0) { $0 + self[$1, col] }
            if sum != self[.processedTotal, col] {
                out.append(ReportCheck(.table3ProcessedTotal, ok: false, detail:
                    "\(col.chineseName)：三（七）总计为 \(self[.processedTotal, col])，（一）至（六）之和为 \(sum)"))
            }
        }
        for row in ReportRow.allCases {
            let sum = ReportColumn.applicantColumns.reduce(0) { $0 + self[row, $1] }
            if sum != self[row, .total] {
                out.append(ReportCheck(.table3TotalColumn, ok: false, detail:
                    "\(row.chineseName)：总计为 \(self[row, .total])，六类申请人之和为 \(sum)"))
            }
        }
        if let prev = previousYear {
            if prev.year != year - 1 {
                out.append(ReportCheck(.table3CarryOver, ok: false, detail:
                    "用于核对的上年度报告是 \(prev.year) 年的，应为 \(year - 1) 年"))
            } else {
                for col in ReportColumn.allCases where self[.carriedIn, col] != prev[.carriedOut, col] {
                    out.append(ReportCheck(.table3CarryOver, ok: false, detail:
                        "\(col.chineseName)：\(year) 年上年结转为 \(self[.carriedIn, col])，\(prev.year) 年结转下年度继续办理为 \(prev[.carriedOut, col])"))
                }
            }
        }
        return out
    }

    /// One result per identity (ok, or the failures joined) — for the JSON `checks` list and the TUI.
    /// The carry-over identity is listed only when `previousYear` is given.
    public func checkSummary(previousYear: ApplicationTable? = nil) -> [ReportCheck] {
        var ids: [ReportIdentity] = [.table3Balance, .table3ProcessedTotal, .table3TotalColumn, .table3NonNegative]
        if previousYear != nil { ids.append(.table3CarryOver) }
        return ReportCheck.summarise(checks(previousYear: previousYear), over: ids)
    }
}

extension ReportCheck {
    /// One check per identity: ok with “通过”, or not ok with the failures' details joined by “；”.
    static func summarise(_ failures: [ReportCheck], over identities: [ReportIdentity]) -> [ReportCheck] {
        identities.map { id in
            let mine = failures.filter { $0.name == id.rawValue }
            return mine.isEmpty
                ? ReportCheck(id, ok: true, detail: "\(id.chineseName)：通过")
                : ReportCheck(id, ok: false, detail: mine.map(\.detail).joined(separator: "；"))
        }
    }
}

// JSON: {"year", "columns": [7 codes], "rows": {"received": [7 ints], …}} — every row
// code present; decoding refuses missing or unknown rows, wrong counts and a different column order.
extension ApplicationTable: Codable {
    private enum CodingKeys: String, CodingKey { case year, columns, rows }

    private struct RowKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let year = try c.decode(Int.self, forKey: .year)
        if let cols = try c.decodeIfPresent([String].self, forKey: .columns),
           cols != ReportColumn.allCases.map(\.rawValue) {
            throw AnnualReportError.columnsMismatch(cols)
        }
        let rc = try c.nestedContainer(keyedBy: RowKey.self, forKey: .rows)
        var rows: [ReportRow: [Int]] = [:]
        for key in rc.allKeys {
            guard let row = ReportRow(rawValue: key.stringValue) else {
                throw AnnualReportError.unknownRow(key.stringValue)
            }
            rows[row] = try rc.decode([Int].self, forKey: key)
        }
        try self.init(year: year, rows: rows)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(year, forKey: .year)
        try c.encode(ReportColumn.allCases.map(\.rawValue), forKey: .columns)
        var rc = c.nestedContainer(keyedBy: RowKey.self, forKey: .rows)
        for row in ReportRow.allCases {
            try rc.encode(values(of: row), forKey: RowKey(stringValue: row.rawValue))
        }
    }
}
