import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

@Suite("提示跟随改键 Hints name the keys of the live keymap")
struct KeyHintTests {
    init() { requireUTF8Locale() }

    private func keymap(_ config: String) -> Keymap {
        let parsed = UserConfig.parse(config, file: "config.toml")
        #expect(parsed.problems.isEmpty, "\(parsed.problems)")
        return parsed.keymap()
    }

    @Test func theDefaultHintsAreTheOldTexts() {
        UILanguage.$current.withValue(.zh) {
            #expect(ApplicationsOverlay.formKeys(.applicationForm, keymap: .standard) == "Tab 下一项  S-Tab 上一项  Left/Right 选项  C-s 提交  Esc 取消")
            #expect(DocumentsOverlay.editorKeys(.standard) == "C-s 保存  Esc 退出  Tab 下一项  C-f 查找  F4 外部编辑  C-z/C-y 撤销/重做")
        }
    }

    @Test func aReboundFormKeyShowsInTheFormsHint() {
        let map = keymap("""
            [keys.app-form]
            "F5" = "save"
            "C-s" = "field-next"
            [keys.register-form]
            "C-x" = "cancel"
            """)
        UILanguage.$current.withValue(.zh) {
            #expect(ApplicationsOverlay.formKeys(.applicationForm, keymap: map) == "Tab 下一项  S-Tab 上一项  Left/Right 选项  F5 提交  Esc 取消")
            #expect(ApplicationsOverlay.formHelp(.applicationForm, keymap: map).hasPrefix("Tab 下一项，Left/Right 切换选项，F5 或在最后一项按 Enter 提交"))
            // Esc still cancels in the register form, so it is still the first key named.
            #expect(ApplicationsOverlay.formKeys(.registerForm, keymap: map).hasSuffix("C-s 提交  Esc 取消"))
        }
    }

    @Test func aReboundEditorKeyShowsInTheEditorsHint() {
        let map = keymap("""
            [keys.editor]
            "C-z" = "redo"
            "F7" = "undo"
            """)
        UILanguage.$current.withValue(.zh) {
            // undo's first key is now F7; redo's first key is still C-y (C-z comes after it).
            #expect(DocumentsOverlay.editorKeys(map).hasSuffix("F7/C-y 撤销/重做"))
        }
    }

    @Test func theStatusBarNamesTheReboundCommandLineKey() throws {
        let map = keymap("""
            [keys]
            ":" = "redraw"
            "F2" = "command-line"
            """)
        let plain = try demoModel(width: 100, height: 30)
        let m = AppModel(width: 100, height: 30, data: plain.data, keymap: map, workspaceDisplay: "w")
        let status = AppView.render(m.state, keymap: m.keymap).grid.textLines()[m.state.layout.statusRow]
        #expect(status.contains("? 帮助  F2 命令  Tab 切换"))
        let standard = AppView.render(plain.state, keymap: plain.keymap).grid.textLines()[plain.state.layout.statusRow]
        #expect(standard.contains("? 帮助  : 命令  Tab 切换  q 退出"))
    }
}
