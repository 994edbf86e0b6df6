/// 表三、表四的模板版式 — the merged cells of tables 三 and 四 exactly as 国办公开办函〔2021〕30号 lays
/// them out, shared by the HTML page and the Word file so the two never differ. Every word comes
/// from `ReportRow`, `ReportColumn`, `ReviewCaseKind` and `ReviewResult` (one source of the labels).
public enum OfficialTableLayout {
    /// One cell: its text and how many columns and rows it covers (1 = no merge).
    public struct Cell: Hashable, Sendable {
        public var text: String
        public var colSpan: Int
        public var rowSpan: Int
        /// A header cell (bold, centred) rather than a row label.
        public var header: Bool

        public init(_ text: String, colSpan: Int = 1, rowSpan: Int = 1, header: Bool = false) {
            self.text = text
            self.colSpan = colSpan
            self.rowSpan = rowSpan
            self.header = header
        }
    }

    /// 表三左上角 — the template's note on the identity the column obeys.
    public static let table3Corner = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    /// 申请人情况.
    public static let applicantsHeader = "申请人情况"
    /// 总计 (table 四's last result column).
    public static let totalHeader = "总计"
    /// 行政复议 / 行政诉讼 (table 四's top headers).
    public static let reviewHeader = "行政复议"
    public static let litigationHeader = "行政诉讼"

    /// An unfilled narrative section.
    public static let unfilled = "（未填写）"

    /// Table 三 has three label columns and seven number columns.
    public static let table3LabelColumns = 3

    /// The three header rows of table 三.
    public static var table3Header: [[Cell]] {
        let orgs = ReportColumn.allCases.filter { $0.headerGroup != nil }
        return [
            [Cell(table3Corner, colSpan: table3LabelColumns, rowSpan: 3, header: true),
             Cell(applicantsHeader, colSpan: ReportColumn.allCases.count, header: true)],
            [Cell(ReportColumn.naturalPerson.chineseName, rowSpan: 2, header: true),
             Cell(ReportColumn.organisationGroup, colSpan: orgs.count, header: true),
             Cell(ReportColumn.total.chineseName, rowSpan: 2, header: true)],
            orgs.map { Cell($0.chineseName, header: true) },
        ]
    }

    /// The label cells that open `row` in table 三: 一、二、四 span the three label columns; under
    /// 三、本年度办理结果 (one cell down the 22 result rows) （一）（二）（七） span two columns, and each group
    /// （三）…（六） heads its items in one cell down their rows.
    public static func table3Labels(_ row: ReportRow) -> [Cell] {
        var cells: [Cell] = []
        guard row.isResult else { return [Cell(row.officialLabel, colSpan: 3)] }
        if row == ReportRow.allCases.first(where: \.isResult) {
            cells.append(Cell(ReportRow.resultsHeading, rowSpan: ReportRow.allCases.filter(\.isResult).count))
        }
        if let g = row.officialGroup {
            if row.itemNumber == 1 {
                cells.append(Cell(g, rowSpan: ReportRow.allCases.filter { $0.officialGroup == g }.count))
            }
            cells.append(Cell(row.officialLabel))
        } else {
            cells.append(Cell(row.officialLabel, colSpan: 2))
        }
        return cells
    }

    /// The three header rows of table 四: 行政复议 | 行政诉讼; the five results (down two rows) |
    /// 未经复议直接起诉 | 复议后起诉; the results of each kind of suit.
    public static var table4Header: [[Cell]] {
        let results = ReviewResult.allCases.map(\.chineseName) + [totalHeader]
        return [
            [Cell(reviewHeader, colSpan: results.count, header: true),
             Cell(litigationHeader, colSpan: results.count * 2, header: true)],
            results.map { Cell($0, rowSpan: 2, header: true) }
                + [Cell(ReviewCaseKind.litigationDirect.chineseName, colSpan: results.count, header: true),
                   Cell(ReviewCaseKind.litigationAfterReconsideration.chineseName, colSpan: results.count, header: true)],
            (results + results).map { Cell($0, header: true) },
        ]
    }
}
