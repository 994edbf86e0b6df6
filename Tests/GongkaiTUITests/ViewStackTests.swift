import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// The one view stack: every registered view opens on a demo workspace, answers one of its keys,
/// draws and closes; the wheel goes to the view on top.
@Suite("视图栈 View stack")
struct ViewStackTests {
    init() { requireUTF8Locale() }

    func run(_ m: AppModel, _ line: String) {
        m.handle(.char(":"))
        for c in line { m.handle(.char(c)) }
        m.handle(.enter)
    }

    /// How each view is opened on the demo workspace (keys and commands as an officer would).
    let openers: [ViewID: (AppModel) throws -> Void] = [
        .confirm: { m in m.markUnsaved(1); m.handle(.char("q")) },
        .commandLine: { m in m.handle(.char(":")) },
        .help: { m in m.handle(.char("?")) },
        .history: { m in m.handle(.char("2")); m.handle(.char("H")) },
        .report: { m in m.execute(CommandLine(parsing: "report 2026 county")!) },
        .register: { m in m.execute(CommandLine(parsing: "duties")!) },
        .statistics: { m in m.execute(CommandLine(parsing: "stats 2026")!) },
        .inbox: { m in m.handle(.char("i")) },
        .reader: { m in m.handle(.char("i")); m.handle(.enter) },
        .newDocument: { m in m.execute(CommandLine(parsing: "new")!) },
        .registerForm: { m in m.execute(CommandLine(parsing: "duties")!); m.handle(.char("a")) },
        .messages: { m in m.execute(CommandLine(parsing: "messages")!) },
        .recovery: { m in
            let source = try #require(m.data as? DocumentsDataSource)
            let detail = try source.documentDetail(id: "D2026-0002")
            m.state.documents.recovery = DocumentDraftJournal.Entry(edit: DocumentEdit(detail), caretLine: 0,
                                                                    caretIndex: 0, savedAt: "2026-11-27T08:00:00Z")
        },
        .editor: { m in m.handle(.char("2")); m.handle(.enter) },
        .documentSearch: { m in m.execute(CommandLine(parsing: "doc-search 通知")!) },
        .applicationDetail: { m in m.handle(.char("4")); m.handle(.enter) },
        .interpretationSheet: { m in m.handle(.char("3")); m.handle(.char("n")) },
        .catalogForm: { m in m.handle(.char("1")); m.handle(.char("/")) },
        .catalog: { m in m.handle(.char("1")) },
        .documents: { m in m.handle(.char("2")) },
        .interpretations: { m in m.handle(.char("3")) },
        .applications: { m in m.handle(.char("4")) },
    ]

    /// A view that says it covers the panes (they are then not drawn under it) writes every cell
    /// of every row they use, at both layouts.
    @Test func aViewThatCoversThePanesWritesEveryRowTheyUse() throws {
        var checked = 0
        for view in ViewStack.views where view.id.pane == nil {
            for (width, height) in [(80, 24), (120, 40)] {
                let m = try demoModel(width: width, height: height)
                let opener = try #require(openers[view.id])
                try opener(m)
                guard view.isOpen(m.state), view.coversPanes(m.state) else { continue }
                var grid = CellGrid(width: width, height: height)
                let rows = 1..<m.state.layout.statusRow
                for y in rows { grid.put(String(repeating: "@", count: width), x: 0, y: y, style: .error) }
                _ = view.draw(&grid, state: m.state, keymap: m.keymap)
                var left: [String] = []
                for y in rows {
                    for x in 0..<width where grid[x, y].text == "@" && grid[x, y].style == .error {
                        left.append("(\(x), \(y))")
                    }
                }
                #expect(left.isEmpty, "\(view.id) at \(width)×\(height) leaves cells of the panes: \(left.prefix(5))")
                // And the frame the workstation draws shows the view, not the panes, in those rows.
                let framed: [String] = AppView.render(m.state, keymap: m.keymap).grid.textLines()
                let alone: [String] = grid.textLines()
                #expect(Array(framed[rows]) == Array(alone[rows]))
                checked += 1
            }
        }
        #expect(checked >= 2, "the inbox covers the panes at both sizes")
    }

