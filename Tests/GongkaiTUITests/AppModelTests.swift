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

    /// 放大 (`Z`, `:zoom`, `:放大`): the focused pane over the whole body at 120×40; switching panes
    /// keeps the zoom (the new pane is shown zoomed); a resize to 80 columns shows the one pane as
    /// always and keeps the zoom for when the terminal is wide again; the same key restores the four.
    @Test func zoomTogglesAndSurvivesPaneSwitchingAndResize() throws {
        let m = try demoModel(width: 120, height: 40)
        let body = Rect(x: 0, y: 1, width: 120, height: 37)
        m.handle(.char("2"))
        #expect(m.state.layout.panes.count == 4)
        m.handle(.char("Z"))
        #expect(m.state.zoomed && m.state.layout.zoomed && m.state.layout.panes == [.documents: body])
        #expect(screen(m)[1].hasPrefix(">2 文件  [1/10]") && screen(m)[1].hasSuffix("  放大"))
        m.handle(.tab)
        #expect(m.state.focus == .interpretations && m.state.layout.panes == [.interpretations: body])
        m.handle(.char("4"))
        #expect(m.state.layout.panes == [.applications: body])
        m.handle(.char("j"))
        m.resize(width: 80, height: 24)
        #expect(m.state.layout.mode == .narrow && !m.state.layout.zoomed && !screen(m)[1].contains("放大"))
        m.handle(.char("Z"))                       // nothing to zoom at 80 columns: said, not changed
        #expect(m.state.zoomed && m.state.message?.text.contains("无需放大") == true)
        m.resize(width: 120, height: 40)
        #expect(m.state.layout.panes == [.applications: body])
        // Drawn exactly as the same pane zoomed at 120×40 from the start.
        let direct = try demoModel(width: 120, height: 40)
        direct.execute(CommandLine(parsing: "窗格 4")!)
        direct.execute(CommandLine(parsing: "放大")!)
        direct.handle(.char("j"))
        #expect(screen(m).dropLast() == screen(direct).dropLast())
        m.execute(CommandLine(parsing: "zoom")!)
        #expect(!m.state.zoomed && m.state.layout.panes.count == 4 && !screen(m).dropLast().joined().contains("放大"))
        let plain = try demoModel(width: 120, height: 40)
        plain.handle(.char("4")); plain.handle(.char("j"))
        #expect(screen(m).dropLast() == screen(plain).dropLast())
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
        #expect(m.asksToQuit)

        let n = try demoModel(width: 120, height: 40)
        n.markUnsaved(2)
        n.handle(.char("q"))
        #expect(!n.asksToQuit && n.state.confirmingQuit)
        #expect(screen(n).last?.contains("有 2 项未保存的修改") == true)
        n.handle(.char("n"))
        #expect(!n.asksToQuit && !n.state.confirmingQuit)
        n.handle(.function(10))
        n.handle(.char("y"))
        #expect(n.asksToQuit)
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
