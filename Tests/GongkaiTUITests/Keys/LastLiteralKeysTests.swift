import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// The keys that were literal in the views are bindings now: each does what it did by default,
/// is listed by `?` / `gongkai keys` under its view, and follows a rebinding in config.toml.
@Suite("按键 The last literal keys as bindings")
struct LastLiteralKeysTests {
    func type(_ m: AppModel, _ text: String) { for c in text { m.handle(.char(c)) } }

    /// The keys `gongkai keys` lists for `command` under `view`.
    func listed(_ command: String, in view: ViewID, keymap: Keymap = .standard) -> [String] {
        KeyReference.entries(keymap: keymap).first { $0.command == command && $0.pane == view.rawValue }?.keys ?? []
    }

    @Test func enterInTheInterpretationSheetsLinesGoesOnAndCanBeRebound() throws {
        #expect(listed("field-next", in: .interpretationLine) == ["Enter"])
        let m = try configuredModel("[keys.interp-line]\n\"C-n\" = \"field-next\"")
        m.handle(.char("3")); m.handle(.char("n"))
        m.handle(.tab); m.handle(.tab)
        #expect(m.state.interpretations.sheet?.area == .leader)
        #expect(m.topView.scopes(m.state) == [.interpretationLine, .interpretationSheet])
        type(m, "张")
        m.handle(.enter)
        #expect(m.state.interpretations.sheet?.area == .unit)
        #expect(m.state.interpretations.sheet?.leader.text == "张")
        m.handle(.ctrl("n"))
        #expect(m.state.interpretations.sheet?.area == .reason)
        m.handle(.enter)
        #expect(m.state.interpretations.sheet?.area == .body)
        // In the body Enter is a new line of the text, not the lines' binding.
        type(m, "一"); m.handle(.enter); type(m, "二")
        #expect(m.state.interpretations.sheet?.body.text == "一\n二")
    }

    @Test func theNarrativesEnterUpAndDownAreBindingsThatFollowTheConfig() throws {
        #expect(listed("newline", in: .reportNarrative) == ["Enter"])
        #expect(listed("move-up", in: .reportNarrative) == ["Up"])
        #expect(listed("move-down", in: .reportNarrative) == ["Down"])
        let m = try configuredModel("[keys.report-narrative]\n\"C-o\" = \"newline\"\n\"C-p\" = \"move-up\"")
        m.execute(CommandLine(parsing: "report 2026 县教育局")!)
        m.handle(.char("5"))
        #expect(m.state.report?.narrative?.section == .problems)
        m.handle(.enter)                               // a fresh line after the section's text
        type(m, "甲乙")
        m.handle(.left)
        m.handle(.ctrl("o"))                           // the rebinding splits the line at the caret
        let lines = try #require(m.state.report?.narrative?.lines)
        #expect(lines.suffix(2) == ["甲", "乙"] && lines.count >= 3)
        #expect(m.state.report?.narrative?.row == lines.count - 1 && m.state.report?.narrative?.column == 0)
        m.handle(.ctrl("p")); m.handle(.up)
        #expect(m.state.report?.narrative?.row == lines.count - 3)
        m.handle(.down)
        #expect(m.state.report?.narrative?.row == lines.count - 2)
        #expect(m.state.report?.narrative?.lines == lines)
    }

    @Test func backspaceOnAnEmptyPromptClosesItAndIsABinding() throws {
        for view in [ViewID.commandLine, .helpSearch, .catalogForm] {
            #expect(listed("erase-back", in: view) == ["BSpace", "C-h"], "\(view)")
        }
        let m = try configuredModel("[keys.command-line]\n\"C-w\" = \"erase-back\"")
        m.handle(.char(":")); type(m, "ab")
        m.handle(.backspace)
        #expect(m.state.commandLine?.text == "a")
        m.handle(.ctrl("w"))
        #expect(m.state.commandLine?.text == "")
        m.handle(.ctrl("w"))
        #expect(m.state.commandLine == nil)
        // The help's search line.
        m.handle(.char("?")); m.handle(.char("/")); type(m, "q")
        m.handle(.ctrl("h"))
        #expect(m.state.helpPrompt?.text == "")
        m.handle(.backspace)
        #expect(m.state.helpPrompt == nil && m.state.helpVisible)
        m.handle(.escape)
        // The catalog's search line closes; a form that adds a column keeps its field.
        m.handle(.char("1")); m.handle(.char("/")); type(m, "公")
        m.handle(.backspace)
        #expect(m.state.catalog.form?.fields.first?.text == "")
        m.handle(.backspace)
        #expect(m.state.catalog.form == nil)
    }

    @Test func theReadOnlyEditorRefusesWhatTheKeymapSaysEditsTheText() throws {
        let m = try configuredModel("[keys.editor]\n\"C-o\" = \"newline\"")
        m.execute(CommandLine(name: "open", argument: "D2026-0002"))   // in review: read-only
        m.state.documents.editor?.focus = .body
        let editor = try #require(m.state.documents.editor)
        #expect(editor.readOnly)
        for key in [Key.enter, .ctrl("o"), .backspace, .delete] {
            m.state.message = nil
            m.handle(key)
            #expect(m.state.message?.isError == true && m.state.message?.text.contains("只读") == true, "\(key.name)")
            #expect(m.state.documents.editor?.isModified == false)
        }
        // Moving still works and says nothing.
        m.state.message = nil
        m.handle(.right)
        #expect(m.state.message == nil && m.state.documents.editor?.body.buffer.caret != editor.body.buffer.caret)
    }

    @Test func redrawAsksTheLoopToRepaintWhateverKeyRunsIt() throws {
        let m = try configuredModel("[keys]\nF5 = \"redraw\"")
        // Redrawing reads everything on screen again: the loop reads it, then repaints.
        for key in [Key.ctrl("l"), .function(5)] {
            let effects = m.update(.key(key))
            #expect(effects == [.read(.everything), .repaint], "\(key)")
            // Performed as the loop does: the read needs no terminal, the repaint does; the rows
            // on screen are read with it.
            #expect(Effect.performWithoutTerminal(effects, model: m) == [.repaint], "\(key)")
            #expect(m.takeEffects().isEmpty, "\(key)")
            #expect(PaneKind.allCases.allSatisfy { !(m.state.lists[$0]?.window.isEmpty ?? true) }, "\(key)")
        }
        #expect(m.update(.key(.char("j"))).isEmpty)
    }
}
