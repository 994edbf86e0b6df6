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
}
