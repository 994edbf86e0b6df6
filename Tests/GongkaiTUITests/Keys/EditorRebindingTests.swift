import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// 城关镇2026年第三季度低保对象公示 — a demo draft.
private let draftId = "D2026-0005"

@Suite("编辑器按键可改 The body editor's keys are keymap bindings of the editor view")
struct EditorRebindingTests {
    init() { requireUTF8Locale() }

    @Test func theEditorsKeysAreEditorBindingsListedByHelpAndGongkaiKeys() {
        let entries = KeyReference.entries(keymap: .standard).filter { $0.pane == "editor" }
        #expect(entries.first { $0.command == "undo" }?.keys == ["C-z"])
        #expect(entries.first { $0.command == "kill-line" }?.keys == ["C-k"])
        // Tab moves between the fields; the editor's own word for move-up is about the caret.
        #expect(entries.first { $0.command == "field-next" }?.keys == ["Tab"])
        #expect(entries.first { $0.command == "move-up" }?.summary == EditorCommand.moveUp.summary)
        let help = KeyReference.lines(keymap: .standard, first: [.editor])
        #expect(help.contains { $0.contains("C-z") && $0.contains(EditorCommand.undo.summary) })
    }

    @Test func reboundEditorKeyRunsItsNewCommandAndNoLongerItsDefault() throws {
        let m = try configuredModel("""
            [keys.editor]
            "C-k" = "undo"
            "F6" = "kill-line"
            """)
        m.execute(CommandLine(name: "open", argument: draftId))
        let original = try #require(m.state.documents.editor?.body.text)
        for c in "多余" { m.handle(.char(c)) }
        m.idle()
        #expect(m.state.documents.editor?.body.text != original)
        m.handle(.ctrl("k"))   // undo now, not kill-line
        #expect(m.state.documents.editor?.body.text == original)
        #expect(m.state.documents.editor?.isModified == false)
        m.handle(.function(6))  // kill-line moved to F6
        let killed = try #require(m.state.documents.editor?.body.text)
        #expect(killed.count < original.count)
        // The help shows the rebinding.
        let entries = KeyReference.entries(keymap: m.keymap).filter { $0.pane == "editor" }
        #expect(entries.first { $0.command == "undo" }?.keys == ["C-z", "C-k"])
        #expect(entries.first { $0.command == "kill-line" }?.keys == ["F6"])
    }

    @Test func anEditorCommandTypedAtThePromptRunsInTheBody() throws {
        let m = try configuredModel("")
        m.execute(CommandLine(name: "open", argument: draftId))
        let original = try #require(m.state.documents.editor?.body.text)
        for c in "多余" { m.handle(.char(c)) }
        m.idle()
        m.run(CommandLine(name: "undo"))
        #expect(m.state.documents.editor?.body.text == original)
    }

    @Test func editorConflictsAreReportedWithFileAndLine() {
        let config = UserConfig.parse("""
            [keys.editor]
            "a" = "undo"
            "C-t" = "inbox"
            "C-o" = "redo"
            """, file: "config.toml")
        #expect(config.problems.count == 2)
        #expect(config.problems.contains { $0.contains("config.toml 第 2 行") && $0.contains("a") && $0.contains("输入的字") })
        #expect(config.problems.contains { $0.contains("config.toml 第 3 行") && $0.contains("inbox") && $0.contains("编辑器") })
        let map = config.keymap()
        #expect(map.command(for: .char("a"), in: [.editor], global: false) == nil)
        #expect(map.command(for: .ctrl("t"), in: [.editor], global: false) == nil)
        #expect(EditorKeymap(map).command(for: .ctrl("o")) == .redo)
    }
}
