import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

private func type(_ m: AppModel, _ text: String) {
    for c in text { m.handle(.char(c)) }
}

private func service(_ m: AppModel) -> GongkaiService { (m.data as! ServiceDataSource).service }

@Suite("解读窗格 Interpretations pane")
struct InterpretationsPaneTests {
    /// wcwidth needs the UTF-8 locale before any width is measured (tests run in parallel).
    init() { requireUTF8Locale() }

    /// The ballot boxes are one cell wide under wcwidth (not East Asian ambiguous), so the
    /// columns line up; were they 2 the pane would fall back to [ ]/[x].
    @Test func ballotBoxesAreOneCellWide() {
        requireUTF8Locale()
        #expect(TextWidth.of("☐") == 1 && TextWidth.of("☑") == 1)
        #expect(TextWidth.of(InterpretationsPane.box(true)) == 2)       // a space before the box
    }

    @Test func checklistGoldensAt120x40And80x24() throws {
        let wide = try demoModel(width: 120, height: 40)
        wide.handle(.char("3"))
        let lines = screen(wide)
        expectGolden(lines, "interpretations-120x40")
        #expect(lines.contains { $0.contains("解读统计 2026-01-01 至 2026-12-31：发布 2 条") })
        #expect(lines.contains { $0.contains("按形式：文字解读 2、政策问答 1、图解 1") })
        let narrow = try demoModel(width: 80, height: 24)
        narrow.handle(.char("3"))
        expectGolden(screen(narrow), "interpretations-80x24")
        #expect(screen(narrow)[2].contains("组织 审签 部署"))
    }

    @Test func aDocumentWithoutInterpretationShowsTheProblemInRed() throws {
        let m = try demoModel(width: 120, height: 40) { ws in
            try ws.writer.write { db in
                try db.execute(sql: "DELETE FROM interpretation WHERE documentId = 'D2026-0009'")
            }
        }
        m.handle(.char("3"))
        let row = try #require(m.state.lists[.interpretations]?.window.first { $0.id == "D2026-0009" })
        #expect(row.cells[3] == " ☐" && row.cells[4] == "未建" && row.cells[6].contains("未同步部署"))
        #expect(row.emphasis == .urgent)
    }

    @Test func creatingAnInterpretationWithChineseInputFromThePane() throws {
        let m = try demoModel(width: 80, height: 24)
        m.handle(.char("3"))
        #expect(InterpretationsController.selectedDoc(m) == "D2026-0002")
        m.handle(.char("n"))
        var sheet = try #require(m.state.interpretations.sheet)
        #expect(sheet.interpretationId == nil && sheet.unit.text == "县教育局")
        m.handle(.char(" "))                                  // ☑文字解读
        m.handle(.right); m.handle(.right); m.handle(.right)
        m.handle(.char(" "))                                  // ☑图解
        m.handle(.tab)
        m.handle(.char(" "))                                  // ☑背景依据
        m.handle(.right); m.handle(.right)
        m.handle(.char(" "))                                  // ☑主要内容
        m.handle(.tab)
        type(m, "张副局长")
        m.handle(.tab); m.handle(.tab); m.handle(.tab)        // unit, reason, body
        type(m, "一、政策背景")
        m.handle(.enter)
        type(m, "二、主要内容")
        sheet = try #require(m.state.interpretations.sheet)
        #expect(sheet.modified && m.state.unsavedChanges == 1)
        expectGolden(screen(m), "interpretation-sheet-80x24")
        #expect(AppView.render(m.state).cursor != nil)
        m.handle(.ctrl("s"))
        sheet = try #require(m.state.interpretations.sheet)
        let id = try #require(sheet.interpretationId)
        #expect(m.state.message?.text.contains("已保存解读 \(id)") == true)
        let saved = try service(m).interpretation(id: id)
        #expect(saved.forms == [.text, .graphic] && saved.elements == [.background, .mainContent])
        #expect(saved.leader == "张副局长" && saved.body == "一、政策背景\n二、主要内容" && saved.unit == "edu")
        m.handle(.escape)
        #expect(m.state.interpretations.sheet == nil && m.state.unsavedChanges == 0)
    }

