import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// The register views' add / edit / close forms (issue 22): the same service calls as the CLI verbs,
/// audited; pickers for units, kinds and check results; errors naming the field; Esc asks before
/// losing typed input; drafts survive a hang-up. Demo workspace, today 2026-11-27, li.ming (county
/// office admin, sees every unit).
@Suite("登记簿表单 Register forms")
struct RegisterFormTests {
    init() { requireUTF8Locale() }

    func run(_ m: AppModel, _ line: String) {
        m.handle(.char(":"))
        for c in line { m.handle(.char(c)) }
        m.handle(.enter)
    }

    func type(_ m: AppModel, _ text: String) { for c in text { m.handle(.char(c)) } }

    func service(_ m: AppModel) -> GongkaiService { (m.data as! ServiceDataSource).service }

    /// Moves the form's focus to the field `key`.
    func focus(_ m: AppModel, _ key: String) throws {
        let form = try #require(m.state.register?.form)
        let target = try #require(form.fields.firstIndex { $0.key == key })
        for _ in 0..<form.fields.count where m.state.register?.form?.focus != target { m.handle(.tab) }
        #expect(m.state.register?.form?.focus == target)
    }

    @Test func addingADutyGoesThroughTheServiceAndIsAudited() throws {
        let m = try demoModel(width: 80, height: 24)
        run(m, "duties 县教育局")
        #expect(m.state.register?.items.count == 3)
        m.handle(.char("a"))
        let form = try #require(m.state.register?.form)
        // The register's unit comes first; the kind is a picker of the ten kinds.
        #expect(form.value("unit") == "县教育局" && form.value("kind") == "行政许可")
        try focus(m, "kind")
        m.handle(.right)
        #expect(m.state.register?.form?.value("kind") == "行政处罚")
        m.handle(.char("x"))      // a typed letter no kind contains leaves the picker as it is
        #expect(m.state.register?.form?.value("kind") == "行政处罚")
        m.handle(.tab); type(m, "对违规办学行为的处罚")
        expectGolden(screen(m), "register-form-duty-80x24")
        // Saving without the legal basis names the field and changes nothing.
        m.handle(.ctrl("s"))
        #expect(m.state.message?.isError == true && m.state.message?.text == "请填写设定依据")
        #expect(m.state.register?.form != nil)
        #expect(try service(m).duties(DutyQuery(unit: "edu")).count == 3)
        m.handle(.tab); type(m, "《中华人民共和国民办教育促进法》第六十二条")
        m.handle(.ctrl("s"))
        #expect(m.state.register?.form == nil && m.state.message?.isError == false)
        let view = try #require(m.state.register)
        #expect(view.items.count == 4 && view.current?.cells[2] == "对违规办学行为的处罚")
        let id = try #require(view.current?.id)
        let record = try service(m).duty(id: id).entry
        #expect(record.kind == .penalty && record.unitId == "edu" && record.responsibleUnit == "县教育局")
        #expect(try service(m).auditEntries(AuditQuery(item: id)).map(\.action) == [AuditAction.dutyAdd.rawValue])
    }

    @Test func adjustingADutySendsOnlyWhatChangedAndCancellingKeepsTheHistory() throws {
        let m = try demoModel(width: 80, height: 24)
        run(m, "duties")
        let id = try #require(m.state.register?.current?.id)
        let before = try service(m).duty(id: id)
        m.handle(.char("e"))
        #expect(m.state.register?.form?.value("name") == before.entry.name)
        // Nothing changed: said so, nothing sent.
        m.handle(.ctrl("s"))
        #expect(m.state.message?.text == "没有改动任何一项，未提交" && m.state.register?.form != nil)
        try focus(m, "timeLimit")
        m.handle(.ctrl("u")); type(m, "10个工作日")
        try focus(m, "reason"); type(m, "简化流程")
        m.handle(.ctrl("s"))
        let after = try service(m).duty(id: id)
        #expect(after.entry.timeLimit == "10个工作日" && after.entry.name == before.entry.name)
        #expect(after.entry.version == before.entry.version + 1 && after.history.first?.reason == "简化流程")
        // c cancels it (a date and a reason); a second c says it is cancelled already.
        m.handle(.char("c"))
        #expect(m.state.register?.form?.fields.map(\.key) == ["date", "reason"])
        m.handle(.ctrl("s"))
        #expect(try service(m).duty(id: id).entry.state == .cancelled)
        m.handle(.char("c"))
        #expect(m.state.register?.form == nil && m.state.message?.text == "\(id) 已取消，不能再调整或取消")
        #expect(try service(m).auditEntries(AuditQuery(item: id)).map(\.action).contains(AuditAction.dutyCancel.rawValue))
    }

