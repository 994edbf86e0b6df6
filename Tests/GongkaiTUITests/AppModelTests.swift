import Testing
@testable import GongkaiTUI

@Suite("键位与命令 Keymap and commands")
struct KeymapTests {
    /// wcwidth needs the UTF-8 locale before any width is measured (tests run in parallel).
    init() { requireUTF8Locale() }

    @Test func keyNamesRoundTrip() {
        for name in ["j", "Down", "C-d", "S-Tab", "F10", "Space", "Esc", "Enter", "?", ":"] {
            #expect(Key(name: name)?.name == name)
        }
        #expect(Key(name: "F99") == nil)
        #expect(Key(name: "") == nil)
    }

    @Test func commandLinesParseWithChineseAliases() {
        #expect(CommandLine(parsing: "pane 申请") == CommandLine(name: "pane", argument: "申请"))
        #expect(CommandLine(parsing: " 退出 ")?.name == "quit")
        #expect(CommandLine(parsing: "q")?.name == "quit")
        #expect(CommandLine(parsing: "   ") == nil)
        #expect(Commands.completions(for: "pane") == ["pane", "pane-next", "pane-prev"])
    }

    @Test func everyDefaultBindingNamesAKnownCommandAndHelpListsThemAll() {
        let keymap = Keymap.standard
        for b in keymap.bindings {
            let name = CommandLine(parsing: b.command)!.name
            #expect(Commands.spec(name) != nil, "\(b.key.name) → \(b.command)")
        }
        let help = AppView.helpLines(keymap: keymap).joined(separator: "\n")
        for b in keymap.bindings { #expect(help.contains(b.key.name)) }
        for spec in Commands.all { #expect(help.contains(":" + spec.name)) }
    }

    @Test func paneScopedBindingsWinOnlyInTheirPane() {
        var keymap = Keymap.standard
        keymap.bind(Key(name: "j")!, to: "bottom", in: .applications)
        #expect(keymap.command(for: .char("j"), in: .applications)?.name == "bottom")
        #expect(keymap.command(for: .char("j"), in: .documents)?.name == "move-down")
        #expect(keymap.command(for: .char("j"))?.name == "move-down")
        #expect(KeyReference.sections(keymap: keymap).contains { section in
            section.view == .applications
                && section.entries.contains { $0.summary == "跳到最后一行" && $0.keys == ["j"] && $0.command == "bottom" }
        })
    }

    @Test func paneArgumentsAcceptNumbersChineseAndEnglish() {
        #expect(PaneKind(argument: "2") == .documents)
        #expect(PaneKind(argument: "解读") == .interpretations)
        #expect(PaneKind(argument: "applications") == .applications)
        #expect(PaneKind(argument: "5") == nil)
        #expect(PaneKind.catalog.previous == .applications && PaneKind.applications.next == .catalog)
    }
}

@Suite("应用模型 AppModel")
struct AppModelTests {
    /// wcwidth needs the UTF-8 locale before any width is measured (tests run in parallel).
    init() { requireUTF8Locale() }

    @Test func tabNumbersAndShiftTabSwitchPanes() throws {
        let m = try demoModel(width: 120, height: 40)
        #expect(m.state.focus == .catalog)
        m.handle(.tab)
        #expect(m.state.focus == .documents)
        m.handle(.char("4"))
        #expect(m.state.focus == .applications)
        m.handle(.backTab)
        #expect(m.state.focus == .interpretations)
        m.handle(.tab); m.handle(.tab)
        #expect(m.state.focus == .catalog)
    }

    @Test func selectionMovesAndStaysInRange() throws {
        let m = try demoModel(width: 120, height: 40)
        m.handle(.char("2"))
        m.handle(.char("j")); m.handle(.down)
        #expect(m.state.lists[.documents]!.selected == 2)
        m.handle(.char("G"))
        #expect(m.state.lists[.documents]!.selected == 9)
        m.handle(.char("j"))
        #expect(m.state.lists[.documents]!.selected == 9)
        m.handle(.char("g")); m.handle(.char("k"))
        #expect(m.state.lists[.documents]!.selected == 0)
        // Other panes keep their own selection.
        #expect(m.state.lists[.catalog]!.selected == 0)
    }

