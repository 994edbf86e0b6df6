import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

private func type(_ m: AppModel, _ text: String) {
    for c in text { m.handle(.char(c)) }
}

/// `Esc` with unsaved input asks in every form and editor (App/Confirmation): `y` drops the input,
/// any other key keeps it; with nothing typed, `Esc` closes at once.
@Suite("Esc 先问 Esc asks before dropping input")
struct EscAsksTests {
    init() { requireUTF8Locale() }

    @Test func theFiguresFormAsksOnlyAfterAChange() throws {
        let m = try demoModel(width: 120, height: 40)
        m.execute(CommandLine(name: "report", argument: "2026 edu"))
        m.handle(.char("e"))
        #expect(m.state.report?.figuresForm != nil)
        m.handle(.escape)                     // nothing typed: closes at once
        #expect(m.state.report?.figuresForm == nil && m.state.confirmation == nil)
        m.handle(.char("e"))
        m.handle(.ctrl("u"))
        type(m, "15")
        m.handle(.escape)
        #expect(m.state.confirmation?.step == .discard(.figuresForm))
        #expect(screen(m)[39].hasPrefix("表二填报表单有未保存的输入，放弃？y 放弃，其他键继续编辑"))
        m.handle(.char("n"))
        #expect(m.state.report?.figuresForm?.fields[0].text == "15" && m.state.unsavedChanges == 1)
        m.handle(.escape)
        m.handle(.char("y"))
        #expect(m.state.report?.figuresForm == nil && m.state.unsavedChanges == 0)
        let s = (m.data as! ServiceDataSource).service
        #expect(try s.figures(year: 2026, scope: .unit("edu")).licensingDecisions != 15)
    }

    @Test func anUnchangedNarrativeClosesAtOnce() throws {
        let m = try demoModel(width: 120, height: 40)
        m.execute(CommandLine(name: "report", argument: "2026 edu"))
        m.handle(.char("1"))
        #expect(m.state.report?.narrative != nil)
        m.handle(.escape)
        #expect(m.state.report?.narrative == nil && m.state.confirmation == nil)
    }

    @Test func theRequestFormAsksAfterTypingAndNotBefore() throws {
        let m = try demoModel(width: 80, height: 24)
        m.handle(.char("4"))
        m.handle(.char("a"))
        m.handle(.escape)
        #expect(m.state.applications.form == nil && m.state.confirmation == nil)
        m.handle(.char("a"))
        m.handle(.tab); m.handle(.tab); m.handle(.tab)
        type(m, "张三")
        m.handle(.escape)
        #expect(m.state.confirmation?.question.hasPrefix("申请表单有未保存的输入") == true)
        m.handle(.char("x"))                  // any other key: the name is still there
        #expect(m.state.applications.form?.value("name") == "张三" && m.state.message?.text.contains("继续编辑") == true)
    }

    @Test func theCatalogSearchPromptNeverAsks() throws {
        let m = try demoModel(width: 80, height: 24)
        m.handle(.char("1"))
        m.handle(.char("/"))
        type(m, "教育")
        m.handle(.escape)
        #expect(m.state.catalog.form == nil && m.state.confirmation == nil)
    }

    @Test func aNewInterpretationWithATickAsksAndYDiscardsIt() throws {
        let m = try demoModel(width: 120, height: 40)
        m.handle(.char("3"))
        let s = (m.data as! ServiceDataSource).service
        let doc = try #require(m.state.lists[.interpretations]?.row(at: 0)?.id)
        let before = try s.interpretations(doc: doc).count
        m.handle(.char("n"))
        m.handle(.char(" "))
        m.handle(.escape)
        #expect(m.state.confirmation?.step == .discard(.interpretationSheet))
        #expect(screen(m)[39].hasPrefix("解读有未保存的输入，放弃？"))
        m.handle(.char("y"))
        #expect(m.state.interpretations.sheet == nil && m.state.unsavedChanges == 0)
        #expect(try s.interpretations(doc: doc).count == before)
    }
}
