import Foundation
import Testing
@testable import GongkaiCore

/// The labels of table 三 are the template's words verbatim (国办公开办函〔2021〕30号). The reference
/// below is copied from Docs/领域规则.md §7 (row | code), where “三（三）不予公开 1.…” means the group
/// cell （三）不予公开 and the item 1.…, and “三、本年度办理结果 （一）予以公开” the heading and the row.
@Suite struct OfficialLabelTests {
    static let template: [(row: String, code: String)] = [
        ("一、本年新收政府信息公开申请数量", "received"),
        ("二、上年结转政府信息公开申请数量", "carried-in"),
        ("三、本年度办理结果 （一）予以公开", "granted"),
        ("三（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partially-granted"),
        ("三（三）不予公开 1.属于国家秘密", "withheld.state-secret"),
        ("2.其他法律行政法规禁止公开", "withheld.prohibited-by-law"),
        ("3.危及“三安全一稳定”", "withheld.security-stability"),
        ("4.保护第三方合法权益", "withheld.third-party"),
        ("5.属于三类内部事务信息", "withheld.internal-affairs"),
        ("6.属于四类过程性信息", "withheld.process-info"),
        ("7.属于行政执法案卷", "withheld.enforcement-file"),
        ("8.属于行政查询事项", "withheld.inquiry"),
        ("三（四）无法提供 1.本机关不掌握相关政府信息", "unavailable.not-held"),
        ("2.没有现成信息需要另行制作", "unavailable.needs-creation"),
        ("3.补正后申请内容仍不明确", "unavailable.still-unclear"),
        ("三（五）不予处理 1.信访举报投诉类申请", "not-processed.complaint"),
        ("2.重复申请", "not-processed.duplicate"),
        ("3.要求提供公开出版物", "not-processed.publication"),
        ("4.无正当理由大量反复申请", "not-processed.excessive"),
        ("5.要求行政机关确认或重新出具已获取信息", "not-processed.confirmation"),
        ("三（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "other.no-correction"),
        ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "other.fee-unpaid"),
        ("3.其他", "other.other"),
        ("三（七）总计", "processed-total"),
        ("四、结转下年度继续办理", "carried-out"),
    ]

    /// Docs/领域规则.md's “三（三）不予公开 1.x” → the template's cells （三）不予公开 and 1.x.
    static func cells(_ domainRow: String) -> (heading: String?, group: String?, item: String) {
        var text = domainRow
        var heading: String?
        if text.hasPrefix(ReportRow.resultsHeading + " ") {
            heading = ReportRow.resultsHeading
            text = String(text.dropFirst(ReportRow.resultsHeading.count + 1))
        }
        if text.hasPrefix("三（") { text = String(text.dropFirst()) }
        if let space = text.firstIndex(of: " ") {
            return (heading, String(text[..<space]), String(text[text.index(after: space)...]))
        }
        return (heading, nil, text)
    }

    @Test func everyRowsLabelIsTheTemplatesText() {
        #expect(Self.template.map(\.code) == ReportRow.allCases.map(\.rawValue))
        var group: String?
        for (domainRow, code) in Self.template {
            let row = ReportRow(rawValue: code)!
            let c = Self.cells(domainRow)
            if let g = c.group { group = g } else if !c.item.first!.isNumber { group = nil }
            #expect(row.officialLabel == c.item, "\(code)")
            #expect(row.officialGroup == (c.item.first!.isNumber ? group : nil), "\(code)")
            if c.heading != nil { #expect(row == ReportRow.allCases.first { $0.isResult }) }
        }
        #expect(ReportRow.resultsHeading == "三、本年度办理结果")
    }

    @Test func theHTMLTableUsesTheTemplatesLayoutAndWords() {
        let html = AnnualReportHTML.table3(ApplicationTable(year: 2025)).joined(separator: "\n")
        #expect(html.contains("<td class=\"label\" rowspan=\"22\">三、本年度办理结果</td><td class=\"label\" colspan=\"2\">（一）予以公开</td>"))
        #expect(html.contains("<td class=\"label\" rowspan=\"8\">（三）不予公开</td><td class=\"label\">1.属于国家秘密</td>"))
        #expect(html.contains("<td class=\"label\" colspan=\"2\">（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td>"))
        #expect(html.contains("<td class=\"label\">1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请</td>"))
        #expect(html.contains("<td class=\"label\" colspan=\"3\">四、结转下年度继续办理</td>"))
        #expect(html.contains("<th colspan=\"3\" rowspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>"))
        // Every row covers the ten columns: labels (3) + numbers (7), counting cells merged from above.
        let t4 = AnnualReportHTML.table4(ReviewLitigationTable(year: 2025)).joined()
        #expect(t4.contains("<th colspan=\"5\">行政复议</th><th colspan=\"10\">行政诉讼</th>"))
        #expect(t4.contains("<th rowspan=\"2\">结果维持</th>"))
    }

    @Test func markdownAndCSVKeepTheCodeBesideTheLabel() {
        let csv = ApplicationTable(year: 2025).csvRows(includeCodes: true)
        #expect(csv.contains { $0.first == "other.fee-unpaid" && $0[1] == "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请" })
    }
}
