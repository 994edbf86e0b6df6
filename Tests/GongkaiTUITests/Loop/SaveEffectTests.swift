import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// 保存副作用 — a save key writes nothing itself: the editor's C-s and leaving with a save, and the
/// 申请 form's C-s hand the loop `Effect.save` with what was typed, and the loop writes it through
/// the service door before the frame. A mistake in a field is said at once and asks nothing.
@Suite("保存副作用 A save is written by the loop, not by the key")
struct SaveEffectTests {
    init() { requireUTF8Locale() }

    /// 城关镇2026年第三季度低保对象公示 — a demo draft li.ming may edit.
    let draftId = "D2026-0005"

    func model() throws -> (AppModel, GongkaiService) {
        let m = try demoModel(width: 80, height: 24)
        return (m, (m.data as! ServiceDataSource).service)
    }

    func typeText(_ m: AppModel, _ text: String) { for c in text { m.handle(.char(c)) } }

    @Test func theEditorsSaveIsAskedOfTheLoopWithWhatWasTyped() throws {
        let (m, service) = try model()
        m.execute(CommandLine(name: "open", argument: draftId))
        m.handle(.ctrl("e"))
        typeText(m, "（联系电话：0000-1234567）")
        let edit = try #require(try m.state.documents.editor?.currentEdit())
        let effects = m.update(.key(.ctrl("s")))
        #expect(effects == [.change(.saveDocument(edit: edit, thenClose: false))])
        #expect(try service.document(id: draftId).version == 1, "the key wrote nothing")
        #expect(m.state.unsavedChanges == 1)

        #expect(Effect.performWithoutTerminal(effects, model: m).isEmpty)
        let saved = try service.document(id: draftId)
        #expect(saved.version == 2 && saved.body.hasSuffix("（联系电话：0000-1234567）"))
        #expect(m.state.unsavedChanges == 0)
        #expect(m.state.message?.text.contains("已保存") == true)
        #expect(m.state.documents.editor?.isModified == false)
    }

    @Test func aDateThatIsNoDateIsSaidAtOnceAndAsksNothing() throws {
        let (m, service) = try model()
        m.execute(CommandLine(name: "open", argument: draftId))
        // 成文日期 that is no date: the form refuses it before anything is asked.
        for _ in 0..<20 where m.state.documents.editor?.focus != .field(.formed) { m.handle(.tab) }
        #expect(m.state.documents.editor?.focus == .field(.formed))
        let formed = try #require(m.state.documents.editor?.form.text(of: .formed))
        for _ in 0..<(formed.count + 2) { m.handle(.backspace) }
        typeText(m, "2026-02-30")
        _ = m.takeEffects()
        let effects = m.update(.key(.ctrl("s")))
        #expect(effects.isEmpty)
        #expect(m.state.message?.isError == true)
        #expect(try service.document(id: draftId).version == 1)
    }

    @Test func leavingWithASaveClosesTheEditorOnceTheLoopSaved() throws {
        let (m, service) = try model()
        m.execute(CommandLine(name: "open", argument: draftId))
        m.handle(.ctrl("e"))
        typeText(m, "补一句。")
        m.handle(.escape)                                   // leave: asks, the text is not saved
        #expect(m.state.documents.editor?.prompt == .confirmLeave)
        let edit = try #require(try m.state.documents.editor?.currentEdit())
        let effects = m.update(.key(.char("s")))
        #expect(effects == [.change(.saveDocument(edit: edit, thenClose: true))])
        #expect(m.state.documents.editor != nil, "still open until saved")
        _ = Effect.performWithoutTerminal(effects, model: m)
        #expect(m.state.documents.editor == nil)
        #expect(try service.document(id: draftId).body.hasSuffix("补一句。"))
        #expect(m.state.message?.text == TUIText.Documents.savedAndClosed.text())
    }

    @Test func theApplicationFormIsSentByTheLoop() throws {
        let (m, service) = try model()
        let before = try service.applications(offset: 0, limit: 1000).count
        m.handle(.char("4"))
        m.handle(.char("a"))
        m.handle(.tab)
        m.handle(.tab)
        m.handle(.tab)
        typeText(m, "王小明")
        m.handle(.tab)
        typeText(m, "申请公开某镇预算")
        let form = try #require(m.state.applications.form)
        _ = m.takeEffects()                                  // the drafts of what was typed
        let effects = m.update(.key(.ctrl("s")))
        #expect(effects == [.change(.saveApplicationForm(form))])
        #expect(try service.applications(offset: 0, limit: 1000).count == before, "the key registered nothing")
        #expect(m.state.applications.form != nil)
        _ = Effect.performWithoutTerminal(effects, model: m)
        #expect(try service.applications(offset: 0, limit: 1000).count == before + 1)
        #expect(m.state.applications.form == nil)
        #expect(m.state.message?.text.hasPrefix("已登记申请") == true)
    }