    @Test func consultationsAreAddedWithCheckedDatesAndClosed() throws {
        let m = try demoModel(width: 80, height: 24)
        run(m, "consult")
        m.handle(.char("a"))
        #expect(m.state.register?.form?.value("opens") == "2026-11-27")
        try focus(m, "decision"); type(m, "县城区垃圾分类实施方案")
        m.handle(.tab); type(m, "县城区居民")
        try focus(m, "closes"); type(m, "2026-13-01")
        m.handle(.ctrl("s"))
        #expect(m.state.message?.text == "截止日期“2026-13-01”不是有效日期，应为 YYYY-MM-DD")
        m.handle(.ctrl("u")); type(m, "2026-12-31")
        try focus(m, "methods"); m.handle(.ctrl("u")); type(m, "问卷调查，座谈")
        m.handle(.ctrl("s"))
        #expect(m.state.message?.text.hasPrefix("参与方式“问卷调查，座谈”无效") == true)
        m.handle(.ctrl("u")); type(m, "问卷调查、民意调查")
        m.handle(.ctrl("s"))
        #expect(m.state.register?.form == nil)
        let id = try #require(m.state.register?.current?.id)
        let added = try service(m).consultation(id: id)
        #expect(added.consultation.methods == [.questionnaire, .poll] && added.consultation.unitId == "county-office")

        // Closing before the closing date needs the reason the service asks for.
        m.handle(.char("c"))
        #expect(m.state.register?.form?.notes.contains { $0.contains("2026-12-31") } == true)
        try focus(m, "adoption"); type(m, "全部采纳")
        m.handle(.tab); type(m, "已在门户网站公布")
        m.handle(.ctrl("s"))
        #expect(m.state.message?.isError == true && m.state.register?.form != nil)
        #expect(try service(m).consultation(id: id).consultation.closedOn == nil)
        try focus(m, "earlyReason"); type(m, "方案提前定稿")
        m.handle(.ctrl("s"))
        #expect(try service(m).consultation(id: id).consultation.closedOn == pinnedToday)
        m.handle(.char("c"))
        #expect(m.state.message?.text == "\(id) 已办结，不能再次办结")
        // e has no meaning for a consultation.
        m.handle(.char("e"))
        #expect(m.state.message?.isError == true && m.state.register?.form == nil)
    }

    @Test func theConsultationSettingsAreChangedByAnAdminOnly() throws {
        let m = try demoModel(width: 80, height: 24)
        run(m, "consult")
        m.handle(.char("S"))
        #expect(m.state.register?.form?.value("minDays") == "30" && m.state.register?.form?.value("soonDays") == "7")
        m.handle(.ctrl("u")); for c in "20" { m.handle(.char(c)) }
        m.handle(.ctrl("s"))
        #expect(m.state.message?.text == "已保存公众参与设置" && m.state.register?.form == nil)
        #expect(try service(m).consultationSettings().minimumPublicCommentDays == 20)
        // Not a number: the field is named and nothing changes.
        m.handle(.char("S")); m.handle(.ctrl("u")); m.handle(.char("x")); m.handle(.ctrl("s"))
        #expect(m.state.message?.text == "最短征求意见天数“x”不是整数")
        #expect(try service(m).consultationSettings().minimumPublicCommentDays == 20)
        m.handle(.escape); m.handle(.char("y"))
        // S means nothing in the other registers.
        run(m, "duties")
        m.handle(.char("S"))
        #expect(m.state.register?.form == nil && m.state.message?.isError == true)

        // A clerk opens the form; the service refuses the change (admins only).
        let ws = (m.data as! ServiceDataSource).service.workspace
        let clerk = AppModel(width: 80, height: 24,
                             data: ServiceDataSource(service: GongkaiService(workspace: ws, actor: Actor(login: "wang.cg", origin: "test"),
                                                                             today: { pinnedToday })),
                             workspaceDisplay: "~")
        run(clerk, "consult")
        clerk.handle(.char("S")); clerk.handle(.ctrl("u")); clerk.handle(.char("5")); clerk.handle(.ctrl("s"))
        #expect(clerk.state.message?.isError == true && clerk.state.message?.text.hasPrefix("未保存：") == true)
        #expect(try service(m).consultationSettings().minimumPublicCommentDays == 20)
    }

