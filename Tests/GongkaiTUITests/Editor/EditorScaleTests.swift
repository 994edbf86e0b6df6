import Testing
@testable import GongkaiTUI

/// Shape (not timing) of the work per keystroke on a large document: how many lines get
/// wrapped. Timings belong in a benchmark, not in the test suite.
@Suite("Editor at 1 MB — work per keystroke")
struct EditorScaleTests {
    /// wcwidth needs the UTF-8 locale before any width is measured (tests run in parallel).
    init() { requireEditorUTF8() }

    static func megabyteOfChinese() -> String {
        let paragraph = "根据《中华人民共和国政府信息公开条例》第二十六条规定，属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起二十个工作日内及时公开。"
        var lines: [String] = []
        var bytes = 0
        var n = 0
        while bytes < 1_048_576 {
            let line = "\(n)．" + paragraph + paragraph
            lines.append(line)
            bytes += line.utf8.count + 1
            n += 1
        }
        return lines.joined(separator: "\n")
    }

    @Test func anInsertRewrapsOneLineNotTheDocument() {
        requireEditorUTF8()
        let text = EditorScaleTests.megabyteOfChinese()
        #expect(text.utf8.count >= 1_048_576)
        var c = EditorClipboard()
        var e = TextEditor(text: text, width: 60, height: 30)
        let lineCount = e.buffer.lineCount
        #expect(lineCount > 1_000)

        // Opening and drawing wraps only what is on screen.
        _ = e.visibleRows()
        #expect(e.wrap.wrapCount <= 30)

        // Jumping to the end looks at the screen's worth of lines near it, not at the rest.
        _ = e.perform(.documentEnd, clipboard: &c)
        _ = e.visibleRows()
        #expect(e.wrap.wrapCount <= 60)

        // In the middle: warm the view, then one typed character rewraps exactly one line.
        e.moveCaret(to: tpos(lineCount / 2, 10))
        _ = e.visibleRows()
        let before = e.wrap.wrapCount
        _ = e.handle(.key(.char("新")), clipboard: &c)
        _ = e.visibleRows()
        #expect(e.wrap.wrapCount == before + 1)
        #expect(!e.buffer.isEmpty)

        // Enter splits one line into two: two wraps.
        let beforeEnter = e.wrap.wrapCount
        _ = e.handle(.key(.enter), clipboard: &c)
        _ = e.visibleRows()
        #expect(e.wrap.wrapCount == beforeEnter + 2)

        let beforeMoves = e.wrap.wrapCount
        // Moving around inside the screen rewraps nothing (the caret is on the top rows here).
        press(&e, .down, .down, .up, .right, .left, .end, .home, clipboard: &c)
        _ = e.visibleRows()
        #expect(e.wrap.wrapCount == beforeMoves)

        // Undo restores the text and touches only the lines it changes.
        let beforeUndo = e.wrap.wrapCount
        press(&e, .ctrl("z"), .ctrl("z"), clipboard: &c)
        _ = e.visibleRows()
        #expect(e.wrap.wrapCount - beforeUndo <= 2)
        #expect(e.text == text)
    }

    @Test func anInsertChangesOnlyTheEditedLinesStamp() {
        let text = EditorScaleTests.megabyteOfChinese()
        var b = TextBuffer(text)
        let stamps = (0..<b.lineCount).map { b.stamp(ofLine: $0) }
        b.moveCaret(to: tpos(500, 3))
        b.insert("字", typing: true)
        let after = (0..<b.lineCount).map { b.stamp(ofLine: $0) }
        #expect(zip(stamps, after).filter { $0 != $1 }.count == 1)
        #expect(stamps[500] != after[500])
    }
}
