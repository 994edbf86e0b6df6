import Testing
@testable import GongkaiTUI

@Suite("TextMotion — graphemes, words, rows, paragraphs, pages")
struct TextMotionTests {
    /// wcwidth needs the UTF-8 locale before any width is measured (tests run in parallel).
    init() { requireEditorUTF8() }

    @Test func leftAndRightCrossLineEnds() {
        let b = editorBuffer("甲\n乙")
        #expect(TextMotion.right(from: tpos(0, 1), in: b) == tpos(1, 0))
        #expect(TextMotion.left(from: tpos(1, 0), in: b) == tpos(0, 1))
        #expect(TextMotion.left(from: tpos(0, 0), in: b) == tpos(0, 0))
        #expect(TextMotion.right(from: tpos(1, 1), in: b) == tpos(1, 1))
    }

    @Test func wordMotionsOverMixedChineseAndLatin() {
        let b = editorBuffer("根据《条例》第二十六条，2026年 GB/T 9704-2012 执行")
        var p = tpos(0, 0)
        var stops: [Int] = []
        for _ in 0..<200 {   // bounded: the text has fewer than 200 stops
            let n = TextMotion.wordRight(from: p, in: b)
            if n == p { break }
            stops.append(n.index)
            p = n
        }
        // 根据 | 条例 | 第二十六条 | 2026 | 年 | GB | T | 9704 | 2012 | 执行
        #expect(stops == [2, 5, 11, 16, 17, 20, 22, 27, 32, 35])
        var back: [Int] = []
        for _ in 0..<200 {
            let n = TextMotion.wordLeft(from: p, in: b)
            if n == p { break }
            back.append(n.index)
            p = n
        }
        #expect(back == [33, 28, 23, 21, 18, 16, 12, 6, 3, 0])
    }

    @Test func wordMotionsCrossLines() {
        let b = editorBuffer("公开\n\n  工作")
        #expect(TextMotion.wordRight(from: tpos(0, 2), in: b) == tpos(2, 4))
        #expect(TextMotion.wordLeft(from: tpos(2, 2), in: b) == tpos(0, 0))
    }

    @Test func paragraphMotionsStopAtBlankLines() {
        let b = editorBuffer("第一段第一行\n第一段第二行\n\n第二段\n   \n第三段")
        #expect(TextMotion.paragraphDown(from: tpos(0, 2), in: b) == tpos(2, 0))
        #expect(TextMotion.paragraphDown(from: tpos(2, 0), in: b) == tpos(4, 0))
        #expect(TextMotion.paragraphDown(from: tpos(4, 0), in: b) == tpos(5, 3))   // document end
        #expect(TextMotion.paragraphUp(from: tpos(5, 1), in: b) == tpos(4, 0))
        #expect(TextMotion.paragraphUp(from: tpos(4, 0), in: b) == tpos(2, 0))
        #expect(TextMotion.paragraphUp(from: tpos(1, 3), in: b) == tpos(0, 0))
    }

    @Test func upAndDownKeepThePreferredColumnAcrossShortAndWideRows() {
        var c = EditorClipboard()
        var e = TextEditor(text: "abcdefgh\n中文\n\nabcdefgh\n政务公开工作", width: 40, height: 10)
        e.moveCaret(to: tpos(0, 7))                      // column 7
        press(&e, .down, clipboard: &c)
        #expect(e.caret == tpos(1, 2))                   // the short row's end (column 4)
        press(&e, .down, clipboard: &c)
        #expect(e.caret == tpos(2, 0))                   // an empty line
        press(&e, .down, clipboard: &c)
        #expect(e.caret == tpos(3, 7))                   // back at column 7
        press(&e, .down, clipboard: &c)
        #expect(e.caret == tpos(4, 3))                   // column 7 falls inside 开: the caret stays before it (column 6)
        press(&e, .up, .up, clipboard: &c)
        #expect(e.caret == tpos(2, 0))
        press(&e, .up, clipboard: &c)
        #expect(e.caret == tpos(1, 2))
        press(&e, .left, .down, clipboard: &c)          // a horizontal move resets the column
        #expect(e.caret == tpos(2, 0))
        press(&e, .down, clipboard: &c)
        #expect(e.caret == tpos(3, 2))                   // column 2 from 中|文
    }

    @Test func upAndDownMoveByVisualRowsInsideAWrappedLine() {
        var c = EditorClipboard()
        // Width 10: 政务公开工 / 作要点通知 / 的 — three rows of one logical line.
        var e = TextEditor(text: "政务公开工作要点通知的", width: 10, height: 5)
        e.moveCaret(to: tpos(0, 2))                      // column 4, row 0
        press(&e, .down, clipboard: &c)
        #expect(e.caret == tpos(0, 7))
        press(&e, .down, clipboard: &c)
        #expect(e.caret == tpos(0, 11))                  // the short last row: its end
        press(&e, .up, clipboard: &c)
        #expect(e.caret == tpos(0, 7))                   // column 4 again
        press(&e, .up, .up, clipboard: &c)
        #expect(e.caret == tpos(0, 0))                   // past the first row: document start
    }

    @Test func homeAndEndGoToTheRowThenTheLine() {
        var c = EditorClipboard()
        var e = TextEditor(text: "政务公开工作要点通知的", width: 10, height: 5)
        e.moveCaret(to: tpos(0, 7))                      // row 1
        press(&e, .home, clipboard: &c)
        #expect(e.caret == tpos(0, 5))
        press(&e, .home, clipboard: &c)
        #expect(e.caret == tpos(0, 0))
        e.moveCaret(to: tpos(0, 6))
        press(&e, .end, clipboard: &c)
        #expect(e.caret == tpos(0, 9))                   // last position still shown on row 1
        press(&e, .end, clipboard: &c)
        #expect(e.caret == tpos(0, 11))
        press(&e, .ctrl("a"), clipboard: &c)
        #expect(e.caret == tpos(0, 0))
        press(&e, .ctrl("e"), clipboard: &c)
        #expect(e.caret == tpos(0, 11))
    }

    @Test func pagesMoveByTheViewHeight() {
        var c = EditorClipboard()
        let text = (0..<100).map { "第\($0)行" }.joined(separator: "\n")
        var e = TextEditor(text: text, width: 20, height: 10)
        press(&e, .pageDown, clipboard: &c)
        #expect(e.caret == tpos(9, 0))
        #expect(e.viewport.top == VisualRow(line: 9, row: 0))   // the caret keeps its screen row
        press(&e, .pageDown, clipboard: &c)
        #expect(e.caret == tpos(18, 0))
        press(&e, .pageUp, clipboard: &c)
        #expect(e.caret == tpos(9, 0))
        #expect(e.viewport.top == VisualRow(line: 9, row: 0))
        e.moveCaret(to: tpos(97, 1))
        press(&e, .pageDown, clipboard: &c)
        #expect(e.caret == tpos(99, 4))                  // no page left: the document end
        _ = e.perform(.documentStart, clipboard: &c)
        #expect(e.caret == tpos(0, 0))
        _ = e.perform(.documentEnd, clipboard: &c)
        #expect(e.caret == tpos(99, 4))
    }
}
