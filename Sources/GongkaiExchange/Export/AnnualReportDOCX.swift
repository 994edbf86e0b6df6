import Foundation
import GongkaiCore
import GongkaiOffice

/// 年度报告（Word） — the report as filed: the title, sections 一 to 六, tables 二、三、四 as Word tables
/// in the layout of 国办公开办函〔2021〕30号 (`OfficialTableLayout`: the same merged cells and the same
/// verbatim labels as the HTML page), on an A4 page with 公文 margins.
public enum AnnualReportDOCX {
    /// The text width of the page (A4 less the 公文 margins), in twentieths of a point.
    static let pageWidth = 8844

    public static func document(_ report: AnnualReport) -> DOCXDocument {
        var title = DOCXParagraph(report.title, alignment: .center, bold: true, size: 22, eastAsianFont: DOCXDocument.titleFont)
        title.spaceAfter = 12
        var blocks: [DOCXBlock] = [.paragraph(title)]
        for s in ReportSection.allCases {
            var heading = DOCXParagraph(s.chineseName, bold: true)
            heading.spaceAfter = 6
            blocks.append(.paragraph(heading))
            switch s {
            case .proactive: blocks += report.proactive.blocks.map { .table(table2($0)) }
            case .applications: blocks.append(.table(table3(report.applications)))
            case .reviewLitigation: blocks.append(.table(table4(report.reviewLitigation)))
            default:
                let text = report[narrative: s] ?? ""
                let paragraphs = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                blocks += (paragraphs.isEmpty ? [OfficialTableLayout.unfilled] : paragraphs)
                    .map { .paragraph(DOCXParagraph($0, firstLineChars: 2)) }
            }
        }
        return DOCXDocument(blocks: blocks, title: report.title)
    }

    public static func data(_ report: AnnualReport) throws -> Data { try document(report).data() }

    /// Rows of layout cells (merges as column and row spans) → grid rows with Word's vertical-merge
    /// continuation cells.
    static func grid(_ rows: [[OfficialTableLayout.Cell]], columns: Int) -> [[DOCXTableCell]] {
        var active: [Int: (remaining: Int, span: Int)] = [:]
        return rows.map { row in
            var out: [DOCXTableCell] = []
            var queue = row[...]
            var col = 0
            while col < columns {
                if let a = active[col], a.remaining > 0 {
                    out.append(.continuation(gridSpan: a.span))
                    active[col] = (a.remaining - 1, a.span)
                    col += a.span
                    continue
                }
                guard let c = queue.popFirst() else { break }
                let alignment: DOCXAlignment = c.header || Int(c.text) != nil ? .center : .left
                out.append(DOCXTableCell(DOCXParagraph(c.text, alignment: alignment, bold: c.header, size: 10.5),
                                         gridSpan: c.colSpan, verticalMerge: c.rowSpan > 1 ? .restart : nil))
                if c.rowSpan > 1 { active[col] = (c.rowSpan - 1, c.colSpan) }
                col += c.colSpan
            }
            return out
        }
    }

    static func evenWidths(_ n: Int) -> [Int] { Array(repeating: pageWidth / max(1, n), count: n) }

    static func table2(_ b: (title: String, header: [String], rows: [[String]])) -> DOCXTable {
        typealias Cell = OfficialTableLayout.Cell
        let n = b.header.count
        let rows: [[Cell]] = [[Cell(b.title, colSpan: n, header: true)], b.header.map { Cell($0, header: true) }]
            + b.rows.map { $0.map { Cell($0) } }
        return DOCXTable(columnWidths: evenWidths(n), rows: grid(rows, columns: n))
    }

    /// 表三: three label columns (1100, 1100, 2900) and seven number columns.
    static func table3(_ t: ApplicationTable) -> DOCXTable {
        typealias Cell = OfficialTableLayout.Cell
        let numbers = ReportColumn.allCases.count
        let labelWidths = [1100, 1100, 2900]
        let numberWidth = (pageWidth - labelWidths.reduce(0, +)) / numbers
        let body = ReportRow.allCases.map { row in
            OfficialTableLayout.table3Labels(row) + t.values(of: row).map { Cell(String($0)) }
        }
        let columns = OfficialTableLayout.table3LabelColumns + numbers
        return DOCXTable(columnWidths: labelWidths + Array(repeating: numberWidth, count: numbers),
                         rows: grid(OfficialTableLayout.table3Header + body, columns: columns))
    }

    /// 表四: fifteen columns, three header rows, one row of numbers.
    static func table4(_ t: ReviewLitigationTable) -> DOCXTable {
        let values = t.officialValues.map { OfficialTableLayout.Cell(String($0)) }
        return DOCXTable(columnWidths: evenWidths(values.count),
                         rows: grid(OfficialTableLayout.table4Header + [values], columns: values.count))
    }
}