    @Test func everyRegisteredViewOpensAnswersAKeyDrawsAndCloses() throws {
        let registered = ViewStack.views.map { $0.id }
        #expect(Set(registered).count == registered.count, "one view per id")
        #expect(Set(registered) == Set(openers.keys), "every registered view has an opener here")
        for view in ViewStack.views {
            let m = try demoModel(width: 80, height: 24)
            let opener = try #require(openers[view.id])
            let closedScreen = screen(m)
            try opener(m)
            let opened = view.isOpen(m.state)
            #expect(opened, "\(view.id) opens")
            #expect(m.topView.id == view.id, "\(view.id) is on top, not \(m.topView.id)")
            // One of its keys names a command of the keymap in its scope.
            let scopes = view.scopes(m.state)
            let binding = try #require(m.keymap.bindings.first { b in
                b.scope.map(scopes.contains) == true && !["close", "cancel", "quit"].contains(b.command)
                    && !(view.takesText(m.state) && b.key.isTyping)
            } ?? m.keymap.bindings.first { $0.scope.map(scopes.contains) == true }, "\(view.id) has keys")
            #expect(Commands.spec(CommandLine(parsing: binding.command)!.name) != nil, "\(binding.command) is a command")
            m.handle(binding.key)
            if view.id.pane != nil { continue }
            if !view.isOpen(m.state) { try opener(m) }
            let open = screen(m)
            #expect(open != closedScreen, "\(view.id) draws")
            for _ in 0..<3 where view.isOpen(m.state) { view.close(model: m) }   // a detail goes back first
            let closed = !view.isOpen(m.state)
            #expect(closed, "\(view.id) closes")
        }
    }

    /// A resize reaches every view through the stack: a view opened at 80×24 and then resized to
    /// 120×40 draws exactly as the same view opened at 120×40 (the editors rewrap, the lists keep
    /// their selection on screen), and stays open on top.
    @Test func aResizeReachesEveryViewThroughTheStack() throws {
        for view in ViewStack.views {
            let opener = try #require(openers[view.id])
            let resized = try demoModel(width: 80, height: 24)
            try opener(resized)
            resized.resize(width: 120, height: 40)
            #expect(view.isOpen(resized.state) && resized.topView.id == view.id, "\(view.id) stays open on top")
            let direct = try demoModel(width: 120, height: 40)
            try opener(direct)
            let a = AppView.render(resized.state, keymap: resized.keymap), b = AppView.render(direct.state, keymap: direct.keymap)
            #expect(a.grid.textLines() == b.grid.textLines(), "\(view.id) after a resize")
            #expect(a.cursor?.x == b.cursor?.x && a.cursor?.y == b.cursor?.y, "\(view.id)'s caret after a resize")
        }
    }

    @Test func theWheelOverAnOpenRegisterScrollsTheRegisterNotThePaneUnderneath() throws {
        let m = try demoModel(width: 80, height: 24)
        run(m, "duties")
        let view = try #require(m.state.register)
        #expect(view.items.count > 3)
        let pane = m.state.lists[m.state.focus]!.selected
        m.handle(.mouse(MouseEvent(.wheelDown, x: 10, y: 10)))
        #expect(m.state.register?.selected == 3)
        #expect(m.state.lists[m.state.focus]!.selected == pane)
        m.handle(.mouse(MouseEvent(.wheelUp, x: 10, y: 10)))
        #expect(m.state.register?.selected == 0)
    }

    @Test func theWheelOverDocumentSearchResultsMovesThroughTheHits() throws {
        let m = try demoModel(width: 80, height: 24)
        run(m, "doc-search 公开")
        let hits = try #require(m.state.documents.search?.hits.count)
        #expect(hits > 0)
        let pane = m.state.lists[.documents]!.selected
        m.handle(.mouse(MouseEvent(.wheelDown, x: 10, y: 10)))
        #expect(m.state.documents.search?.selected == min(3, hits - 1))
        #expect(m.state.lists[.documents]!.selected == pane)
    }

    @Test func aViewsOwnBindingWinsOverAGlobalRebindingOfTheSameKey() throws {
        let base = try demoModel(width: 80, height: 24)
        let config = UserConfig.parse("[keys]\ns = \"move-down\"", file: "config.toml")
        // The load says where the global `s` does not reach (the views binding `s` themselves).
        #expect(config.problems.count == 1 && config.problems[0].contains("register"))
        let m = AppModel(width: 80, height: 24, data: base.data, keymap: config.keymap(), workspaceDisplay: "ws")
        run(m, "inspect")
        #expect(m.state.register?.kind == .inspections && m.state.register?.showStale == false)
        m.handle(.char("s"))
        #expect(m.state.register?.showStale == true)
        m.handle(.escape)
        // Where no view binds `s`, the global rebinding works.
        m.handle(.char("1"))
        let before = m.state.lists[.catalog]!.selected
        m.handle(.char("s"))
        #expect(m.state.lists[.catalog]!.selected == before + 1)
    }

    @Test func perViewRebindingInConfig() throws {
        let base = try demoModel(width: 80, height: 24)
        let config = UserConfig.parse("[keys.inbox]\nx = \"inbox-mark\"\n[keys.stats]\nn = \"stats-next-year\"", file: "config.toml")
        #expect(config.problems.isEmpty)
        let m = AppModel(width: 80, height: 24, data: base.data, keymap: config.keymap(), workspaceDisplay: "ws")
        m.handle(.char("i"))
        let first = try #require(m.state.inbox?.current)
        m.handle(.char("x"))
        #expect(m.state.inbox?.marked.contains(InboxState.key(first)) == true)
        m.handle(.escape)
        run(m, "stats 2026")
        m.handle(.char("n"))
        #expect(m.state.statistics?.year == 2027)
    }

    /// A config.toml text binding `key` to `command` in `[keys.<scope>]` (nil: `[keys]`).
    static func binding(_ key: String, _ command: String, in scope: ViewID?) -> String {
        func quoted(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
        return (scope.map { "[keys.\($0.rawValue)]" } ?? "[keys]") + "\n\(quoted(key)) = \(quoted(command))\n"
    }

    /// Every binding of every registered view: `gongkai keys` (and `?`, the same table) lists it
    /// under its view; `[keys.<view>]` in config.toml can bind its command to another key, which
    /// then runs it in that view; and a global rebinding of its key does not reach into the view
    /// (the view's own binding wins).
    @Test func everyBindingOfEveryViewIsListedRebindableAndWinsOverAGlobalOne() throws {
        let listed = KeyReference.entries(keymap: .standard)
        var checked = 0
        for view in ViewStack.views {
            #expect(!view.bindings.isEmpty, "\(view.id) has keys")
            for b in view.bindings {
                let scope = try #require(b.scope, "\(view.id)'s binding \(b.key.name) is scoped to a view")
                #expect(listed.contains { $0.pane == scope.rawValue && $0.command == b.command && $0.keys.contains(b.key.name) },
                        "gongkai keys lists \(b.key.name) = \(b.command) under \(scope.rawValue)")
                let rebound = UserConfig.parse(Self.binding("F12", b.command, in: scope), file: "config.toml")
                #expect(rebound.problems.isEmpty, "\(rebound.problems)")
                #expect(rebound.keymap().command(for: .function(12), in: [scope], global: false)?.text == b.command,
                        "[keys.\(scope.rawValue)] F12 = \(b.command)")
                let global = UserConfig.parse(Self.binding(b.key.name, b.command == "redraw" ? "help" : "redraw", in: nil),
                                              file: "config.toml")
                #expect(global.keymap().command(for: b.key, in: [scope])?.text == b.command,
                        "a global rebinding of \(b.key.name) does not hide \(scope.rawValue)'s \(b.command)")
                checked += 1
            }
        }
        #expect(checked > 200, "the views' bindings were walked")
    }

    /// In the running model, a view's command bound to another key does what its default key does:
    /// each registered view opened, its first key pressed in one model and the rebound key (F12,
    /// under `[keys.<view>]`) in another give the same screen.
    @Test func aReboundKeyRunsTheViewsCommandInEveryView() throws {
        for view in ViewStack.views {
            let plain = try demoModel(width: 80, height: 24)
            let opener = try #require(openers[view.id])
            try opener(plain)
            let scopes = view.scopes(plain.state)
            let binding = try #require(plain.keymap.bindings.first { b in
                b.scope.map(scopes.contains) == true && !["close", "cancel", "quit"].contains(b.command)
                    && !(view.takesText(plain.state) && b.key.isTyping)
            } ?? plain.keymap.bindings.first { $0.scope.map(scopes.contains) == true }, "\(view.id) has keys")
            let config = UserConfig.parse(Self.binding("F12", binding.command, in: binding.scope), file: "config.toml")
            #expect(config.problems.isEmpty, "\(config.problems)")
            let base = try demoModel(width: 80, height: 24)
            let rebound = AppModel(width: 80, height: 24, data: base.data, keymap: config.keymap(),
                                   workspaceDisplay: "~/.local/share/gongkai/workspace.sqlite")
            try opener(rebound)
            // Drawn with the same keymap: hints that list the keys in force would name F12 as well.
            func drawn(_ m: AppModel) -> [String] { AppView.render(m.state, keymap: plain.keymap).grid.textLines() }
            #expect(drawn(rebound) == drawn(plain), "\(view.id) opens alike")
            plain.handle(binding.key)
            rebound.handle(.function(12))
            #expect(drawn(rebound) == drawn(plain), "\(view.id): F12 does what \(binding.key.name) (\(binding.command)) does")
            #expect(rebound.state.message == plain.state.message, "\(view.id)")
        }
    }
}
