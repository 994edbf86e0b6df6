import Foundation
import Testing

/// `gongkai report` as scripts meet it: the JSON shape of issue 8, CSV with BOM, escaped HTML,
/// errors on stderr with nothing changed.
@Suite("命令行：年度报告 CLI annual report")
struct ReportCLITests {
    func gongkai(_ args: [String], home: String) async throws -> (status: Int32, output: String, error: String) {
        try await runProcess("/usr/bin/env", ["-i", "HOME=\(home)", "LANG=C.UTF-8", "PATH=/usr/bin:/bin",
                                        try TmuxSession.binary()] + args)
    }

    static let rowCodes = [
        "received", "carried-in", "granted", "partially-granted",
        "withheld.state-secret", "withheld.prohibited-by-law", "withheld.security-stability", "withheld.third-party",
        "withheld.internal-affairs", "withheld.process-info", "withheld.enforcement-file", "withheld.inquiry",
        "unavailable.not-held", "unavailable.needs-creation", "unavailable.still-unclear",
        "not-processed.complaint", "not-processed.duplicate", "not-processed.publication", "not-processed.excessive",
        "not-processed.confirmation", "other.no-correction", "other.fee-unpaid", "other.other",
        "processed-total", "carried-out",
    ]

    @Test func jsonShapeFiguresCasesAndFiling() async throws {
        let home = try temporaryHome()
        try await copyDemoWorkspace(home: home)
        let year = String(Calendar(identifier: .gregorian).component(.year, from: Date()))
        let figures = try await gongkai(["report", "figures", "--year", year, "--unit", "县教育局", "--licensing", "12",
                                   "--penalty", "3", "--compulsion", "1", "--fees", "12.3456"], home: home)
        #expect(figures.status == 0 && figures.output.contains("12.3456"))
        // Five decimal places: refused on stderr, non-zero, the stored figure unchanged.
        let bad = try await gongkai(["report", "figures", "--year", year, "--unit", "edu", "--fees", "1.23456"], home: home)
        #expect(bad.status != 0 && bad.output.isEmpty && bad.error.contains("最多 4 位小数"))
        let kept = try await gongkai(["report", "figures", "--year", year, "--unit", "edu", "--format", "json"], home: home)
        #expect(kept.output.contains("12.3456"))
        let added = try await gongkai(["report", "case", "add", "--kind", "行政复议", "--filed", year, "--result", "维持",
                                 "--decided", year, "--unit", "edu"], home: home)
        #expect(added.status == 0 && added.output.contains("RC\(year)-0001"))
        let refused = try await gongkai(["report", "case", "add", "--kind", "行政复议", "--filed", year, "--result", "纠正"], home: home)
        #expect(refused.status != 0 && refused.error.contains("审结年度"))

        let run = try await gongkai(["report", "annual", "--year", year, "--unit", "edu", "--format", "json"], home: home)
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(json["year"] as? Int == Int(year) && json["unit"] as? String == "edu")
        let table3 = try #require(json["table3"] as? [String: Any])
        #expect(table3["columns"] as? [String] == ["natural-person", "business", "research", "nonprofit",
                                                   "legal-services", "other-org", "total"])
        let rows = try #require(table3["rows"] as? [String: [Int]])
        #expect(Set(rows.keys) == Set(Self.rowCodes))
        #expect(rows.values.allSatisfy { $0.count == 7 })
        let table2 = try #require(json["table2"] as? [String: Any])
        let f = try #require(table2["figures"] as? [String: Any])
        #expect(f["licensingDecisions"] as? Int == 12 && (f["feeAmount"] as? NSNumber)?.doubleValue == 12.3456)
        let table4 = try #require(json["table4"] as? [String: Any])
        #expect((table4["reconsideration"] as? [String: Int])?["upheld"] == 1)
        let checks = try #require(json["checks"] as? [[String: Any]])
        #expect(checks.allSatisfy { $0["name"] is String && $0["ok"] as? Bool == true && $0["detail"] is String })
        let county = try await gongkai(["report", "annual", "--year", year, "--unit", "全县", "--format", "json"], home: home)
        let cj = try #require(try JSONSerialization.jsonObject(with: Data(county.output.utf8)) as? [String: Any])
        #expect(cj["unit"] is NSNull && cj["title"] as? String == "全县\(year)年政府信息公开工作年度报告")

        let filed = try await gongkai(["report", "file", "--year", year, "--unit", "edu"], home: home)
        #expect(filed.status == 0 && filed.output.contains("第 1 版"))
        let again = try await gongkai(["report", "file", "--year", year, "--unit", "edu"], home: home)
        #expect(again.output.contains("第 2 版"))
        let clerk = try await gongkai(["report", "file", "--year", year, "--as", "wang.cg"], home: home)
        #expect(clerk.status != 0 && clerk.error.contains("（规则「仅限审核人和管理员」）") && !clerk.error.contains("reviewer-only"))
        let list = try await gongkai(["report", "filed", "--year", year], home: home)
        #expect(list.output.contains("县教育局\(year)年政府信息公开工作年度报告  第 2 版"))
    }

    @Test func csvBOMAndEscapedHTML() async throws {
        let home = try temporaryHome()
        try await copyDemoWorkspace(home: home)
        let year = String(Calendar(identifier: .gregorian).component(.year, from: Date()))
        let hostile = "<script>alert(\"x\")</script> & 本年度工作"
        #expect(try await gongkai(["report", "narrative", "--year", year, "--unit", "edu", "--section", "一",
                             "--text", hostile], home: home).status == 0)
        let bytes = try await runProcess("/bin/sh", ["-c", "/usr/bin/env -i HOME=\(shellQuote(home)) LANG=C.UTF-8 \(shellQuote(try TmuxSession.binary())) "
                                               + "report annual --year \(year) --unit edu --format csv | head -c 3 | od -An -tx1"])
        #expect(bytes.output.trimmingCharacters(in: .whitespacesAndNewlines) == "ef bb bf")
        let csv = try await gongkai(["report", "annual", "--year", year, "--unit", "edu", "--format", "csv"], home: home)
        #expect(csv.output.contains("县教育局\(year)年政府信息公开工作年度报告\r\n"))
        #expect(csv.output.contains("\r\ncarried-out,四、结转下年度继续办理,"))
        let html = try await gongkai(["report", "annual", "--year", year, "--unit", "edu", "--format", "html"], home: home)
        #expect(html.status == 0 && !html.output.contains("<script>"))
        #expect(html.output.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 本年度工作"))
        let md = try await gongkai(["report", "annual", "--year", year, "--unit", "edu", "--format", "md"], home: home)
        #expect(md.output.contains("## 三、收到和处理政府信息公开申请情况") && md.output.contains("[ok]"))
        let unknown = try await gongkai(["report", "annual", "--year", year, "--unit", "没有的单位"], home: home)
        #expect(unknown.status != 0 && unknown.output.isEmpty && unknown.error.contains("不能确定为一个单位"))
    }
}
