import Testing
@testable import GongkaiTUI

@Suite("EditorViewport — drawing and the hardware cursor")
struct EditorRenderTests {
    /// wcwidth needs the UTF-8 locale before any width is measured (tests run in parallel).
    init() { requireEditorUTF8() }

    @Test func theCursorSitsRightAfterTheCaretsCharacter() {
        requireEditorUTF8()
        var e = TextEditor(text: "中文abc", width: 20, height: 3)
        var grid = CellGrid(width: 30, height: 6)
        e.moveCaret(to: tpos(0, 2))
        let cursor = e.render(into: &grid, x: 2, y: 1, width: 20, height: 3)
        #expect(cursor?.x == 2 + 4)                     // after 中文: four cells
        #expect(cursor?.y == 1)
        #expect(grid.textLines()[1] == "  中文abc")
        e.moveCaret(to: e.buffer.endPosition)
        #expect(e.render(into: &grid, x: 2, y: 1, width: 20, height: 3)?.x == 2 + 7)
    }

    @Test func wrappedChineseIsDrawnWholeAtAnOddWidth() {
        requireEditorUTF8()
        var e = TextEditor(text: "政务公开工作要点通知的", width: 11, height: 4)
        e.moveCaret(to: e.buffer.endPosition)
        var grid = CellGrid(width: 11, height: 4)
        let cursor = e.render(into: &grid, x: 0, y: 0, width: 11, height: 4)
        #expect(grid.textLines() == ["政务公开工", "作要点通知", "的", ""])
        for y in 0..<2 { #expect(grid[10, y].text == " " && grid[10, y].width == 1) }   // never half a 字
        #expect(cursor?.x == 2)
        #expect(cursor?.y == 2)
    }

    @Test func aFullLastRowPutsTheCursorOnTheNextRow() {
        requireEditorUTF8()
        var e = TextEditor(text: "中文中文中", width: 10, height: 3)
        e.moveCaret(to: e.buffer.endPosition)
        var grid = CellGrid(width: 10, height: 3)
        let cursor = e.render(into: &grid, x: 0, y: 0, width: 10, height: 3)
        #expect(grid.textLines() == ["中文中文中", "", ""])
        #expect(cursor?.x == 0)
        #expect(cursor?.y == 1)
    }

    @Test func selectionAndSearchMatchesAreStyled() {
        requireEditorUTF8()
        var c = EditorClipboard()
        var e = TextEditor(text: "政务公开，公开", width: 20, height: 2)
        _ = e.find("公开")
        e.moveCaret(to: tpos(0, 0))
        press(&e, .ctrl("b"), .right, .right, clipboard: &c)
        var grid = CellGrid(width: 20, height: 2)
        _ = e.render(into: &grid, x: 0, y: 0, width: 20, height: 2)
        let styles = grid.styles(0)
        #expect(Array(styles[0..<4]) == Array(repeating: StyleRole.selection, count: 4))
        #expect(Array(styles[4..<8]) == Array(repeating: StyleRole.warning, count: 4))
        #expect(styles[8] == .normal)                   // ，
        #expect(Array(styles[10..<14]) == Array(repeating: StyleRole.warning, count: 4))
        #expect(styles[14] == .normal)
    }

    @Test func theViewScrollsToKeepTheCaretVisible() {
        requireEditorUTF8()
        var e = TextEditor(text: (0..<100).map { "第\($0)行" }.joined(separator: "\n"), width: 20, height: 5)
        e.moveCaret(to: tpos(50, 1))
        var grid = CellGrid(width: 20, height: 5)
        let cursor = e.render(into: &grid, x: 0, y: 0, width: 20, height: 5)
        #expect(grid.textLines() == ["第46行", "第47行", "第48行", "第49行", "第50行"])
        #expect(cursor?.y == 4)
        #expect(cursor?.x == 2)
        e.moveCaret(to: tpos(10, 0))
        _ = e.render(into: &grid, x: 0, y: 0, width: 20, height: 5)
        #expect(grid.textLines().first == "第10行")
        #expect(e.visibleRows().map(\.line) == [10, 11, 12, 13, 14])
    }

    @Test func tabsAndControlCharactersAreDrawnSafely() {
        requireEditorUTF8()
        var e = TextEditor(text: "a\tb\u{1B}[2Jc", width: 20, height: 1)
        e.moveCaret(to: e.buffer.endPosition)
        var grid = CellGrid(width: 20, height: 1)
        let cursor = e.render(into: &grid, x: 0, y: 0, width: 20, height: 1)
        #expect(grid.textLines() == ["a   b\u{241B}[2Jc"])    // ESC shown as ␛, never sent
        #expect(cursor?.x == 10)
    }

    @Test func resizingRewrapsAndKeepsTheCaretVisible() {
        requireEditorUTF8()
        var e = TextEditor(text: "政务公开工作要点通知的", width: 40, height: 1)
        e.moveCaret(to: e.buffer.endPosition)
        var grid = CellGrid(width: 10, height: 1)
        e.resize(width: 6, height: 1)
        let cursor = e.render(into: &grid, x: 0, y: 0, width: 6, height: 1)
        #expect(grid.textLines() == ["知的"])           // 3 字 a row at 6 cells: the caret's row
        #expect(cursor?.x == 4)
    }

    @Test func aCaretOnAHangingSpaceStaysInsideTheArea() {
        requireEditorUTF8()
        var e = TextEditor(text: "hello world", width: 5, height: 3)
        e.moveCaret(to: tpos(0, 5))                     // before the space hanging past the edge
        var grid = CellGrid(width: 5, height: 3)
        let cursor = e.render(into: &grid, x: 0, y: 0, width: 5, height: 3)
        #expect(grid.textLines() == ["hello", "world", ""])
        #expect(cursor?.x == 4)
        #expect(cursor?.y == 0)
    }
}
