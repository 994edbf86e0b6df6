import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// Mouse messages → state (the ncurses part only turns KEY_MOUSE into these messages).
@Suite("鼠标 Mouse")
struct MouseTests {
    init() { requireUTF8Locale() }

    @Test func clickFocusesThePaneAndSelectsTheRowUnderThePointer() throws {
        let m = try demoModel(width: 120, height: 40)
        #expect(m.state.focus == .catalog)
        let rect = try #require(m.state.layout.panes[.documents])
        let y = rect.y + 2 + 3                                  // the fourth row of the list
        m.handle(.mouse(MouseEvent(.click, x: rect.x + 5, y: y)))
        #expect(m.state.focus == .documents)
        let list = try #require(m.state.lists[.documents])
        #expect(list.selected == list.scroll + 3)
        // The selected row is the one drawn on the clicked line.
        let row = try #require(list.row(at: list.selected))
        let shown = screen(m)[y]
        #expect(row.cells.contains { !$0.isEmpty && shown.contains(TextWidth.prefix($0, fitting: 8)) })
        // A click under the last row only focuses.
        m.handle(.mouse(MouseEvent(.click, x: 3, y: m.state.layout.panes[.interpretations]!.y + 1)))
        #expect(m.state.focus == .interpretations)
    }

    @Test func clickOnATabFocusesThatPane() throws {
        let m = try demoModel(width: 80, height: 24)            // narrow: one pane, tabs on row 0
        let tabs = screen(m)[0]
        let label = " 4 " + PaneKind.applications.title
        let range = try #require(tabs.range(of: label))
        let x = TextWidth.of(String(tabs[..<range.lowerBound])) + 2
        m.handle(.mouse(MouseEvent(.click, x: x, y: 0)))
        #expect(m.state.focus == .applications)
    }

    @Test func wheelMovesThePaneUnderThePointerByThreeRows() throws {
        let m = try demoModel(width: 120, height: 40)
        let rect = try #require(m.state.layout.panes[.applications])
        let before = m.state.lists[.applications]!.selected
        m.handle(.mouse(MouseEvent(.wheelDown, x: rect.x + 2, y: rect.y + 4)))
        #expect(m.state.focus == .applications)
        #expect(m.state.lists[.applications]!.selected == min(before + 3, m.state.lists[.applications]!.count - 1))
        m.handle(.mouse(MouseEvent(.wheelUp, x: rect.x + 2, y: rect.y + 4)))
        #expect(m.state.lists[.applications]!.selected == before)
    }

    @Test func wheelScrollsOpenViewsAndClicksAreIgnoredThere() throws {
        let m = try demoModel(width: 80, height: 24)
        m.handle(.char("?"))
        m.handle(.mouse(MouseEvent(.wheelDown, x: 10, y: 10)))
        #expect(m.state.helpScroll == 3)
        m.handle(.mouse(MouseEvent(.click, x: 10, y: 10)))
        #expect(m.state.helpVisible && m.state.focus == .catalog)
        m.handle(.escape)
        m.handle(.char(":"))                                     // the command line ignores the mouse
        m.handle(.mouse(MouseEvent(.wheelDown, x: 10, y: 10)))
        #expect(m.state.commandLine != nil && m.state.lists[.catalog]!.selected == 0)
    }

    @Test func mouseIsOffByDefaultAndSwitchedOnInConfig() {
        #expect(UserConfig().mouse == false)
        #expect(UserConfig.parse("mouse = true", file: "c").mouse == true)
        let bad = UserConfig.parse("mouse = \"yes\"\nbars = \"round\"", file: "c")
        #expect(bad.mouse == false && bad.bars == .blocks)
        #expect(bad.problems.count == 2)
        #expect(UserConfig.parse("bars = \"ascii\"", file: "c").bars == .ascii)
    }
}