    @Test func scrollingLoadsOnlyTheVisibleWindow() throws {
        // narrow, 12 rows: tab bar, pane title, column header, 7 body rows, status, message
        let m = try demoModel(width: 80, height: 12)
        m.handle(.char("2"))
        let list = m.state.lists[.documents]!
        #expect(list.count == 10 && list.window.count == 7)
        m.handle(.char("G"))
        let after = m.state.lists[.documents]!
        #expect(after.scroll == 3 && after.windowOffset == 3 && after.window.count == 7)
        #expect(after.row(at: 9) != nil && after.row(at: 2) == nil)
    }

    @Test func commandLineTakesChineseAndRunsTheCommand() throws {
        let m = try demoModel(width: 120, height: 40)
        m.handle(.char(":"))
        for c in "pane 申请" { m.handle(.char(c)) }
        #expect(m.state.commandLine?.text == "pane 申请")
        let frame = AppView.render(m.state)
        #expect(frame.cursor?.y == 39 && frame.cursor?.x == 1 + 5 + 4)   // caret after 申请 (2×2 cells)
        m.handle(.enter)
        #expect(m.state.commandLine == nil)
        #expect(m.state.focus == .applications)
        #expect(m.state.commandHistory == ["pane 申请"])
    }

    @Test func commandLineEditingHistoryAndCompletion() throws {
        let m = try demoModel(width: 120, height: 40)
        m.handle(.char(":"))
        for c in "帮助x" { m.handle(.char(c)) }
        m.handle(.backspace)
        m.handle(.left); m.handle(.left)
        m.handle(.char("<")); m.handle(.end); m.handle(.char(">"))
        #expect(m.state.commandLine?.text == "<帮助>")
        m.handle(.escape)
        #expect(m.state.commandLine == nil && !m.state.helpVisible)
        m.handle(.char(":")); for c in "pane-n" { m.handle(.char(c)) }
        m.handle(.tab)
        #expect(m.state.commandLine?.text == "pane-next ")
        m.handle(.enter)
        #expect(m.state.focus == .documents)
        m.handle(.char(":")); m.handle(.up)
        #expect(m.state.commandLine?.text == "pane-next")
    }

    @Test func unknownCommandsSayWhatWentWrong() throws {
        let m = try demoModel(width: 120, height: 40)
        m.execute(CommandLine(name: "frobnicate"))
        #expect(m.state.message?.isError == true)
        #expect(screen(m).last?.hasPrefix("未知命令：frobnicate") == true)
        m.execute(CommandLine(name: "pane", argument: "9"))
        #expect(m.state.message?.text.contains("用法") == true)
    }

    @Test func helpOverlayOpensScrollsAndCloses() throws {
        let m = try demoModel(width: 80, height: 24)
        m.handle(.char("?"))
        #expect(m.state.helpVisible)
        #expect(screen(m).contains { $0.contains("帮助：按键一览") })
        m.handle(.char("j"))
        #expect(m.state.helpScroll == 1)
        m.handle(.char("2"))                          // keys do not leak through the overlay
        #expect(m.state.focus == .catalog)
        m.handle(.escape)
        #expect(!m.state.helpVisible)
        m.handle(.function(1))
        #expect(m.state.helpVisible)
    }

    @Test func quitAsksFirstOnlyWhenSomethingIsUnsaved() throws {
        let m = try demoModel(width: 120, height: 40)
        m.handle(.char("q"))
        #expect(m.state.shouldQuit)

        let n = try demoModel(width: 120, height: 40)
        n.markUnsaved(2)
        n.handle(.char("q"))
        #expect(!n.state.shouldQuit && n.state.confirmingQuit)
        #expect(screen(n).last?.contains("有 2 项未保存的修改") == true)
        n.handle(.char("n"))
        #expect(!n.state.shouldQuit && !n.state.confirmingQuit)
        n.handle(.function(10))
        n.handle(.char("y"))
        #expect(n.state.shouldQuit)
    }

    @Test func resizeSwitchesLayoutAndKeepsSelectionVisible() throws {
        let m = try demoModel(width: 120, height: 40)
        m.handle(.char("2")); m.handle(.char("G"))
        #expect(m.state.layout.mode == .wide)
        m.resize(width: 80, height: 12)
        #expect(m.state.layout.mode == .narrow)
        let list = m.state.lists[.documents]!
        #expect(list.selected == 9 && list.scroll <= 9 && list.scroll + 7 > 9)
        m.resize(width: 30, height: 8)
        #expect(m.state.layout.mode == .tooSmall)
        #expect(screen(m)[0].hasPrefix("终端太小"))
    }
}
