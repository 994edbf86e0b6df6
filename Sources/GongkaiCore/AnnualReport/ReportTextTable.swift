/// 文本表格 — lays a table out as aligned plain-text columns by display width (CJK = 2 cells), with
/// header cells that may span several columns (the official two- and three-level headers).
/// Columns are separated by two spaces; a line of `-` separates the header from the body (the
/// project draws rules with ASCII only, Docs/CONVENTIONS.md).
public struct ReportTextTable: Hashable, Sendable {
    /// 表头单元格 — text over `span` columns (centred when it spans more than one).
    public struct HeaderCell: Hashable, Sendable {
        public var text: String
        public var span: Int
        public init(_ text: String, span: Int = 1) {
            self.text = text
            self.span = max(1, span)
        }
    }

    public var header: [[HeaderCell]]
    public var body: [[String]]
    /// One per column; body cells use it, single-column header cells too (numbers' headers right).
    public var alignments: [ReportTextAlignment]

    public init(header: [[HeaderCell]], body: [[String]], alignments: [ReportTextAlignment]) {
        self.header = header
        self.body = body
        self.alignments = alignments
    }

    static let separator = "  "

    /// The table as lines, trailing spaces removed.
    public func lines() -> [String] {
        let n = alignments.count
        var widths = Array(repeating: 0, count: n)
        for row in body {
            for (i, cell) in row.enumerated() where i < n {
                widths[i] = max(widths[i], ReportTextWidth.width(of: cell))
            }
        }
        for row in header {
            var col = 0
            for cell in row where col < n {
                if cell.span == 1 { widths[col] = max(widths[col], ReportTextWidth.width(of: cell.text)) }
                col += cell.span
            }
        }
        // Spanning cells wider than the columns they cover widen the last of those columns.
        for row in header {
            var col = 0
            for cell in row where col < n {
                let end = min(n, col + cell.span)
                let have = widths[col..<end].reduce(0, +) + Self.separator.count * (end - col - 1)
                let need = ReportTextWidth.width(of: cell.text)
                if need > have { widths[end - 1] += need - have }
                col += cell.span
            }
        }
        var out: [String] = []
        for row in header {
            var parts: [String] = []
            var col = 0
            for cell in row where col < n {
                let end = min(n, col + cell.span)
                let w = widths[col..<end].reduce(0, +) + Self.separator.count * (end - col - 1)
                let a: ReportTextAlignment = cell.span > 1 ? .center : alignments[col]
                parts.append(ReportTextWidth.pad(cell.text, to: w, alignment: a))
                col = end
            }
            out.append(Self.trimmed(parts.joined(separator: Self.separator)))
        }
        let total = widths.reduce(0, +) + Self.separator.count * max(0, n - 1)
        if !header.isEmpty { out.append(String(repeating: "-", count: total)) }
        for row in body {
            let parts = (0..<n).map { i in
                ReportTextWidth.pad(i < row.count ? row[i] : "", to: widths[i], alignment: alignments[i])
            }
            out.append(Self.trimmed(parts.joined(separator: Self.separator)))
        }
        return out
    }

    private static func trimmed(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }
}

extension ApplicationTable {
    /// 表三 as aligned plain text: 申请人情况 / 自然人 | 法人或其他组织（five） | 总计, then the 25 rows with
    /// their official labels (items of a group indented under the group), then the printed identity.
    public func textLines() -> [String] {
        typealias H = ReportTextTable.HeaderCell
        let orgs = ReportColumn.allCases.filter { $0.headerGroup != nil }
        let header: [[H]] = [
            [H(""), H("申请人情况", span: 7)],
            [H(""), H(""), H(ReportColumn.organisationGroup, span: orgs.count), H("")],
            [H("")] + ReportColumn.allCases.map { H($0.chineseName) },
        ]
        let body = ReportRow.allCases.map { row -> [String] in
            var label = row.label
            if let g = row.group, row.itemNumber != 1 {
                label = String(repeating: " ", count: ReportTextWidth.width(of: g + " ")) + label
            }
            return [label] + values(of: row).map(String.init)
        }
        let table = ReportTextTable(header: header, body: body,
                                    alignments: [.left] + Array(repeating: .right, count: 7))
        return table.lines() + ["（勾稽关系：一 + 二 = 三（七）+ 四）"]
    }

    /// 表三 as CSV rows with the official labels: two header rows (自然人 | 法人或其他组织 … | 总计, then
    /// the five organisation columns), then the 25 rows. With `includeCodes`, a first column carries
    /// the row code (`received`, …) so a spreadsheet can be read back unambiguously.
    public func csvRows(includeCodes: Bool = false) -> [[String]] {
        let lead = includeCodes ? ["代码"] : []
        let blank = includeCodes ? [""] : []
        let top = lead + ["项目", "自然人", ReportColumn.organisationGroup, "", "", "", "", "总计"]
        let second = blank + ["", ""] + ReportColumn.allCases.filter { $0.headerGroup != nil }.map(\.chineseName) + [""]
        // The template's words (its group before an item's number), the code beside them when asked.
        let body = ReportRow.allCases.map { row in
            (includeCodes ? [row.rawValue] : []) + [row.officialFlatLabel] + values(of: row).map(String.init)
        }
        return [top, second] + body
    }
}

extension ReviewLitigationTable {
    /// The 15 numbers in the official order: 行政复议 ×5, 未经复议直接起诉 ×5, 复议后起诉 ×5.
    public var officialValues: [Int] { ReviewCaseKind.allCases.flatMap { self[$0].values } }

    /// The three header rows of table 四 (行政复议 | 行政诉讼; — | 未经复议直接起诉 | 复议后起诉; results).
    var headerRows: [[ReportTextTable.HeaderCell]] {
        typealias H = ReportTextTable.HeaderCell
        let results = ReviewResult.allCases.map(\.chineseName) + ["总计"]
        return [
            [H("行政复议", span: 5), H("行政诉讼", span: 10)],
            [H("", span: 5), H(ReviewCaseKind.litigationDirect.chineseName, span: 5),
             H(ReviewCaseKind.litigationAfterReconsideration.chineseName, span: 5)],
            (results + results + results).map { H($0) },
        ]
    }

    /// 表四 as aligned plain text in the official layout (one row of 15 numbers).
    public func textLines() -> [String] {
        ReportTextTable(header: headerRows, body: [officialValues.map(String.init)],
                        alignments: Array(repeating: .right, count: 15)).lines()
    }

    /// 表四 as CSV rows: the three header rows (spanning labels in their first cell) and the numbers.
    public func csvRows() -> [[String]] {
        let header = headerRows.map { row in
            row.flatMap { [$0.text] + Array(repeating: "", count: $0.span - 1) }
        }
        return header + [officialValues.map(String.init)]
    }
}

extension ProactiveDisclosureTable {
    /// 表二 as aligned plain text: the four official sub-tables, each under its 第二十条 item.
    public func textLines() -> [String] {
        var out: [String] = []
        for (i, b) in blocks.enumerated() {
            if i > 0 { out.append("") }
            out.append(b.title)
            let t = ReportTextTable(header: [b.header.map { ReportTextTable.HeaderCell($0) }], body: b.rows,
                                    alignments: [.left] + Array(repeating: .right, count: b.header.count - 1))
            out += t.lines()
        }
        return out
    }

    /// 表二 as CSV rows: for each sub-table its title row, header row and data rows.
    public func csvRows() -> [[String]] {
        blocks.flatMap { b in [[b.title]] + [b.header] + b.rows }
    }
}