    /// 提交审核 from the 文件 pane: asked first; `y` asks the loop for the step, which the loop makes.
    @Test func aConfirmedWorkflowStepIsMadeByTheLoop() throws {
        let (m, service) = try model()
        m.select(id: draftId, in: .documents)
        m.handle(.char("s"))
        #expect(m.state.confirmation?.step == .documentStep(.submit, id: draftId))
        let effects = m.update(.key(.char("y")))
        #expect(effects == [.change(.documentStep(.submit, id: draftId))])
        #expect(try service.document(id: draftId).state == .draft, "the key changed nothing")
        _ = Effect.performWithoutTerminal(effects, model: m)
        #expect(try service.document(id: draftId).state == .inReview)
        #expect(m.state.message?.isError == false)
    }

    /// A register's form: C-s asks the loop, which adds the entry; a refusal by the service names
    /// the form's field (the workstation's wording) and leaves the form open.
    @Test func aRegisterFormIsSentByTheLoop() throws {
        let (m, service) = try model()
        m.handle(.char(":"))
        typeText(m, "duties 县教育局")
        m.handle(.enter)
        let before = try service.duties(DutyQuery(unit: "edu")).count
        m.handle(.char("a"))
        let form = try #require(m.state.register?.form)
        let kind = try #require(form.fields.firstIndex { $0.key == "kind" })
        for _ in 0..<form.fields.count where m.state.register?.form?.focus != kind { m.handle(.tab) }
        m.handle(.tab)
        typeText(m, "对违规办学行为的处罚")
        _ = m.takeEffects()                                  // the drafts of what was typed
        let refused = m.update(.key(.ctrl("s")))
        #expect(refused.filter { if case .change(.saveRegisterForm) = $0 { true } else { false } }.count == 1)
        _ = Effect.performWithoutTerminal(refused, model: m)
        #expect(m.state.message?.isError == true && m.state.message?.text == "请填写设定依据")
        #expect(m.state.register?.form != nil)
        #expect(try service.duties(DutyQuery(unit: "edu")).count == before)

        m.handle(.tab)
        typeText(m, "《中华人民共和国民办教育促进法》第六十二条")
        let filled = try #require(m.state.register?.form)
        _ = m.takeEffects()
        let effects = m.update(.key(.ctrl("s")))
        #expect(effects == [.change(.saveRegisterForm(filled))])
        #expect(try service.duties(DutyQuery(unit: "edu")).count == before, "the key added nothing")
        _ = Effect.performWithoutTerminal(effects, model: m)
        #expect(try service.duties(DutyQuery(unit: "edu")).count == before + 1)
        #expect(m.state.register?.form == nil && m.state.message?.isError == false)
    }

    /// The catalog's edits (an administrator's): a form's new column, and a confirmed 停用.
    @Test func aCatalogEditIsMadeByTheLoop() throws {
        let (m, service) = try model()
        let top = try #require(m.selectedCatalogRow)
        m.execute(CommandLine(name: "catalog-add"))
        typeText(m, "新设栏目")
        let effects = m.update(.key(.enter))
        #expect(effects == [.change(.catalog(.add(name: "新设栏目", under: top.id)))])
        func names(_ nodes: [CatalogTreeNode]) -> [String] { nodes.flatMap { [$0.name] + names($0.children) } }
        #expect(!names(try service.catalogTree()).isEmpty)
        #expect(!names(try service.catalogTree()).contains("新设栏目") && m.state.catalog.form != nil)
        _ = Effect.performWithoutTerminal(effects, model: m)
        #expect(names(try service.catalogTree()).contains("新设栏目"))
        #expect(m.state.catalog.form == nil && m.selectedCatalogRow?.name == "新设栏目")
        #expect(m.state.message?.isError == false)

        let added = try #require(m.selectedCatalogRow)
        m.handle(.char("D"))
        let retire = m.update(.key(.char("y")))
        #expect(retire == [.change(.catalog(.retire(added.id)))])
        _ = Effect.performWithoutTerminal(retire, model: m)
        #expect(m.state.message?.text.contains("新设栏目") == true && m.state.message?.isError == false)
    }

    /// An interpretation's step, confirmed: asked of the loop, made by it.
    @Test func anInterpretationStepIsMadeByTheLoop() throws {
        let (m, _) = try model()
        m.handle(.char("3"))
        m.handle(.char("P"))                                   // publish the signed demo interpretation
        let effects = m.update(.key(.char("y")))
        #expect(effects.count == 1)
        guard case .change(.interpretationStep(.publish, _, nil))? = effects.first else {
            Issue.record("not the publish step: \(effects)")
            return
        }
        #expect(m.state.message?.text.contains("已签发 → 已发布") != true)
        _ = Effect.performWithoutTerminal(effects, model: m)
        #expect(m.state.message?.text.contains("已签发 → 已发布") == true)
    }

    /// 报送 of the annual report, confirmed: the loop files it.
    @Test func filingTheReportIsMadeByTheLoop() throws {
        let (m, service) = try model()
        m.execute(CommandLine(parsing: "report 2026 county")!)
        #expect(m.state.report != nil)
        m.handle(.char("F"))
        let effects = m.update(.key(.char("y")))
        #expect(effects == [.change(.fileReport(year: 2026, scope: .county))])
        #expect(try service.filedReports(year: 2026, scope: .county).isEmpty)
        _ = Effect.performWithoutTerminal(effects, model: m)
        #expect(try service.filedReports(year: 2026, scope: .county).map(\.version) == [1])
        #expect(m.state.report?.result?.filedVersion == 1)
    }
}
