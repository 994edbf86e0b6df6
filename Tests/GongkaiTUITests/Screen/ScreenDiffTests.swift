import Testing
@testable import GongkaiTUI

/// The cell-grid diff: which cells a terminal is sent to go from one frame to the next.
@Suite("画面差异 Screen diff")
struct ScreenDiffTests {
    init() { requireUTF8Locale() }

    func grid(_ lines: [String], width: Int = 10) -> CellGrid {
        var g = CellGrid(width: width, height: lines.count)
        for (y, l) in lines.enumerated() { g.put(l, x: 0, y: y) }
        return g
    }

    @Test func theFirstFrameClearsAndWritesEveryLeadCell() {
        let g = grid(["ab中", "x"], width: 5)
        let d = ScreenDiff.between(nil, g)
        #expect(d.clearsScreen)
        // 5 + 5 cells, minus the continuation of 中.
        #expect(d.changes.count == 9)
        #expect(!d.changes.contains { $0.cell.isContinuation })
        #expect(d.applied(to: nil, width: 5, height: 2) == g)
    }

    @Test func anUnchangedFrameWritesNothingAndOneChangedCellOnlyThatCell() {
        let a = grid(["hello", "world"])
        #expect(ScreenDiff.between(a, a).changes.isEmpty)
        #expect(!ScreenDiff.between(a, a).clearsScreen)
        let b = grid(["hello", "wOrld"])
        let d = ScreenDiff.between(a, b)
        #expect(d.changes == [ScreenDiff.Change(x: 1, y: 1, cell: Cell(text: "O", width: 1, style: .normal))])
        #expect(d.applied(to: a, width: 10, height: 2) == b)
    }

    @Test func aStyleChangeAloneIsWritten() {
        let a = grid(["abc"])
        var b = a
        b.put("b", x: 1, y: 0, style: .selection)
        let d = ScreenDiff.between(a, b)
        #expect(d.changes.map(\.x) == [1])
        #expect(d.changes.first?.cell.style == .selection)
    }

    @Test func aWideGraphemeIsWrittenAgainWhenItsRightHalfWasOverwritten() {
        // The old frame has "ab" where the new one has 中: the lead cell differs, one write.
        let a = grid(["abcd"]), b = grid(["中cd"])
        let d = ScreenDiff.between(a, b)
        #expect(d.changes.map(\.x) == [0])
        #expect(d.applied(to: a, width: 10, height: 1) == b)
        // The second 中 becomes "x" and a blank: both cells are written (the blank was the
        // right half of 中 and a terminal would keep showing it).
        let c = grid(["中x"]), e = grid(["中中"])
        #expect(ScreenDiff.between(e, c).changes.map(\.x) == [2, 3])
        #expect(ScreenDiff.between(e, c).applied(to: e, width: 10, height: 1) == c)
    }

    @Test func aNewSizeRepaintsEverything() {
        let a = grid(["abc"], width: 5), b = grid(["abc"], width: 6)
        let d = ScreenDiff.between(a, b)
        #expect(d.clearsScreen)
        #expect(d.changes.count == 6)
    }

