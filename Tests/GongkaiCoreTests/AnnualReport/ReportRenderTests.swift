import Foundation
import Testing
@testable import GongkaiCore

/// The report's output forms: HTML (escaped, official merged headers), CSV (BOM, quoting),
/// Markdown (escaped, ASCII check marks).
@Suite("年度报告输出 Report output forms")
struct ReportRenderTests {
    func hostileReport() throws -> AnnualReport {
        var t = ApplicationTable(year: 2025)
        t[.received, .naturalPerson] = 3
        t[.outcome(.granted), .naturalPerson] = 2
        t[.carriedOut, .naturalPerson] = 1
        return AnnualReport(year: 2025, unitId: "x", unitName: "<b>某\"局\"</b>&'",
                            overview: "<script>alert('x')</script>\n第二段 & <img src=x onerror=alert(1)>",
                            applications: t.withDerivedTotals(), problems: "a|b")
    }

    @Test func htmlEscapesEveryPieceOfText() throws {
        let html = AnnualReportHTML.render(try hostileReport())
        #expect(!html.contains("<script>") && !html.contains("<img") && !html.contains("<b>"))
        #expect(html.contains("<title>&lt;b&gt;某&quot;局&quot;&lt;/b&gt;&amp;&#39;2025年政府信息公开工作年度报告</title>"))
        #expect(html.contains("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>"))
        #expect(html.contains("<p>第二段 &amp; &lt;img src=x onerror=alert(1)&gt;</p>"))
        // The official layout: merged headers and the grouped rows of 表三.
        #expect(html.contains("<th colspan=\"7\">申请人情况</th>"))
        #expect(html.contains("<th colspan=\"5\">法人或其他组织</th>"))
        #expect(html.contains("<td class=\"label\" rowspan=\"8\">（三）不予公开</td><td class=\"label\">1.属于国家秘密</td>"))
        #expect(html.contains("<td class=\"label\" colspan=\"3\">一、本年新收政府信息公开申请数量</td><td>3</td>"))
        #expect(html.contains("<th colspan=\"5\">行政复议</th><th colspan=\"10\">行政诉讼</th>"))
        #expect(html.components(separatedBy: "<tr>").count - 1 == 14 + 28 + 4)
        for s in ReportSection.allCases { #expect(html.contains("<h2>\(s.chineseName)</h2>")) }
    }

    @Test func csvHasABOMAndQuotesWhatNeedsIt() throws {
        let csv = ReportCSV.text(try hostileReport().csvRows(includeCodes: true))
        #expect(Array(csv.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(csv.contains("\r\n"))
        #expect(ReportCSV.field("a,b") == "\"a,b\"")
        #expect(ReportCSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(ReportCSV.field("=1+2") == "'=1+2")
        #expect(ReportCSV.field("-3") == "-3")
        let lines = csv.dropFirst().components(separatedBy: "\r\n")
        #expect(lines.contains("received,一、本年新收政府信息公开申请数量,3,0,0,0,0,0,3"))
        #expect(lines.contains("carried-out,四、结转下年度继续办理,1,0,0,0,0,0,1"))
    }

    @Test func markdownEscapesHTMLAndMarksChecks() throws {
        let r = try hostileReport()
        let md = AnnualReportMarkdown.render(r, checks: r.checkSummary())
        #expect(!md.contains("<script>"))
        #expect(md.contains("\\<script\\>alert('x')\\</script\\>"))
        #expect(md.contains("| （七）总计 | `processed-total` | 2 | 0 | 0 | 0 | 0 | 0 | 2 |"))
        #expect(md.contains("| 三、本年度办理结果 |"))
        #expect(md.contains("- [ok] 表三：一 + 二 = 三（七）+ 四：通过"))
        var broken = r
        broken.applications[.carriedOut, .naturalPerson] = 5
        let bad = AnnualReportMarkdown.render(broken, checks: broken.checkSummary())
        #expect(bad.contains("- [!!] 自然人：一 + 二 = 3 + 0 = 3，三（七）+ 四 = 2 + 5 = 7，不相等"))
    }
}
