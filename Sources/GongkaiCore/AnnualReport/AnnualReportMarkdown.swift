/// 年度报告（Markdown） — the whole report for review: title, the six sections, the narrative text,
/// the three tables as Markdown tables, and the checks with unambiguous ASCII marks ([ok] / [!!]).
public enum AnnualReportMarkdown {
    public static func render(_ report: AnnualReport, checks: [ReportCheck]) -> String {
        var out = ["# " + cell(report.title), ""]
        for s in ReportSection.allCases {
            out += ["## " + s.chineseName, ""]
            switch s {
            case .proactive:
                for b in report.proactive.blocks {
                    out += ["**\(b.title)**", ""] + table(header: b.header, rows: b.rows) + [""]
                }
            case .applications:
                // The template's labels verbatim, the row code beside each (Docs/领域规则.md §7).
                let header = ["项目", "代码"] + ReportColumn.allCases.map { c in
                    c.headerGroup.map { "\($0)·\(c.chineseName)" } ?? c.chineseName
                }
                var rows: [[String]] = []
                for row in ReportRow.allCases {
                    if row == ReportRow.allCases.first(where: \.isResult) {
                        rows.append([ReportRow.resultsHeading, ""] + Array(repeating: "", count: ReportColumn.allCases.count))
                    }
                    rows.append([row.officialFlatLabel, "`\(row.rawValue)`"] + report.applications.values(of: row).map(String.init))
                }
                out += table(header: header, rows: rows) + ["", "勾稽关系：一 + 二 = 三（七）+ 四", ""]
            case .reviewLitigation:
                let results = ReviewResult.allCases.map(\.chineseName) + ["总计"]
                let header = ["类别"] + results
                let rows = ReviewCaseKind.allCases.map { k in
                    ["\(k.headerGroup == k.chineseName ? k.chineseName : k.headerGroup + "·" + k.chineseName)"]
                        + report.reviewLitigation[k].values.map(String.init)
                }
                out += table(header: header, rows: rows) + [""]
            default:
                let text = report[narrative: s] ?? ""
                out += (text.isEmpty ? ["（未填写）"] : text.split(separator: "\n", omittingEmptySubsequences: false).map { prose(String($0)) }) + [""]
            }
        }
        out += ["## 校验", ""]
        out += checks.map { "- " + ($0.ok ? "[ok] " : "[!!] ") + cell($0.detail) }
        return out.joined(separator: "\n") + "\n"
    }

    static func table(header: [String], rows: [[String]]) -> [String] {
        let line = { (cells: [String]) in "| " + cells.map(cell).joined(separator: " | ") + " |" }
        let align = "|" + header.indices.map { $0 == 0 ? " --- |" : " ---: |" }.joined()
        return [line(header), align] + rows.map(line)
    }

    /// A table cell or heading: `|` would split a cell, a newline would end the row.
    static func cell(_ s: String) -> String {
        prose(s).replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    /// Text written by people: `<`, `>` and `&` are backslash-escaped (CommonMark), so a Markdown
    /// viewer shows them as typed and never runs them as HTML.
    static func prose(_ s: String) -> String {
        var out = ""
        for c in s {
            if c == "\\" || c == "<" || c == ">" || c == "&" { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