    @Test func writingEachDiffOverTheLastScreenAlwaysShowsTheNewFrame() {
        // Random frames of ASCII and CJK text: the screen built from diffs alone equals the frame.
        var rng = SystemRandomNumberGenerator()
        let pieces = ["a", "b", "中", "文", " ", "x"]
        var screen: CellGrid?
        var previous: CellGrid?
        for _ in 0..<200 {
            var g = CellGrid(width: 7, height: 3)
            for y in 0..<3 {
                let text = (0..<Int.random(in: 0...6, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
                g.put(text, x: Int.random(in: 0...2, using: &rng), y: y,
                      style: Bool.random(using: &rng) ? .normal : .selection)
            }
            let d = ScreenDiff.between(previous, g)
            screen = d.applied(to: screen, width: 7, height: 3)
            #expect(screen == g)
            previous = g
        }
    }

    /// A list of `rows` between a title and a status line, the marker `>` on row `marked`.
    func list(_ rows: [String], marked: Int?) -> CellGrid {
        grid(["title"] + rows.enumerated().map { ($0.offset == marked ? ">" : " ") + $0.element } + ["status"], width: 12)
    }

    @Test func aListScrolledUnderItsMarkerIsSentAsAScrollTheRowScrolledInAndTheMarkerLeftBehind() {
        let old = list(["r1 aaaa", "r2 bbbb", "r3 cccc", "r4 dddd", "r5 eeee"], marked: 4)
        let new = list(["r2 bbbb", "r3 cccc", "r4 dddd", "r5 eeee", "r6 ffff"], marked: 4)
        let d = ScreenDiff.between(old, new)
        // The whole band moves, the marked bottom row included, although it lost its marker.
        #expect(d.scroll == ScreenDiff.Scroll(top: 1, bottom: 5, lines: 1))
        #expect(d.changes.filter { $0.y != 5 }.map { [$0.x, $0.y] } == [[0, 4]])
        #expect(d.changes.filter { $0.y == 5 }.count == 12)
        #expect(d.applied(to: old, width: 12, height: 7) == new)
    }

    /// The backend writes a scroll in steps: what lies outside the band, then the band's own cells
    /// where they are before it moves (the marker left behind), then the scroll and the row scrolled
    /// in; the screen it leaves is the frame, in both directions and with a changed title.
    @Test func aScrollIsWrittenInStepsThatLeaveTheNewFrame() {
        var old = list(["r1 aaaa", "r2 bbbb", "r3 cccc", "r4 dddd", "r5 eeee"], marked: 4)
        var new = list(["r2 bbbb", "r3 cccc", "r4 dddd", "r5 eeee", "r6 ffff"], marked: 4)
        old.put("title 5", x: 0, y: 0)
        new.put("title 6", x: 0, y: 0)
        let d = ScreenDiff.between(old, new)
        let steps = ScreenDiff.ScrollSteps(d)
        // The title first, then the marker cell of the row that scrolls up from row 5 to row 4,
        // cleared on row 5.
        #expect(steps.before.count == 2)
        #expect(steps.before[0].map { [$0.x, $0.y] } == [[6, 0]])
        #expect(steps.before[1] == [ScreenDiff.Change(x: 0, y: 5, cell: .blank)])
        #expect(Set(steps.after.map(\.y)) == [5] && steps.after.first?.cell.text == ">")
        #expect(steps.applied(to: old, scroll: d.scroll) == new)
        #expect(steps.before.flatMap { $0 }.count + steps.after.count == d.changes.count)
        let back = ScreenDiff.between(new, old)
        #expect(back.scroll?.lines == -1)
        // Scrolling down, the marker goes onto r5 while r5 is still on row 4, before it moves to row 5.
        #expect(ScreenDiff.ScrollSteps(back).before[1].map { [$0.x, $0.y] } == [[0, 4]])
        #expect(ScreenDiff.ScrollSteps(back).applied(to: new, scroll: back.scroll) == old)
        // Without a scroll every change is written at once.
        let plain = ScreenDiff.between(old, old)
        #expect(ScreenDiff.ScrollSteps(plain).before.isEmpty && ScreenDiff.ScrollSteps(plain).after == plain.changes)
    }

    @Test func aListScrolledDownUnderItsMarkerScrollsTheOtherWay() {
        let old = list(["r2 bbbb", "r3 cccc", "r4 dddd", "r5 eeee", "r6 ffff"], marked: 0)
        let new = list(["r1 aaaa", "r2 bbbb", "r3 cccc", "r4 dddd", "r5 eeee"], marked: 0)
        let d = ScreenDiff.between(old, new)
        #expect(d.scroll == ScreenDiff.Scroll(top: 1, bottom: 5, lines: -1))
        #expect(d.changes.filter { $0.y != 1 }.map { [$0.x, $0.y] } == [[0, 2]])
        #expect(d.applied(to: old, width: 12, height: 7) == new)
    }

    @Test func rowsThatDifferInMoreThanAFewCellsAreNotTakenForMoved() {
        // Every row rewritten: no band moved, nothing is scrolled.
        let old = list(["aaaaaaaaaa", "bbbbbbbbbb", "cccccccccc", "dddddddddd"], marked: nil)
        let new = list(["bbbbbxxxxx", "ccccczzzzz", "dddddyyyyy", "eeeeeeeeee"], marked: nil)
        let d = ScreenDiff.between(old, new)
        #expect(d.scroll == nil)
        #expect(d.applied(to: old, width: 12, height: 6) == new)
    }

    @Test func randomScrollsOfAListWithAMarkerAlwaysShowTheNewFrame() {
        // Lists of random rows scrolled by random steps with the marker anywhere: what the terminal
        // shows after each diff is the new frame, and a scroll is only sent when it leaves fewer
        // cells to write than writing every changed cell in place.
        var rng = SystemRandomNumberGenerator()
        let words = ["ab", "中文", "cd", "  ", "x", "解读"]
        let all = (0..<40).map { i in "\(i % 10)" + (0..<4).map { _ in words.randomElement(using: &rng)! }.joined() }
        var previous: CellGrid?, screen: CellGrid?
        var top = 0, marked = 0
        for _ in 0..<200 {
            top = max(0, min(all.count - 6, top + Int.random(in: -2...2, using: &rng)))
            marked = Int.random(in: 0..<6, using: &rng)
            let g = list(Array(all[top..<(top + 6)]), marked: marked)
            let d = ScreenDiff.between(previous, g)
            screen = d.applied(to: screen, width: 12, height: 8)
            #expect(screen == g)
            if let previous { #expect(d.changes.count <= ScreenDiff.cells(of: g, against: previous, rows: 0..<8).count) }
            previous = g
        }
    }
}
