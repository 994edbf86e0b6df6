import Foundation
import Testing

/// A township clerk's day in the real binary under tmux, keyboard only: start a document with a
/// Chinese title and body and submit it, register a request and record 补正告知 → 收到补正 →
/// 征求意见 → 意见返回 → 延期 → 答复 with the letters of each step, and add a 权责清单 entry; then
/// the service's state is read back through the CLI.
@Suite("端到端 经办人的一天 A clerk's day", .serialized)
struct ClerkDayE2ETests {
    /// `days` from today in the machine's zone, as the workstation counts today.
    static func isoDay(_ days: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let date = calendar.date(byAdding: .day, value: days, to: Date())!
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }

    @Test func aClerksDayFromTheKeyboard() async throws {
        let home = try temporaryHome()
        let ws = home + "/ws.sqlite"
        let cli = try WorkspaceCLI(workspace: ws)
        try await copyDemoWorkspace(to: cli.workspace)
        let before = try #require(try parseJSON(try await cli.run("app", "list", "--format", "json").output) as? [String: Any])
        let requestsBefore = (before["items"] as? [Any])?.count ?? (before["total"] as? Int ?? 0)

        // 王芳, 城关镇's clerk (the administrator who set the workspace up acts as her, audited).
        let session = try await TmuxSession(width: 100, height: 30, home: home,
                                      arguments: ["--workspace", ws, "--as", "wang.cg"], directory: home)
        // The tab bar: always drawn (a clerk's first-screen guide, which covers the status line,
        // names no 待办, and in December it also says the next year's holidays are not entered).
        try await session.waitForText("4 申请")

        // A document: the form (column by typed name, 主动公开), then title and body in the editor.
        try await session.keys("2", "a")
        try await session.waitForText("新建文件")
        try await session.keys("Tab")
        try await session.type("工作动态")
        try await session.keys("Tab", "Tab", "Right", "C-s")
        try await session.waitForText("标题：")
        try await session.type("城关镇冬季防火安全检查通知")
        try await session.keys("BTab")
        try await session.type("各村（社区）：请于本月底前完成冬季防火安全检查，并报送检查记录。")
        try await session.keys("C-s")
        let saved = try await session.waitForText("已登记 D")
        let document = try #require(saved.joined(separator: "\n").firstMatch(of: /已登记 (D\d{4}-\d{4})/)?.1).description
        try await session.keys("Escape")
        try await session.waitForText("已退出编辑")
        try await session.keys("s")
        try await session.waitForText("提交审核 \(document)《城关镇冬季防火安全检查通知》？y 确认")
        try await session.keys("y")
        try await session.waitForText("草稿 → 待审核")

        // A request, then every step of it from the keyboard.
        try await session.keys("4", "a")
        try await session.waitForText("登记政府信息公开申请")
        try await session.keys("Tab", "Tab", "Tab")
        try await session.type("李明")
        try await session.keys("Tab")
        try await session.type("申请公开本镇2026年冬季防火检查记录")
        try await session.keys("C-s")
        let registered = try await session.waitForText("已登记申请 A")
        let request = try #require(registered.joined(separator: "\n").firstMatch(of: /已登记申请 (A\d{4}-\d{4})/)?.1).description

        func step(_ key: String, _ title: String, fill: () async throws -> Void = {}) async throws {
            try await session.keys(key)
            try await session.waitForText("\(request) 登记“\(title)”")
            try await fill()
            try await session.keys("C-s")
        }
        func letter(_ name: String) async throws {
            try await session.keys("W")
            try await session.waitForText("生成\(name) \(request)")
            try await session.keys("y")
            try await session.waitForText("已生成\(name)")
        }
        try await step("c", "补正告知") {
            try await session.keys("Tab")
            try await session.type(Self.isoDay(30))
            try await session.keys("Tab")
            try await session.type("请写明所需记录的时间范围")
        }
        try await session.waitForText("已登记“补正告知”")
        try await letter("补正告知书")
        try await step("C", "收到补正")
        try await session.waitForText("已登记“收到补正”")
        try await step("s", "征求意见") {
            try await session.keys("Tab", "Tab")
            try await session.type("县应急管理局")
        }
        try await session.waitForText("已登记“征求意见”")
        try await letter("征求意见函")
        try await step("S", "意见返回")
        try await session.waitForText("已登记“意见返回”")
        try await step("x", "延期") {
            try await session.keys("Tab")
            try await session.type("10")
            try await session.keys("Tab")
            try await session.type("张建国")
        }
        try await session.waitForText("已登记“延期”")
        try await letter("延期答复告知书")
        try await step("r", "答复")
        try await session.waitForText("答复（予以公开） \(request)")
        try await session.keys("y")
        try await session.waitForText("已登记“答复”")
        try await letter("答复书")

        // A 权责清单 entry.
        try await session.keys(":")
        try await session.type("duties")
        try await session.keys("Enter")
        try await session.waitFor("the duties register") { $0.contains { $0.hasPrefix(">权责清单") } }
        try await session.keys("a")
        try await session.waitForText("新增权责事项")
        try await session.keys("Tab", "Right", "Tab")
        try await session.type("冬季防火安全检查")
        try await session.keys("Tab")
        try await session.type("《中华人民共和国消防法》第三十一条")
        try await session.keys("C-s")
        try await session.waitFor("the new duty in the list") { $0.contains { $0.contains("冬季防火安全检查") && $0.contains("现行") } }
        try await session.keys("q")                        // closes the register …
        try await session.waitFor("the panes again") { !$0.contains { $0.hasPrefix(">权责清单") } }
        try await session.keys("q")                        // … and quits
        try await session.waitFor("exit", timeout: 10) { _ in (try? await session.exitStatus()) != nil }
        #expect(try await session.exitStatus() == 0)

        // What the day left in the workspace.
        let doc = try #require(try parseJSON(try await cli.run("doc", "show", document, "--format", "json").output) as? [String: Any])
        #expect(doc["state"] as? String == "in-review" && doc["title"] as? String == "城关镇冬季防火安全检查通知")
        #expect((doc["body"] as? String)?.contains("完成冬季防火安全检查") == true)
        let shown = try await cli.run("app", "show", request, "--format", "json")
        let app = try #require(try parseJSON(shown.output) as? [String: Any], "\(shown.error)")
        #expect(app["state"] as? String == "replied", "\(app)")
        let events = (app["events"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
        #expect(events == ["clarify-request", "clarify-received", "consult-start", "consult-end", "extend", "reply"], "\(events)")
        let letters = try FileManager.default.contentsOfDirectory(atPath: home + "/letters").filter { $0.hasSuffix(".docx") }
        #expect(letters.count == 4, "\(letters)")
        #expect(try await cli.run("duties", "list").output.contains("冬季防火安全检查"))
        let after = try #require(try parseJSON(try await cli.run("app", "list", "--format", "json").output) as? [String: Any])
        #expect(((after["items"] as? [Any])?.count ?? (after["total"] as? Int ?? 0)) == requestsBefore + 1)
    }
}
