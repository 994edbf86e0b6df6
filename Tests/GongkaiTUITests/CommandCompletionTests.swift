import Testing
@testable import GongkaiCore
@testable import GongkaiTUI

/// The `:` prompt lists the matching commands while the officer types (issue 22).
@Suite("命令补全 Command completion")
struct CommandCompletionTests {
    init() { requireUTF8Locale() }

    func prompt(_ m: AppModel, _ text: String) {
        m.handle(.char(":"))
        for c in text { m.handle(.char(c)) }
    }

    /// The rows of the list: from its header row down to the row above the command line.
    func listRows(_ lines: [String]) -> ArraySlice<String> {
        let header = lines.lastIndex { $0.contains("个命令") || $0.contains("共") || $0.contains("没有以") } ?? lines.count - 1
        return lines[header..<(lines.count - 1)]
    }

    @Test func theColonAloneListsTheCommandsAt80x24() throws {
        let m = try demoModel(width: 80, height: 24)
        prompt(m, "")
        let lines = screen(m)
        expectGolden(lines, "completion-all-80x24")
        let total = CommandCompletion.candidates(for: "", state: m.state).count
        #expect(lines[14].contains("第 1–8 个，共 \(total) 个"))
        #expect(lines[23] == ":")
        // The prompt's own keys are not commands to type at it.
        #expect(!CommandCompletion.candidates(for: "").contains { ["complete", "recall-prev", "command-line"].contains($0.spec.name) })
    }

    @Test func theListOffersOnlyWhatCanRunHere() throws {
        let m = try demoModel(width: 80, height: 24)
        prompt(m, "")
        // The body editor's and the reader's commands are not offered while those are closed …
        let here = Set(CommandCompletion.candidates(for: "", state: m.state).map(\.spec.name))
        #expect(!here.contains("undo") && !here.contains("reader-next"))
        #expect(here.contains("redraw") && here.contains("new"))
        // … and are, with everything else, when nothing is known of where the officer is.
        let all = Set(CommandCompletion.candidates(for: "").map(\.spec.name))
        #expect(all.contains("undo") && all.contains("reader-next") && all.isSuperset(of: here))
    }

    @Test func typingNarrowsTheListPerKeystroke() throws {
        let m = try demoModel(width: 80, height: 24)
        prompt(m, "r")
        let afterR = CommandCompletion.candidates(for: "r", state: m.state)
        m.handle(.char("e"))
        let afterRe = CommandCompletion.candidates(for: "re", state: m.state)
        #expect(afterRe.count <= afterR.count && CommandCompletion.candidates(for: "rep", state: m.state).count < afterRe.count)
        #expect(afterRe.allSatisfy { $0.word.hasPrefix("re") })
        let lines = screen(m)
        expectGolden(lines, "completion-re-80x24")
        // Each candidate shows its name and its Chinese summary.
        let redraw = try #require(lines.first { $0.hasPrefix(" redraw ") })
        #expect(redraw.contains("刷新") && redraw.contains(TUIText.Commands.redraw.zh))
        m.handle(.char("d"))
        let narrowed = listRows(screen(m))
        #expect(narrowed.count == 2 && narrowed.last!.hasPrefix(" redraw"))
    }

    @Test func noMatchSaysSoAndEnterStillRunsTheLine() throws {
        let m = try demoModel(width: 80, height: 24)
        prompt(m, "zzz")
        let lines = screen(m)
        expectGolden(lines, "completion-none-80x24")
        #expect(lines[21].contains("没有以「zzz」开头的命令"))
        m.handle(.tab)
        #expect(m.state.commandLine?.text == "zzz")
        m.handle(.enter)
        #expect(m.state.message?.isError == true && m.state.message?.text.contains("zzz") == true)
    }

    @Test func tabAndShiftTabPickAndEnterRunsThePickedCommand() throws {
        let m = try demoModel(width: 80, height: 24)
        prompt(m, "pane-")
        m.handle(.tab)
        #expect(m.state.commandLine?.text == "pane-next")
        m.handle(.tab)
        #expect(m.state.commandLine?.text == "pane-prev")
        // The list stays the one for what was typed, with the pick marked.
        let picked = AppView.render(m.state, keymap: m.keymap).grid
        let row = try #require((0..<24).first { picked.line($0).hasPrefix(" pane-prev") })
        #expect(picked[1, row].style == .selection)
        m.handle(.tab)                                  // wraps around
        #expect(m.state.commandLine?.text == "pane-next")
        m.handle(.backTab)
        #expect(m.state.commandLine?.text == "pane-prev")
        m.handle(.backTab)
        #expect(m.state.commandLine?.text == "pane-next")
        m.handle(.enter)
        #expect(m.state.commandLine == nil && m.state.focus == .documents)
        #expect(m.state.commandHistory == ["pane-next"])
    }

    @Test func typingAfterAPickStartsFromTheLineAndAnArgumentHidesTheList() throws {
        let m = try demoModel(width: 80, height: 24)
        prompt(m, "pane-")
        m.handle(.tab)
        #expect(m.state.commandLine?.text == "pane-next")
        m.handle(.backspace)                            // "pane-nex": a new list, one candidate
        #expect(m.state.commandLine?.pick == nil)
        m.handle(.tab)
        #expect(m.state.commandLine?.text == "pane-next ")
        #expect(!screen(m).contains { $0.contains("个命令") || $0.contains("共 ") })
        m.handle(.escape)
        #expect(m.state.commandLine == nil)
        #expect(!screen(m).contains { $0.hasPrefix(" pane-next") })
    }

    @Test func aKeystrokeRewritesOnlyTheListAndTheCommandLine() throws {
        let m = try demoModel(width: 80, height: 24)
        prompt(m, "r")
        let before = AppView.render(m.state, keymap: m.keymap).grid
        let rowsBefore = listRows(before.textLines()).indices
        m.handle(.char("e"))
        let after = AppView.render(m.state, keymap: m.keymap).grid
        let rowsAfter = listRows(after.textLines()).indices
        let changed = Set(ScreenDiff.between(before, after).changes.map(\.y))
        #expect(!changed.isEmpty && !ScreenDiff.between(before, after).clearsScreen)
        let allowed = Set(rowsBefore).union(rowsAfter).union([23])
        #expect(changed.isSubset(of: allowed))
        #expect(changed.min()! >= 14)
    }

    @Test func theEnglishListIsEnglishOnly() throws {
        let m = try demoModel(width: 80, height: 24)
        prompt(m, "re")
        let rows = UILanguage.$current.withValue(.en) { () -> [String] in
            Array(screen(m)[13...22])
        }
        let listed = rows.filter { $0.hasPrefix(" re") }
        #expect(!listed.isEmpty)
        #expect(listed.contains { $0.contains(TUIText.Commands.redraw.en) })
        #expect(rows.allSatisfy { !$0.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF } })
    }

    @Test func thePickKeysFollowRebindingAndTheHintSaysSo() throws {
        let base = try demoModel(width: 80, height: 24)
        var keymap = Keymap.standard
        keymap.bind(.ctrl("n"), to: "complete", in: .commandLine)
        let m = AppModel(width: 80, height: 24, data: base.data, keymap: keymap,
                         workspaceDisplay: "~/.local/share/gongkai/workspace.sqlite")
        prompt(m, "pane-")
        #expect(screen(m).contains { $0.contains("Tab/C-n 下一个 · S-Tab 上一个 · Enter 执行 · Esc 取消") })
        m.handle(.ctrl("n"))
        #expect(m.state.commandLine?.text == "pane-next")
    }
}
