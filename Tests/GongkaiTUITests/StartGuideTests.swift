import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// Issue 22: the first screen tells a newcomer what to do next for their role, and names the
/// calendar years a deadline reaches that have no holiday arrangement.
@Suite("开始提示 First screen guidance")
struct StartGuideTests {
    init() { requireUTF8Locale() }

    func model(_ login: String, today: CivilDate = pinnedToday, demo: Bool = true,
               prepare: (GongkaiService) throws -> Void = { _ in }) throws -> AppModel {
        let ws = today == pinnedToday ? try seededWorkspace(demo: demo) : try Workspace.inMemory()
        let admin = GongkaiService(workspace: ws, actor: Actor(login: "li.ming", origin: "test"), today: { today })
        if today != pinnedToday { _ = try admin.initialize(demo: demo, created: true) }
        try prepare(admin)
        let service = GongkaiService(workspace: ws, actor: Actor(login: login, origin: "test"), today: { today })
        let m = AppModel(width: 80, height: 24, data: ServiceDataSource(service: service),
                         workspaceDisplay: "~/.local/share/gongkai/workspace.sqlite")
        StartGuide.show(model: m, notices: [])
        return m
    }

    @Test func aClerkIsToldToRegisterARequestAndStartADocument() throws {
        let m = try model("wang.cg")
        #expect(m.state.message == StatusMessage(
            text: "王芳，您好。登记申请：按 4 到“申请”窗格再按 a；新建文件：按 2 到“文件”窗格再按 a。? 查看全部按键", isError: false))
        expectGolden(screen(m), "start-guide-clerk-80x24")
        let english = UILanguage.$current.withValue(.en) { () -> String in
            StartGuide.show(model: m, notices: [])
            return m.state.message?.text ?? ""
        }
        #expect(english.hasPrefix("Hello, 王芳. To register a request press 4"))
    }

    @Test func aReviewerIsToldToOpenTheInbox() throws {
        let m = try model("chen.review")
        let pending = try #require(m.state.overview?.pending)
        #expect(pending > 0)
        #expect(m.state.message?.text == "陈静，您好。待办箱有 \(pending) 件等您审核：按 i 打开。? 查看全部按键")
        let empty = try model("chen.review", demo: false) { s in
            _ = try s.addOfficer(Officer(login: "chen.review", name: "陈静", unitId: "county-office", role: .reviewer))
        }
        #expect(empty.state.message?.text == "陈静，您好。待办箱暂无待审事项（按 i 打开）。? 查看全部按键")
    }

    /// The keys named are the live keymap's: rebound in config.toml, the guide names the new ones.
    @Test func theGuideNamesTheKeysAsBound() throws {
        let m = try model("li.ming")
        var keymap = Keymap.standard
        keymap.bind(.char("I"), to: "inbox")
        keymap.bind(.char("i"), to: "history")
        keymap.bind(.function(4), to: "pane 4")
        keymap.bind(.char("4"), to: "pane 1")
        keymap.bind(.char("+"), to: "app-new", in: .applications)
        keymap.bind(.char("a"), to: "app-open", in: .applications)
        let source = try #require(m.data as? StartGuideSource)
        let facts = try source.startGuideFacts(pending: 3)
        #expect(StartGuide.text(facts, keymap: .standard).hasPrefix("li.ming，您好。待办 3 件：按 i 打开待办箱；登记申请按 4 再按 a，新建文件按 2 再按 a。? 查看全部按键"))
        #expect(StartGuide.text(facts, keymap: keymap).hasPrefix("li.ming，您好。待办 3 件：按 I 打开待办箱；登记申请按 F4 再按 +，新建文件按 2 再按 a。? 查看全部按键"))
    }

    @Test func aDeadlineInAYearWithoutItsArrangementIsNamed() throws {
        let m = try model("wang.cg", today: CivilDate(iso: "2026-12-28")!) { s in
            _ = try s.addApplication(NewApplication(received: CivilDate(iso: "2026-12-21")!, channel: .inPerson,
                                                    applicantType: .naturalPerson, applicantName: "张三", content: "道路预算",
                                                    unit: "chengguan"))
        }
        let text = try #require(m.state.message?.text)
        #expect(text.hasPrefix("王芳，您好。") && text.hasSuffix("。注意：2027 年的节假日安排尚未录入，跨入该年的期限均为暂定（带 ?），请管理员用 gongkai calendar import 录入"))
        // Start-up notices come first; the missing year still follows them.
        StartGuide.show(model: m, notices: ["有未完成的草稿：申请表单"])
        #expect(m.state.message?.isError == true && m.state.message?.text.hasPrefix("有未完成的草稿：申请表单") == true)
        #expect(m.state.message?.text.contains("2027 年的节假日安排尚未录入") == true)
        // Inside entered years nothing is said about the calendar.
        let plain = try model("wang.cg")
        #expect(plain.state.message?.text.contains("节假日") == false)
    }

    @Test func theWorkstationStartsWithTheGuide() throws {
        let s = try LoopSession(width: 80, height: 24)
        #expect(s.model.state.message?.text.contains("按 i 打开待办箱") == true)
        #expect(s.screenContains("您好"))
    }
}
