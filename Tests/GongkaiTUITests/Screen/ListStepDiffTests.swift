import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// What one `j` in a full-width list sends to the terminal (issue 20: no more than `less`
/// scrolling the same rows): the selection is the marker cell alone, the position `[n/N]` sits
/// apart from the coloured title bar, and each row has one look across.
@Suite("一步的画面差异 What one step in a list writes")
struct ListStepDiffTests {
    init() { requireUTF8Locale() }

    /// An 80×24 session on a workspace with a few hundred applications, in the 申请 pane; `zoomed`:
    /// a 120×40 session with the 申请 pane zoomed (`Z`), the other full-width list.
    private func model(zoomed: Bool = false) throws -> AppModel {
        let m = try demoModel(width: zoomed ? 120 : 80, height: zoomed ? 40 : 24, demo: false) { ws in
            let service = GongkaiService(workspace: ws, actor: Actor(login: "li.ming", origin: "test"), today: { pinnedToday })
            _ = try service.generateDemo(DemoGenerationRequest(documents: 20, applications: 120, fromYear: 2025,
                                                               toYear: 2026, seed: 7))
        }
        m.handle(.char("4"))
        if zoomed { m.handle(.char("Z")) }
        return m
    }

    private func frame(_ m: AppModel) -> CellGrid { AppView.render(m.state, keymap: m.keymap).grid }

    /// The number of style changes along a run of cells written left to right.
    private func styleSwitches(_ changes: [ScreenDiff.Change]) -> Int {
        zip(changes, changes.dropFirst()).filter { $0.cell.style != $1.cell.style }.count
    }

    @Test func aStepInsideTheScreenWritesTheTwoMarkersAndTheDigitsThatChanged() throws {
        let m = try model()
        let before = frame(m)
        m.handle(.char("j"))
        let after = frame(m)
        let diff = ScreenDiff.between(before, after)
        #expect(diff.scroll == nil)
        let rect = m.state.layout.panes[.applications]!
        let body = diff.changes.filter { $0.y > rect.y }
        // The marker leaves the first row and lands on the second: two cells, nothing else of the rows.
        #expect(body.map { [$0.x, $0.y] } == [[0, rect.y + 2], [0, rect.y + 3]])
        #expect(body.map(\.cell.text) == [" ", ">"])
        #expect(body.last?.cell.style == .selectionMarker)
        // The title row: only the digit of the position, in the plain style (no colour switch).
        let title = diff.changes.filter { $0.y == rect.y }
        #expect(title.map(\.cell.text) == ["2"])
        #expect(title.allSatisfy { $0.cell.style == .normal })
        #expect(after.textLines()[rect.y].hasSuffix("[2/\(m.state.lists[.applications]!.count)]"))
    }

