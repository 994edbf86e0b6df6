import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// Keys rebound in config.toml to the motion commands move in the full-screen views too, not only
/// in the panes (the views used to know only their built-in j/k/C-d… keys).
@Suite("视图内移动 View motion")
struct ViewMotionTests {
    init() { requireUTF8Locale() }

    func reboundModel() throws -> AppModel {
        let base = try demoModel(width: 80, height: 24)
        let config = UserConfig.parse("""
            [keys]
            "C-n" = "move-down"
            "C-p" = "move-up"
            "C-f" = "page-down"
            """, file: "config.toml")
        #expect(config.problems.isEmpty)
        return AppModel(width: 80, height: 24, data: base.data, keymap: config.keymap(), workspaceDisplay: "ws")
    }

    func run(_ m: AppModel, _ line: String) {
        m.handle(.char(":"))
        for c in line { m.handle(.char(c)) }
        m.handle(.enter)
    }

    @Test func motionsAreClampedToTheList() {
        #expect(ViewMotion.down.apply(to: 4, page: 10, last: 4) == 4)
        #expect(ViewMotion.up.apply(to: 0, page: 10, last: 4) == 0)
        #expect(ViewMotion.pageDown.apply(to: 1, page: 10, last: 40) == 11)
        #expect(ViewMotion.bottom.apply(to: 1, page: 10, last: 40) == 40)
        #expect(ViewMotion.top.apply(to: 9, page: 10, last: 40) == 0)
        #expect(ViewMotion.down.apply(to: 0, page: 10, last: -1) == 0)  // empty list
        #expect(ViewMotion(command: "redraw") == nil)
        #expect(Keymap.standard.command(for: .char("j"), in: [.inbox]).flatMap { ViewMotion(command: $0.name) } == .down)
    }

    @Test func reboundKeysScrollTheStatisticsView() throws {
        let m = try reboundModel()
        run(m, "stats 2026")
        #expect(m.state.statistics?.scroll == 0)
        m.handle(.ctrl("n"))
        m.handle(.ctrl("n"))
        #expect(m.state.statistics?.scroll == 2)
        m.handle(.ctrl("p"))
        #expect(m.state.statistics?.scroll == 1)
    }

    @Test func reboundKeysMoveInTheInboxAndTheRegisters() throws {
        let m = try reboundModel()
        m.handle(.char("i"))
        #expect(m.state.inbox?.selected == 0)
        m.handle(.ctrl("n"))
        #expect(m.state.inbox?.selected == 1)
        m.handle(.escape)
        run(m, "duties")
        #expect(m.state.register?.selected == 0)
        m.handle(.ctrl("n"))
        #expect(m.state.register?.selected == 1)
        m.handle(.ctrl("f"))
        #expect((m.state.register?.selected ?? 0) > 1)
    }

    @Test func reboundKeysScrollTheAnnualReport() throws {
        let m = try reboundModel()
        run(m, "report 2025")
        #expect(m.state.report?.scroll == 0)
        m.handle(.ctrl("n"))
        #expect(m.state.report?.scroll == 1)
    }
}
