/// 年度报告错误 — why a table or report could not be built from the numbers given; the description
/// is the Chinese message shown to the officer.
public enum AnnualReportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A row of table 三 was given with other than 7 numbers (six applicant columns + 总计).
    case wrongCellCount(row: String, count: Int)
    /// A row of table 三 is missing from imported numbers.
    case missingRow(String)
    /// A row code that table 三 does not have.
    case unknownRow(String)
    /// The column list of an imported table 三 is not the official one.
    case columnsMismatch([String])
    /// Tables or reports of different years cannot be added up.
    case yearMismatch([Int])
    /// Summing needs at least one report.
    case nothingToSum

    public var description: String {
        switch self {
        case .wrongCellCount(let row, let count):
            return "表三“\(ReportRow(rawValue: row)?.chineseName ?? row)”应有 7 个数（六类申请人及总计），实际为 \(count) 个"
        case .missingRow(let row):
            return "表三缺少一行：\(ReportRow(rawValue: row)?.chineseName ?? row)（\(row)）"
        case .unknownRow(let row):
            return "表三没有这一行：\(row)"
        case .columnsMismatch(let cols):
            return "表三的列应为 \(ReportColumn.codeList.replacingOccurrences(of: "|", with: ", "))，实际为 \(cols.joined(separator: ", "))"
        case .yearMismatch(let years):
            return "不同年度的报告不能相加：\(years.map(String.init).joined(separator: "、"))"
        case .nothingToSum:
            return "没有可以汇总的报告"
        }
    }
}
