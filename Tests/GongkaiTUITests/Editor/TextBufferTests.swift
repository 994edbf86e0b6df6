import GongkaiCore
import Testing
@testable import GongkaiTUI

@Suite("TextBuffer — graphemes, editing, undo")
struct TextBufferTests {
    /// wcwidth needs the UTF-8 locale before any width is measured (tests run in parallel).
    init() { requireEditorUTF8() }

    @Test func typingChineseMovesTheCaretByWholeCharacters() {
        var b = editorBuffer("")
        for c in "政务公开" { b.insert(String(c), typing: true) }
        #expect(b.text == "政务公开")
        #expect(b.caret == tpos(0, 4))
        #expect(b.line(0).count == 4)
        b.moveCaret(to: TextMotion.left(from: b.caret, in: b))
        b.insert("信息", typing: false)
        #expect(b.text == "政务公信息开")
        #expect(b.caret == tpos(0, 5))
    }

    @Test func combiningMarkTypedAfterItsBaseBecomesOneGrapheme() {
        var b = editorBuffer("caf")
        b.insert("e", typing: true)
        b.insert("\u{301}", typing: true)
        #expect(b.line(0).count == 4)                 // c a f é
        #expect(b.line(0)[3] == "e\u{301}")
        #expect(b.caret == tpos(0, 4))
        #expect(b.text == "cafe\u{301}")
        b.deleteBackward()                             // removes the whole é, never half
        #expect(b.text == "caf")
        // A mark inserted in the middle joins the grapheme before it, caret after the cluster.
        var m = editorBuffer("ab", caret: tpos(0, 1))
        m.insert("\u{308}")
        #expect(m.line(0) == ["a\u{308}", "b"])
        #expect(m.caret == tpos(0, 1))
    }

    @Test func emojiSequencesAndFlagsStayWhole() {
        var b = editorBuffer("a👨‍👩‍👧b🇨🇳c")
        #expect(b.line(0).count == 5)
        b.moveCaret(to: tpos(0, 1))
        b.moveCaret(to: TextMotion.right(from: b.caret, in: b))
        #expect(b.caret == tpos(0, 2))                  // over the whole family
        b.deleteBackward()
        #expect(b.text == "ab🇨🇳c")
        b.moveCaret(to: tpos(0, 3))
        b.deleteBackward()                             // the whole flag
        #expect(b.text == "abc")

        // Deleting what separates two regional indicators makes one flag of them.
        var f = editorBuffer("🇨x🇳", caret: tpos(0, 2))
        #expect(f.line(0).count == 3)
        f.deleteBackward()
        #expect(f.line(0) == ["🇨🇳"])
        #expect(f.caret == tpos(0, 1))

        // Typing a flag one indicator at a time.
        var t = editorBuffer("")
        t.insert("\u{1F1E8}", typing: true)
        t.insert("\u{1F1F3}", typing: true)
        t.insert("\u{1F1FA}", typing: true)
        #expect(t.line(0) == ["🇨🇳", "\u{1F1FA}"])
        #expect(t.caret == tpos(0, 2))
        // ZWJ then a person completes a sequence.
        var z = editorBuffer("👨")
        z.insert("\u{200D}", typing: true)
        z.insert("👩", typing: true)
        #expect(z.line(0).count == 1)
        #expect(z.caret == tpos(0, 1))
    }