    @Test(arguments: [false, true])
    func aStepPastTheBottomScrollsTheWholeBandAndWritesOneRow(zoomed: Bool) throws {
        let m = try model(zoomed: zoomed)
        let rect = m.state.layout.panes[.applications]!
        let bodyTop = rect.y + 2, bodyBottom = rect.y + rect.height - 1
        for _ in 0..<(bodyBottom - bodyTop + 3) { m.handle(.char("j")) }
        let before = frame(m)
        m.handle(.char("j"))
        let after = frame(m)
        let diff = ScreenDiff.between(before, after)
        // The rows scrolled are the list's, the selected bottom row included.
        #expect(diff.scroll == ScreenDiff.Scroll(top: bodyTop, bottom: bodyBottom, lines: 1))
        let entering = diff.changes.filter { $0.y == bodyBottom }
        let others = diff.changes.filter { $0.y != bodyBottom }
        // Besides the row scrolled in: the marker left behind on the row above and the position's digits.
        #expect(others.filter { $0.y > rect.y }.map { [$0.x, $0.y] } == [[0, bodyBottom - 1]])
        #expect(others.filter { $0.y == rect.y }.allSatisfy { $0.cell.style == .normal && $0.cell.text.allSatisfy(\.isNumber) })
        #expect(others.allSatisfy { $0.y >= rect.y })
        // The row scrolled in: the marker, then one look for the whole row's text (the plain
        // blanks after a text shorter than the 120-column list are one more switch).
        #expect(entering.first?.cell.text == ">" && entering.first?.cell.style == .selectionMarker)
        var text = entering[...]
        while let last = text.last, last.cell == .blank, text.count > 1 { text = text.dropLast() }
        #expect(styleSwitches(Array(text)) <= 1, "\(entering.map { "\($0.x):\($0.cell.text):\($0.cell.style)" })")
        #expect(rect.x == 0 && rect.width == m.state.width)
        #expect(diff.applied(to: before, width: m.state.width, height: m.state.height) == after)
        // Written in steps (the title, then the marker cleared before the band moves, then the row
        // scrolled in), the screen is the same frame.
        let steps = ScreenDiff.ScrollSteps(diff)
        #expect(steps.before[0].allSatisfy { $0.y == rect.y } && !steps.before[0].isEmpty)
        #expect(steps.before[1].map { [$0.x, $0.y] } == [[0, bodyBottom]])
        #expect(steps.after.allSatisfy { $0.y == bodyBottom })
        #expect(steps.applied(to: before, scroll: diff.scroll) == after)
    }

    @Test func anEmphasisedRowHasOneLookAcrossItsTextAndPlainEdges() throws {
        let m = try model()
        let grid = frame(m)
        let rect = m.state.layout.panes[.applications]!
        let list = m.state.lists[.applications]!
        var checked = 0
        for i in 1..<min(list.count, rect.height - 2) {
            guard let row = list.row(at: list.scroll + i), let emphasis = row.emphasis else { continue }
            let y = rect.y + 2 + i
            // The marker cell and the blanks after the text are plain; the rest has the row's look.
            let end = (1..<80).last { grid[$0, y].text != " " && !grid[$0, y].isContinuation }.map { $0 + Int(grid[$0, y].width) } ?? 1
            #expect(grid[0, y].style == .normal && grid[0, y].text == " ")
            #expect((1..<end).allSatisfy { grid[$0, y].style == emphasis }, "row \(row.id)")
            #expect((end..<80).allSatisfy { grid[$0, y] == .blank }, "row \(row.id)")
            checked += 1
        }
        #expect(checked > 0)
    }

    @Test func thePositionFollowsTheNameAndALongFilterNoteIsCutAfterIt() throws {
        let m = try demoModel(width: 120, height: 40)
        var state = m.state
        state.catalog.documentFilter = CatalogFilter(nodeID: "c04", name: String(repeating: "很长的栏目名称", count: 6), path: "")
        let grid = AppView.render(state, keymap: m.keymap).grid
        let title = grid.textLines()[1]
        #expect(title.contains("| 2 文件  [1/\(state.lists[.documents]!.count)]  筛选：很长的栏目名称"))
        #expect(!title.contains("（x 清除）"), "the note is cut at the pane's edge: \(title)")
        // The name is on the title colour; the position is plain, so a step rewrites digits only.
        let bar = title.range(of: "| 2 文件")!
        let nameX = TextWidth.of(String(title[..<bar.lowerBound])) + 2
        #expect([.paneTitle, .paneTitleFocused].contains(grid[nameX, 1].style))
        let position = title.range(of: "[1/")!
        #expect(grid[TextWidth.of(String(title[..<position.lowerBound])), 1].style == .normal)
    }

    @Test func anUnfocusedPaneStillUnderlinesItsSelectedRow() throws {
        let m = try demoModel(width: 120, height: 40)
        let grid = frame(m)
        let rect = m.state.layout.panes[.documents]!
        #expect(m.state.focus != .documents)
        #expect((rect.x..<(rect.x + rect.width)).allSatisfy { grid[$0, rect.y + 2].style == .selectionUnfocused })
    }
}
