/// 年度报告（网页） — a printable page in the layout of 国办公开办函〔2021〕30号 for the portal:
/// the title, sections 一 to 六, tables 二、三、四 with the official merged headers. Every piece of
/// text (the unit's name and the narrative sections come from people) is HTML-escaped.
public enum AnnualReportHTML {
    public static func render(_ report: AnnualReport) -> String {
        var h: [String] = []
        h.append("<!DOCTYPE html>")
        h.append("<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
        h.append("<title>\(escape(report.title))</title>")
        h.append("""
            <style>
            body{font-family:"FangSong","仿宋",serif;max-width:60em;margin:2em auto;line-height:1.8}
            h1{text-align:center;font-family:"SimHei","黑体",sans-serif;font-size:1.6em}
            h2{font-family:"SimHei","黑体",sans-serif;font-size:1.15em;margin-top:1.6em}
            table{border-collapse:collapse;width:100%;margin:.6em 0;page-break-inside:avoid}
            th,td{border:1px solid #000;padding:.2em .4em;text-align:center}
            td.label{text-align:left}
            p{text-indent:2em;margin:.3em 0}
            @media print{body{margin:0}}
            </style>
            """)
        h.append("</head><body>")
        h.append("<h1>\(escape(report.title))</h1>")
        for s in ReportSection.allCases {
            h.append("<h2>\(escape(s.chineseName))</h2>")
            switch s {
            case .proactive: h += table2(report.proactive)
            case .applications: h += table3(report.applications)
            case .reviewLitigation: h += table4(report.reviewLitigation)
            default:
                let text = report[narrative: s] ?? ""
                let paragraphs = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                h += paragraphs.isEmpty ? ["<p>\(OfficialTableLayout.unfilled)</p>"] : paragraphs.map { "<p>\(escape($0))</p>" }
            }
        }
        h.append("</body></html>")
        return h.joined(separator: "\n") + "\n"
    }

    /// HTML text through the one escaper.
    static func escape(_ s: String) -> String { MarkupEscaper.escape(s, for: .htmlText) }

    static func table2(_ t: ProactiveDisclosureTable) -> [String] {
        var h = ["<table>"]
        for b in t.blocks {
            h.append("<tr><th colspan=\"\(b.header.count)\">\(escape(b.title))</th></tr>")
            h.append("<tr>" + b.header.map { "<th>\(escape($0))</th>" }.joined() + "</tr>")
            for row in b.rows {
                h.append("<tr>" + row.enumerated().map { i, v in
                    i == 0 ? "<td class=\"label\">\(escape(v))</td>" : "<td>\(escape(v))</td>"
                }.joined() + "</tr>")
            }
        }
        return h + ["</table>"]
    }

    /// One header or label cell with its merges.
    static func cell(_ c: OfficialTableLayout.Cell) -> String {
        let tag = c.header ? "th" : "td"
        var attrs = c.header ? "" : " class=\"label\""
        if c.colSpan > 1 { attrs += " colspan=\"\(c.colSpan)\"" }
        if c.rowSpan > 1 { attrs += " rowspan=\"\(c.rowSpan)\"" }
        return "<\(tag)\(attrs)>\(escape(c.text))</\(tag)>"
    }

    /// 表三 in the template's layout (OfficialTableLayout): three label columns, 三、本年度办理结果 and the
    /// groups （三）…（六） merged down their rows, the labels verbatim.
    static func table3(_ t: ApplicationTable) -> [String] {
        var h = ["<table>"]
        for r in OfficialTableLayout.table3Header { h.append("<tr>" + r.map(cell).joined() + "</tr>") }
        for row in ReportRow.allCases {
            let numbers = t.values(of: row).map { "<td>\($0)</td>" }.joined()
            h.append("<tr>" + OfficialTableLayout.table3Labels(row).map(cell).joined() + numbers + "</tr>")
        }
        return h + ["</table>"]
    }

    /// 表四 in the template's layout.
    static func table4(_ t: ReviewLitigationTable) -> [String] {
        var h = ["<table>"]
        for r in OfficialTableLayout.table4Header { h.append("<tr>" + r.map(cell).joined() + "</tr>") }
        h.append("<tr>" + t.officialValues.map { "<td>\($0)</td>" }.joined() + "</tr>")
        return h + ["</table>"]
    }
}
