import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

@Suite("表单按键可改 Forms' Esc/Enter/Tab/C-s are keymap entries of the form's view")
struct FormRebindingTests {
    init() { requireUTF8Locale() }

    @Test func reboundFormSaveWorksAndTheOldKeyDoesWhatItIsBoundTo() throws {
        let m = try configuredModel("""
            [keys.new-doc]
            "F5" = "save"
            "C-s" = "field-next"
            """, as: "wang.cg")
        m.execute(CommandLine(name: "new"))
        let focus = try #require(m.state.documents.newDraft?.form.focus)
        m.handle(.ctrl("s"))                  // now moves to the next field; opens nothing
        #expect(m.state.documents.newDraft?.form.focus == focus + 1)
        #expect(m.state.documents.editor == nil)
        m.handle(.function(5))                // save: the editor opens on the new draft
        #expect(m.state.documents.newDraft == nil)
        #expect(m.state.documents.editor != nil)
    }

    @Test func reboundCancelClosesTheFormAndEscIsNoLongerCancel() throws {
        let m = try configuredModel("""
            [keys.new-doc]
            "F6" = "cancel"
            "Esc" = "field-prev"
            """, as: "wang.cg")
        m.execute(CommandLine(name: "new"))
        m.handle(.tab)
        m.handle(.escape)                     // back a field, the form stays open
        #expect(m.state.documents.newDraft?.form.focus == 0)
        m.handle(.function(6))
        #expect(m.state.documents.newDraft == nil)
    }

    /// The form models take commands, not keys: Enter, Esc and Tab reaching a form as keys are
    /// not its commands (only a binding makes them so).
    @Test func aFormModelDoesNotMatchEnterEscOrTabItself() {
        var form = FiguresForm(ReportFigures(licensingDecisions: 1, penaltyDecisions: 2, compulsionDecisions: 3, feeAmount: 0))
        #expect(form.edit(.key(.escape)) == .editing)
        #expect(form.edit(.key(.enter)) == .editing && form.focus == 0)
        #expect(form.edit(.key(.tab)) == .editing && form.focus == 0)
        #expect(form.edit(.command(.fieldNext)) == .editing && form.focus == 1)
        #expect(form.edit(.command(.cancel)) == .cancel)
        var catalog = CatalogForm(kind: .search, title: "", targetID: nil, fields: [.init(label: "a")])
        #expect(catalog.handle(.enter) == .editing && catalog.handle(.escape) == .editing)
        #expect(catalog.perform(.submit) == .submit && catalog.perform(.cancel) == .cancel)
    }

    /// Right / Left in a form with choice fields are the form's `choice-next` / `choice-prev`
    /// bindings: the field's kind decides what they do — a choice takes the next / previous value,
    /// free input moves its caret. They are listed by `?` and `gongkai keys` under the form, and a
    /// rebinding moves both meanings to the new key.
    @Test func leftAndRightAreTheFormsChoiceCommands() throws {
        let plain = try configuredModel("")
        plain.handle(.char("4")); plain.handle(.char("a"))
        var form = try #require(plain.state.applications.form)
        let date = form.fields[0].value
        plain.handle(.left); plain.handle(.left)
        #expect(plain.state.applications.form?.fields[0].caret == date.count - 2)
        plain.handle(.right)
        #expect(plain.state.applications.form?.fields[0].caret == date.count - 1)
        #expect(plain.state.applications.form?.fields[0].value == date)
        plain.handle(.tab)
        form = try #require(plain.state.applications.form)
        guard case .choice(let channels) = form.fields[1].kind else { Issue.record("渠道 is not a choice"); return }
        let i = try #require(channels.firstIndex(of: form.fields[1].value))
        plain.handle(.right)
        #expect(plain.state.applications.form?.fields[1].value == channels[(i + 1) % channels.count])
        plain.handle(.left); plain.handle(.left)
        #expect(plain.state.applications.form?.fields[1].value == channels[(i + channels.count - 1) % channels.count])

        let m = try configuredModel("""
            [keys.app-form]
            "C-f" = "choice-next"
            "C-b" = "choice-prev"
            Right = "field-next"
            Left = "field-prev"
            """)
        m.handle(.char("4")); m.handle(.char("a"))
        m.handle(.ctrl("b"))                   // the caret in the date
        #expect(m.state.applications.form?.fields[0].caret == date.count - 1)
        m.handle(.right)                       // now moves on to 渠道
        #expect(m.state.applications.form?.focus == 1)
        m.handle(.ctrl("f"))
        #expect(m.state.applications.form?.fields[1].value == channels[(i + 1) % channels.count])
        // The form's footer and its live hint name the keys in force.
        let lines = screen(m)
        #expect(lines.contains { $0.contains("C-b/C-f 选项") }, "\(lines)")
        #expect(lines.contains { $0.contains("C-b/C-f 切换：") }, "\(lines)")
        // `?` and `gongkai keys` list the bindings under the form (the same table).
        let help = KeyReference.lines(keymap: m.keymap)
        #expect(help.contains { $0.contains("C-f") && $0.contains("下一个选项") }, "\(help)")
        let reference = KeyReference.lines(keymap: .standard)
        #expect(reference.contains { $0.contains("Right") && $0.contains("下一个选项") })
        #expect(reference.contains { $0.contains("Left") && $0.contains("上一个选项") })
    }

    /// The report's figures are free input only: Left / Right stay their line editing there.
    @Test func theFiguresFormKeepsLeftAndRightForTheCaret() throws {
        #expect(!ReportController.bindings.contains { $0.scope == .reportFigures && ["choice-next", "choice-prev"].contains($0.command) })
        var form = FiguresForm(ReportFigures(licensingDecisions: 12, penaltyDecisions: 2, compulsionDecisions: 3, feeAmount: 0))
        #expect(form.edit(.key(.left)) == .editing && form.fields[0].caret == 1)
        _ = form.edit(.key(.char("5")))
        #expect(form.fields[0].text == "152")
    }

    /// The new-document form's note, footer and opening message name the keys in force.
    @Test func theNewDocumentFormsHintsFollowTheKeymap() throws {
        let m = try configuredModel("""
            [keys.new-doc]
            "F5" = "save"
            "C-s" = "field-next"
            "C-n" = "choice-next"
            "C-p" = "choice-prev"
            Right = "field-next"
            Left = "field-prev"
            """, as: "wang.cg", width: 100, height: 30)
        m.execute(CommandLine(name: "new"))
        let message = try #require(m.state.message?.text)
        #expect(message == "新建文件：C-p/C-n 或输入字选择，Tab 下一项，F5 打开编辑器，Esc 取消", "\(message)")
        let note = try #require(m.state.documents.newDraft?.form.liveHints(keys: FormHintKeys(.newDocument, keymap: m.keymap)).first)
        #expect(note.contains("。F5（或在最后一项按 Enter）打开编辑器"), "\(note)")
        let lines = screen(m).joined(separator: "\n")
        #expect(lines.contains("C-p/C-n 选项  F5 打开编辑器"), "\(lines)")
        let plain = try configuredModel("", as: "wang.cg")
        plain.execute(CommandLine(name: "new"))
        #expect(plain.state.message?.text == "新建文件：Left/Right 或输入字选择，Tab 下一项，C-s 打开编辑器，Esc 取消")
        #expect(screen(plain).joined().contains("Left/Right 选项  C-s 打开编辑器"))
        #expect(plain.state.documents.newDraft?.form.liveHints(keys: FormHintKeys(.newDocument, keymap: plain.keymap)).first?
                    .contains("。C-s（或在最后一项按 Enter）打开编辑器") == true)
    }
}