    @Test func inspectionsAreRecordedWithACheckPickerAndFixed() throws {
        let m = try demoModel(width: 80, height: 24)
        run(m, "inspect")
        m.handle(.char("a"))
        let form = try #require(m.state.register?.form)
        #expect(form.value("inspector") == (try service(m).currentOfficer().officer.name))
        try focus(m, "channelName"); type(m, "县人民政府门户网站")
        try focus(m, "check-anti-virus")
        m.handle(.right)
        #expect(m.state.register?.form?.value("check-anti-virus") == "未通过")
        try focus(m, "problems"); type(m, "防病毒软件过期")
        expectGolden(screen(m), "register-form-inspection-80x24")
        m.handle(.ctrl("s"))
        let id = try #require(m.state.register?.current?.id)
        let record = try service(m).inspection(id: id)
        #expect(record.inspection.failed == [.antiVirus] && record.awaitingFix)
        m.handle(.char("c"))
        #expect(m.state.register?.form?.value("date") == "2026-11-27")
        m.handle(.ctrl("s"))
        #expect(try service(m).inspection(id: id).inspection.fixedOn == pinnedToday)
        m.handle(.char("c"))
        #expect(m.state.message?.text == "\(id) 没有待整改的问题")
        // The stale-column report is not a register to write to.
        m.handle(.char("s")); m.handle(.char("a"))
        #expect(m.state.register?.form == nil && m.state.message?.isError == true)
    }

    @Test func theFormsSpeakEnglishInEnglish() throws {
        let m = try demoModel(width: 80, height: 24)
        try UILanguage.$current.withValue(.en) {
            run(m, "inspect")
            m.handle(.char("a"))
            let form = try #require(m.state.register?.form)
            #expect(form.title == "Record an inspection" && form.value("check-anti-virus") == "passed")
            #expect(form.value("channelKind") == "Government website")
            try focus(m, "channelName"); type(m, "County portal")
            try focus(m, "check-anti-virus"); m.handle(.right)
            // The service's own rule: a failed check needs the problems described.
            m.handle(.ctrl("s"))
            #expect(m.state.message?.isError == true && m.state.register?.form != nil)
            try focus(m, "problems"); type(m, "Antivirus out of date")
            m.handle(.ctrl("s"))
            #expect(m.state.message?.text.hasPrefix("Recorded XJ") == true, "\(m.state.message?.text ?? "")")
            let id = try #require(m.state.register?.current?.id)
            #expect(try service(m).inspection(id: id).inspection.failed == [.antiVirus])
        }
    }

    @Test func escapeAsksBeforeLosingTypedInput() throws {
        let m = try demoModel(width: 80, height: 24)
        run(m, "duties")
        m.handle(.char("a")); m.handle(.escape)
        #expect(m.state.register?.form == nil, "an untouched form closes at once")
        m.handle(.char("a"))
        try focus(m, "name"); type(m, "新事项")
        m.handle(.escape)
        // The one confirmation asks (App/Confirmation), naming the form.
        #expect(m.state.register?.form != nil && m.state.confirmation?.step == .discard(.registerForm))
        #expect(m.state.confirmation?.question == "登记簿表单有未保存的输入，放弃？y 放弃，其他键继续编辑")
        m.handle(.char("n"))
        #expect(m.state.register?.form?.value("name") == "新事项" && m.state.confirmation == nil)
        #expect(m.state.message?.text == "继续编辑，输入都还在。")
        m.handle(.escape); m.handle(.char("y"))
        #expect(m.state.register?.form == nil && m.state.message?.text == "已放弃未保存的输入，没有改动。")
        #expect(try service(m).duties().count == 7)
    }

    @Test func aRegisterFormSurvivesAHangUp() throws {
        let s = try LoopSession(width: 80, height: 24)
        s.command("inspect")
        s.keys(.char("a"))
        let form = try #require(s.model.state.register?.form)
        let channel = try #require(form.fields.firstIndex { $0.key == "channelName" })
        s.keys(.tab, .tab, .tab, .tab)
        #expect(s.model.state.register?.form?.focus == channel)
        s.type("微博“县政务发布”")
        let name = try #require(DraftKind.registerForm.fileName(workspace: s.workspacePath, login: "li.ming"))
        let path = s.directory + "/state/" + name
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("县政务发布"))
        s.signal(SIGHUP)

        let second = try LoopSession(width: 80, height: 24, directory: s.directory)
        second.command("inspect")
        second.keys(.char("a"))
        #expect(second.model.state.register?.form?.value("channelName") == "微博“县政务发布”")
        #expect(second.model.state.message?.text.contains("已恢复") == true)
        // Restored input counts as typed: Esc asks, y removes the draft.
        second.keys(.escape, .char("y"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
