import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// A township clerk's day on the workstation's loop, keyboard only (once a tmux test of the
/// binary; nothing in it needs a real terminal): start a document with a Chinese title and body
/// and submit it, register a request and record 补正告知 → 收到补正 → 征求意见 → 意见返回 → 延期 →
/// 答复 with the letters of each step, and add a 权责清单 entry; then the service's state is read back.
@Suite("经办人的一天 A clerk's day on the loop")
struct ClerkDayLoopTests {
    @Test func aClerksDayFromTheKeyboard() throws {
        // 王芳, 城关镇's clerk (the administrator who set the workspace up acts as her, audited).
        let s = try LoopSession(width: 100, height: 30, actAs: "wang.cg")
        let admin = GongkaiService(workspace: s.service.workspace, actor: Actor(login: "li.ming", origin: "test"),
                                   today: { pinnedToday })
        let requestsBefore = try admin.applicationCount()
        // `W` writes through the officer's side (`OfficerSide.files`), not the session's files: the
        // letters go to an absolute folder of the test's own, not the runner's working directory.
        (s.model.data as! ServiceDataSource).letterDirectory = s.directory + "/letters"
        try FileManager.default.createDirectory(atPath: s.directory + "/letters", withIntermediateDirectories: true)
        #expect(s.service.actor.login == "wang.cg" && s.service.actor.realLogin == "li.ming")
        // The tab bar: always drawn (a clerk's first-screen guide covers the status line).
        try s.see("4 申请")

        // A document: the form (column by typed name, 主动公开), then title and body in the editor.
        s.keys(.char("2"), .char("a"))
        try s.see("新建文件")
        s.keys(.tab)
        s.type("工作动态")
        s.keys(.tab, .tab, .right, .ctrl("s"))
        try s.see("标题：")
        s.type("城关镇冬季防火安全检查通知")
        s.keys(.backTab)
        s.type("各村（社区）：请于本月底前完成冬季防火安全检查，并报送检查记录。")
        s.keys(.ctrl("s"))
        try s.see("已登记 D")
        let document = try #require(s.text.firstMatch(of: /已登记 (D\d{4}-\d{4})/)?.1).description
        s.keys(.escape)
        try s.see("已退出编辑")
        s.keys(.char("s"))
        try s.see("提交审核 \(document)《城关镇冬季防火安全检查通知》？y 确认")
        s.keys(.char("y"))
        try s.see("草稿 → 待审核")

        // A request, then every step of it from the keyboard.
        s.keys(.char("4"), .char("a"))
        try s.see("登记政府信息公开申请")
        s.keys(.tab, .tab, .tab)
        s.type("李明")
        s.keys(.tab)
        s.type("申请公开本镇2026年冬季防火检查记录")
        s.keys(.ctrl("s"))
        try s.see("已登记申请 A")
        let request = try #require(s.text.firstMatch(of: /已登记申请 (A\d{4}-\d{4})/)?.1).description

        func step(_ key: Character, _ title: String, fill: () -> Void = {}) throws {
            s.keys(.char(key))
            try s.see("\(request) 登记“\(title)”")
            fill()
            s.keys(.ctrl("s"))
        }
        func letter(_ name: String) throws {
            s.keys(.char("W"))
            try s.see("生成\(name) \(request)")
            s.keys(.char("y"))
            try s.see("已生成\(name)")
        }
        try step("c", "补正告知") {
            s.keys(.tab)
            s.type(pinnedToday.adding(days: 30).iso)
            s.keys(.tab)
            s.type("请写明所需记录的时间范围")
        }
        try s.see("已登记“补正告知”")
        try letter("补正告知书")
        try step("C", "收到补正")
        try s.see("已登记“收到补正”")
        try step("s", "征求意见") {
            s.keys(.tab, .tab)
            s.type("县应急管理局")
        }
        try s.see("已登记“征求意见”")
        try letter("征求意见函")
        try step("S", "意见返回")
        try s.see("已登记“意见返回”")
        try step("x", "延期") {
            s.keys(.tab)
            s.type("10")
            s.keys(.tab)
            s.type("张建国")
        }
        try s.see("已登记“延期”")
        try letter("延期答复告知书")
        try step("r", "答复")
        try s.see("答复（予以公开） \(request)")
        s.keys(.char("y"))
        try s.see("已登记“答复”")
        try letter("答复书")

        // A 权责清单 entry.
        s.command("duties")
        try s.see("the duties register") { $0.hasPrefix(">权责清单") }
        s.keys(.char("a"))
        try s.see("新增权责事项")
        s.keys(.tab, .right, .tab)
        s.type("冬季防火安全检查")
        s.keys(.tab)
        s.type("《中华人民共和国消防法》第三十一条")
        s.keys(.ctrl("s"))
        try s.see("the new duty in the list") { $0.contains("冬季防火安全检查") && $0.contains("现行") }
        s.keys(.char("q"))                        // closes the register …
        #expect(!s.lines.contains { $0.hasPrefix(">权责清单") })
        #expect(s.status == nil)
        s.keys(.char("q"))                        // … and quits
        #expect(s.status == 0)

        // What the day left in the workspace.
        let doc = try admin.document(id: document)
        #expect(doc.state == .inReview && doc.title == "城关镇冬季防火安全检查通知")
        #expect(doc.body.contains("完成冬季防火安全检查"))
        let app = try admin.application(id: request)
        #expect(app.state == .replied, "\(app.state)")
        #expect(app.events.map(\.event.kind.rawValue)
                == ["clarify-request", "clarify-received", "consult-start", "consult-end", "extend", "reply"])
        let letters = try FileManager.default.contentsOfDirectory(atPath: s.directory + "/letters").filter { $0.hasSuffix(".docx") }
        #expect(letters.count == 4, "\(letters)")
        #expect(try admin.duties().contains { $0.name == "冬季防火安全检查" && $0.state == .current })
        #expect(try admin.applicationCount() == requestsBefore + 1)
    }
}