    @Test func lineSegmentationAlwaysMatchesSwiftsAfterRandomEdits() {
        requireEditorUTF8()
        let pieces = ["中", "文", "e", "\u{301}", "\u{1F1E8}", "\u{1F1F3}", "👨", "\u{200D}", "👩", "a", " ", "\n", "，", "\r\n", "\u{308}"]
        var rng = SplitMix64(seed: 42)
        var b = TextBuffer("")
        var model = ""
        for _ in 0..<600 {
            let roll = Int.random(in: 0..<10, using: &rng)
            if roll < 6 {
                let p = pieces.randomElement(using: &rng)!
                b.insert(p, typing: true)
            } else if roll < 8 {
                b.deleteBackward()
            } else {
                let l = Int.random(in: 0..<b.lineCount, using: &rng)
                b.moveCaret(to: tpos(l, Int.random(in: 0...b.line(l).count, using: &rng)))
            }
            model = b.text
            for l in 0..<b.lineCount { #expect(b.line(l) == Array(b.lineString(l))) }
        }
        // Undo everything, then redo everything: the texts come back exactly.
        let final = b.text
        for _ in 0...600 where b.undo() {}   // at most one undo per edit of the 600
        #expect(b.text == "")
        for _ in 0...600 where b.redo() {}
        #expect(b.text == final)
        #expect(model == final)
    }

    @Test func newlinesAreNormalised() {
        var b = editorBuffer("")
        b.insert("一\r\n二\r三\n")
        #expect(b.lineCount == 4)
        #expect(b.text == "一\n二\n三\n")
        #expect(b.caret == tpos(3, 0))
        #expect(TextBuffer("a\r\nb").lineCount == 2)
    }

    @Test func deletingAcrossLineBoundaries() {
        var b = editorBuffer("第一段\n第二段", caret: tpos(1, 0))
        b.deleteBackward()
        #expect(b.text == "第一段第二段")
        #expect(b.caret == tpos(0, 3))
        b.insert("\n")
        #expect(b.text == "第一段\n第二段")
        b.moveCaret(to: tpos(0, 3))
        b.deleteForward()
        #expect(b.text == "第一段第二段")
        #expect(b.caret == tpos(0, 3))
        var e = editorBuffer("x", caret: tpos(0, 0))
        e.deleteBackward()                             // at the start: nothing
        e.moveCaret(to: tpos(0, 1))
        e.deleteForward()                              // at the end: nothing
        #expect(e.text == "x")
    }

    @Test func wordDeletionTreatsAHanRunAsOneWord() {
        var b = editorBuffer("依据条例，公开 GB/T 9704")
        b.deleteWordBackward()
        #expect(b.text == "依据条例，公开 GB/T ")
        b.deleteWordBackward()
        #expect(b.text == "依据条例，公开 GB/")
        b.deleteWordBackward()
        #expect(b.text == "依据条例，公开 ")
        b.deleteWordBackward()
        #expect(b.text == "依据条例，")
        b.deleteWordBackward()
        #expect(b.text == "")
        var f = editorBuffer("政务公开工作，要点", caret: tpos(0, 0))
        f.deleteWordForward()
        #expect(f.text == "，要点")
    }

    @Test func killToEndOfLineThenTheNewline() {
        var b = editorBuffer("第一行内容\n第二行", caret: tpos(0, 3))
        #expect(b.killToEndOfLine() == "内容")
        #expect(b.text == "第一行\n第二行")
        #expect(b.killToEndOfLine() == "\n")
        #expect(b.text == "第一行第二行")
        b.moveCaret(to: b.endPosition)
        #expect(b.killToEndOfLine() == "")
    }

    @Test func joiningLinesAddsASpaceOnlyBetweenLatinWords() {
        var b = editorBuffer("根据条例\n　　第二十六条", caret: tpos(0, 1))
        b.joinLines()
        #expect(b.text == "根据条例第二十六条")
        #expect(b.caret == tpos(0, 4))
        var e = editorBuffer("open\n   government", caret: tpos(0, 0))
        e.joinLines()
        #expect(e.text == "open government")
        var last = editorBuffer("only")
        last.joinLines()
        #expect(last.text == "only")
    }

    @Test func selectionCutCopyPaste() {
        var b = editorBuffer("政务公开工作要点", caret: tpos(0, 2))
        b.setMark()
        b.moveCaret(to: tpos(0, 4))
        #expect(b.selection == tpos(0, 2)..<tpos(0, 4))
        #expect(b.copy() == "公开")
        #expect(b.selection == nil)                     // copying drops the mark
        b.moveCaret(to: tpos(0, 0))
        b.setMark()
        b.moveCaret(to: tpos(0, 2))
        let cut = b.cut()
        #expect(cut == "政务")
        #expect(b.text == "公开工作要点")
        b.moveCaret(to: b.endPosition)
        b.insert(cut!)
        #expect(b.text == "公开工作要点政务")
        // Typing replaces a selection; the mark may sit after the caret.
        b.moveCaret(to: tpos(0, 2))
        b.setMark()
        b.moveCaret(to: tpos(0, 0))
        b.insert("信", typing: true)
        #expect(b.text == "信工作要点政务")
        // A selection over lines.
        var m = editorBuffer("甲乙\n丙丁\n戊", caret: tpos(0, 1))
        m.setMark()
        m.moveCaret(to: tpos(2, 0))
        #expect(m.cut() == "乙\n丙丁\n")
        #expect(m.text == "甲戊")
        #expect(m.cut() == nil)
    }

    @Test func typingCoalescesIntoOneUndoStep() {
        var b = editorBuffer("")
        for c in "政务公开" { b.insert(String(c), typing: true) }
        b.insert("\n", typing: true)                   // a newline is its own step
        for c in "工作" { b.insert(String(c), typing: true) }
        #expect(b.text == "政务公开\n工作")
        do { let done = b.undo(); #expect(done) }
        #expect(b.text == "政务公开\n")
        do { let done = b.undo(); #expect(done) }
        #expect(b.text == "政务公开")
        do { let done = b.undo(); #expect(done) }
        #expect(b.text == "")
        do { let done = b.undo(); #expect(!done) }
        do { let done = b.redo(); #expect(done) }
        #expect(b.text == "政务公开")
        #expect(b.caret == tpos(0, 4))
    }

    @Test func aCaretJumpOrAPauseBreaksCoalescing() {
        var b = editorBuffer("")
        for c in "ab" { b.insert(String(c), typing: true) }
        b.moveCaret(to: tpos(0, 0))
        b.moveCaret(to: tpos(0, 2))                     // away and back: still a jump
        b.insert("c", typing: true)
        b.breakUndoCoalescing()                        // the caller saw a pause
        b.insert("d", typing: true)
        b.undo()
        #expect(b.text == "abc")
        b.undo()
        #expect(b.text == "ab")
        b.undo()
        #expect(b.text == "")
    }

    @Test func backspacesCoalesceAndUndoRestoresTheCaret() {
        var b = editorBuffer("政务公开工作")
        b.breakUndoCoalescing()
        b.deleteBackward()
        b.deleteBackward()
        #expect(b.text == "政务公开")
        b.undo()
        #expect(b.text == "政务公开工作")
        #expect(b.caret == tpos(0, 6))
        // A new edit after an undo drops the redo.
        do { let done = b.undo(); #expect(!done) }
        b.insert("新", typing: true)
        do { let done = b.redo(); #expect(!done) }
    }

    @Test func modifiedFollowsTheSavedRevision() {
        var b = editorBuffer("原文")
        #expect(!b.isModified)
        b.insert("一", typing: true)
        #expect(b.isModified)
        b.markSaved()
        #expect(!b.isModified)
        b.insert("二", typing: true)                   // would coalesce, but saving broke the step
        #expect(b.isModified)
        b.undo()
        #expect(!b.isModified)
        #expect(b.text == "原文一")
        b.undo()
        #expect(b.isModified)                           // before the saved state
        b.redo()
        #expect(!b.isModified)
    }

    @Test func undoRestoresAMergedMarkExactly() {
        var b = editorBuffer("cafe")
        b.breakUndoCoalescing()
        b.insert("\u{301}", typing: true)
        #expect(b.line(0).count == 4)
        b.undo()
        #expect(b.text == "cafe")
        #expect(b.line(0) == ["c", "a", "f", "e"])
        b.redo()
        #expect(b.text == "cafe\u{301}")
        #expect(b.line(0).count == 4)
    }

    @Test func replaceAllIsOneUndoStep() {
        var b = editorBuffer("旧的正文\n第二行")
        b.replaceAll(with: "外部编辑器改过的正文")
        #expect(b.text == "外部编辑器改过的正文")
        #expect(b.caret == tpos(0, 3))
        b.undo()
        #expect(b.text == "旧的正文\n第二行")
    }
}
