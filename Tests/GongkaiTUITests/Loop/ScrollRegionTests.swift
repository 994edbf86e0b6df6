import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// 滚动区域 (issue 20): `j` past the bottom edge of a full-width list scrolls the rows through the
/// terminal's scrolling region and writes only the row scrolled in and the rows that changed.
@Suite("滚动区域 Scrolling region")
struct ScrollRegionTests {
    @Test func jPastTheEdgeOfTheFullWidthListScrollsInsteadOfRepainting() throws {
        let s = try LoopSession(width: 80, height: 12, demo: false)
        _ = try s.service.generateDemo(DemoGenerationRequest(documents: 0, applications: 40, fromYear: 2025, toYear: 2026, seed: 5))
        s.model.reloadAll()
        s.keys(.char("4"))
        let list = try #require(s.model.state.lists[.applications])
        let rows = s.model.state.layout.bodyHeight(of: .applications)
        try #require(list.count > rows + 1, "more requests than rows on screen")
        for _ in 0..<(rows - 1) { s.keys(.char("j")) }
        let before = s.lines, repaints = s.terminal.fullRepaints
        s.keys(.char("j"))
        let diff = try #require(s.terminal.lastDiff)
        let scroll = try #require(diff.scroll, "the list scrolls")
        #expect(scroll.lines == 1 && !diff.clearsScreen && s.terminal.fullRepaints == repaints)
        // The rows scrolled up by one; the written cells are the row scrolled in and the two
        // rows the selection left and reached — not the list.
        let listRows = scroll.top...(scroll.top + rows - 1)
        #expect(scroll.bottom - scroll.top + 1 >= rows - 1)
        let writtenInList = Set(diff.changes.map(\.y)).filter(listRows.contains)
        #expect(writtenInList == [listRows.upperBound - 1, listRows.upperBound])
        #expect(s.lines[scroll.top] == before[scroll.top + 1])
        // What the terminal shows is the frame, cell for cell.
        #expect(s.terminal.screen == AppView.render(s.model.state, keymap: s.model.keymap).grid)
    }

    @Test func aScrollIsFoundInBothDirectionsAndTheResultIsTheNewFrame() {
        var old = CellGrid(width: 6, height: 8), new = CellGrid(width: 6, height: 8)
        for y in 0..<8 {
            old.put("行\(y)", x: 0, y: y)
            new.put("行\(y < 7 ? y + 1 : 9)", x: 0, y: y)
        }
        let up = ScreenDiff.between(old, new)
        #expect(up.scroll == ScreenDiff.Scroll(top: 0, bottom: 7, lines: 1))
        #expect(Set(up.changes.map(\.y)) == [7])
        #expect(up.applied(to: old, width: 6, height: 8) == new)
        let down = ScreenDiff.between(new, old)
        #expect(down.scroll?.lines == -1)
        #expect(Set(down.changes.map(\.y)) == [0])
        #expect(down.applied(to: new, width: 6, height: 8) == old)
        // Rows that changed in place are written as before, with no scroll.
        var edited = old
        edited.put("改", x: 4, y: 3)
        #expect(ScreenDiff.between(old, edited).scroll == nil)
    }
}