    @Test func anotherUnitWithoutReasonIsRefusedAndTheSheetStaysOpen() throws {
        let m = try demoModel(width: 80, height: 24)
        m.handle(.char("3"))
        m.handle(.char("n"))
        m.handle(.char(" "))
        m.handle(.tab); m.handle(.tab); m.handle(.tab)        // the unit line
        m.handle(.ctrl("u"))
        type(m, "县财政局")
        m.handle(.ctrl("s"))
        #expect(m.state.message?.isError == true && m.state.message?.text.contains("谁起草、谁解读") == true)
        #expect(m.state.interpretations.sheet?.interpretationId == nil)
        m.handle(.tab)
        type(m, "联合发文牵头单位")
        m.handle(.ctrl("s"))
        let id = try #require(m.state.interpretations.sheet?.interpretationId)
        #expect(try service(m).interpretation(id: id).unitReason == "联合发文牵头单位")
    }

    @Test func escTwiceDiscardsAndTickOpensTheChecklist() throws {
        let m = try demoModel(width: 120, height: 40)
        m.handle(.char("3"))
        m.handle(.char("t"))
        let sheet = try #require(m.state.interpretations.sheet)
        #expect(sheet.area == .elements && sheet.interpretationId != nil)
        // The demo interpretation of D2026-0002 is signed: read-only.
        m.handle(.char(" "))
        #expect(m.state.interpretations.sheet?.modified == false)
        m.handle(.escape)
        #expect(m.state.interpretations.sheet == nil)
        m.handle(.char("n"))
        m.handle(.char(" "))
        m.handle(.escape)
        #expect(m.state.confirmation?.step == .discard(.interpretationSheet) && m.state.interpretations.sheet != nil)
        m.handle(.escape)                                      // not y: still editing
        #expect(m.state.interpretations.sheet?.modified == true && m.state.confirmation == nil)
        m.handle(.escape)
        m.handle(.char("y"))
        #expect(m.state.interpretations.sheet == nil)
        #expect(try service(m).interpretations(doc: "D2026-0002").count == 1)
    }

    @Test func jumpToTheDocumentAndChangeThePeriod() throws {
        let m = try demoModel(width: 120, height: 40)
        m.handle(.char("3"))
        m.handle(.char("j"))
        let doc = try #require(InterpretationsController.selectedDoc(m))
        m.handle(.char("d"))
        #expect(m.state.focus == .documents)
        let docs = try #require(m.state.lists[.documents])
        #expect(docs.row(at: docs.selected)?.id == doc)
        m.execute(CommandLine(parsing: "interp-period 2026-01-01 2026-06-30")!)
        #expect(m.state.interpretations.stats?.published == 0)
        m.execute(CommandLine(parsing: "interp-period 2026-07")!)
        #expect(m.state.message?.isError == true)
        m.execute(CommandLine(parsing: "解读统计")!)
        #expect(m.state.interpretations.stats?.published == 2)
    }

    @Test func workflowKeysActOnTheLatestInterpretation() throws {
        let m = try demoModel(width: 120, height: 40)
        m.handle(.char("3"))
        m.handle(.char("P"))                                   // publish the signed demo interpretation
        #expect(m.state.confirmation?.question.hasPrefix("发布 ") == true)
        m.handle(.char("y"))
        #expect(m.state.message?.text.contains("已签发 → 已发布") == true)
        m.handle(.char("P")); m.handle(.char("y"))
        #expect(m.state.message?.isError == true)
    }

    @Test func theInboxAsksForAnOverrideReasonWhenSigningIsRefused() throws {
        let m = try demoModel(width: 120, height: 40) { ws in
            let s = GongkaiService(workspace: ws, actor: Actor(login: "li.ming", origin: "test"), today: { pinnedToday })
            let id = try #require(try s.interpretations(doc: "D2026-0002").first?.id)
            try s.performInterpretationAction(.returnToDraft, id: id, comment: "请补充图解")
        }
        m.handle(.char("i"))
        m.handle(.char("g"))
        while m.state.inbox?.current?.id != "D2026-0002", m.state.inbox!.selected < m.state.inbox!.items.count - 1 {
            m.handle(.char("j"))
        }
        m.handle(.char("a"))
        let prompt = try #require(m.state.inbox?.prompt)
        #expect(prompt.purpose == .overrideReason(documentId: "D2026-0002", action: .approve))
        #expect(prompt.label.contains("未同步审签"))
        #expect(try service(m).interpStatus(doc: "D2026-0002").signedTogether == false)
        m.handle(.enter)                                          // empty: refused, prompt stays
        #expect(m.state.inbox?.prompt != nil && m.state.message?.isError == true)
        type(m, "县政府常务会议已审议")
        m.handle(.enter)
        #expect(m.state.inbox?.prompt == nil)
        let steps = try service(m).documentSteps(id: "D2026-0002")
        #expect(steps.last?.action == "approve" && steps.last?.overrideReason == "县政府常务会议已审议")
    }
}
