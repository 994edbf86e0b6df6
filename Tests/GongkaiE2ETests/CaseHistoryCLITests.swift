import Foundation
import Testing

/// Issue 24 from the command line: guards that refuse naming the rule, the admin override, units by
/// name, the report as a Word file.
@Suite("命令行：办理记录规则、单位、Word 年报 CLI guards, units, DOCX report")
struct CaseHistoryCLITests {
    func gongkai(_ args: [String], home: String) async throws -> (status: Int32, output: String, error: String) {
        try await runProcess("/usr/bin/env", ["-i", "HOME=\(home)", "LANG=C.UTF-8", "PATH=/usr/bin:/bin",
                                        try TmuxSession.binary()] + args)
    }

    @Test func officerAddTakesTheUnitsNameAndAWrongNameListsTheCandidates() async throws {
        let home = try temporaryHome()
        try await copyDemoWorkspace(home: home)
        let added = try await gongkai(["officer", "add", "sun.cg", "--name", "孙丽", "--unit", "城关镇", "--role", "clerk"], home: home)
        #expect(added.status == 0 && added.output.contains("chengguan"), "\(added.error)")
        let wrong = try await gongkai(["officer", "add", "li.cg", "--name", "李", "--unit", "城关", "--role", "clerk"], home: home)
        #expect(wrong.status != 0 && wrong.error.contains("城关镇（chengguan）") && wrong.error.contains("可选"))
        let listed = try await gongkai(["app", "list", "--unit", "城关", "--format", "json"], home: home)
        #expect(listed.status != 0 && listed.error.contains("城关镇（chengguan）"))
    }

    @Test func aRuleRefusesByNameAndTheAdminOverridesWithAReason() async throws {
        let home = try temporaryHome()
        try await copyDemoWorkspace(home: home)
        let app = try await gongkai(["app", "add", "--received", "2025-03-03", "--channel", "in-person", "--applicant-type", "自然人",
                               "--applicant-name", "张三", "--content", "道路预算", "--unit", "城关镇", "--format", "json"], home: home)
        #expect(app.status == 0, "\(app.error)")
        let id = try #require(app.output.range(of: "A2025-\\d{4}", options: .regularExpression).map { String(app.output[$0]) })
        let refused = try await gongkai(["app", "event", id, "reply", "--date", "2025-03-10", "--outcome", "other.no-correction"], home: home)
        #expect(refused.status != 0 && refused.error.contains("no-correction-after-period") && refused.error.contains("条例第三十条"))
        let short = try await gongkai(["app", "event", id, "clarify-request", "--date", "2025-03-05", "--correction-due", "2025-03-06"], home: home)
        #expect(short.status != 0 && short.error.contains("correction-period-minimum"))
        let overridden = try await gongkai(["app", "event", id, "reply", "--date", "2025-03-10", "--outcome", "other.no-correction",
                                      "--override", "申请人书面放弃"], home: home)
        #expect(overridden.status == 0, "\(overridden.error)")
        let shown = try await gongkai(["app", "show", id], home: home)
        // The history speaks in words: the rule's name, not its code.
        #expect(shown.output.contains("管理员越过规则“补正期限届满未补正才能按逾期不补正办结”，理由：申请人书面放弃"))
        #expect(!shown.output.contains("no-correction-after-period"))
        let fee = try await gongkai(["app", "event", id, "fee-notice", "--count", "12", "--pages", "40"], home: home)
        #expect(fee.status != 0 && fee.error.contains("不能再登记“收费通知”"), "\(fee.error)")
    }

    @Test func theAnnualReportIsWrittenAsAWordFile() async throws {
        let home = try temporaryHome()
        try await copyDemoWorkspace(home: home)
        let year = String(Calendar(identifier: .gregorian).component(.year, from: Date()))
        let noFile = try await gongkai(["report", "annual", "--year", year, "--unit", "全县", "--format", "docx"], home: home)
        #expect(noFile.status != 0 && noFile.error.contains("-o"))
        let path = home + "/年报.docx"
        let made = try await gongkai(["report", "annual", "--year", year, "--unit", "全县", "--format", "docx", "-o", path], home: home)
        #expect(made.status == 0, "\(made.error)")
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(data.prefix(2) == Data("PK".utf8))
        let html = try await gongkai(["report", "annual", "--year", year, "--unit", "全县", "--format", "html"], home: home)
        #expect(html.output.contains("三、本年度办理结果") && html.output.contains("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"))
        let unit = try await gongkai(["unit", "set", "城关镇", "--court", "某某市某某区人民法院"], home: home)
        #expect(unit.status == 0 && unit.output.contains("某某市某某区人民法院") && unit.output.contains("县人民政府"))
    }
}
