import GongkaiCore
import Testing
@testable import GongkaiTUI

@Suite("SoftWrap — rows by display width")
struct SoftWrapTests {
    /// wcwidth needs the UTF-8 locale before any width is measured (tests run in parallel).
    init() { requireEditorUTF8() }

    @Test func chineseAtWidthTenFillsRowsExactly() {
        requireEditorUTF8()
        let chars = Array("政务公开工作要点通知")            // 10 characters, 20 cells
        #expect(SoftWrap.rowStarts(of: chars, width: 10) == [0, 5, 10])   // last row full: caret row
        #expect(editorRowWidths(chars, width: 10) == [10, 10, 0])
    }

    @Test func atWidthElevenAWideCharacterIsNeverSplit() {
        requireEditorUTF8()
        let chars = Array("政务公开工作要点通知")
        let starts = SoftWrap.rowStarts(of: chars, width: 11)
        #expect(starts == [0, 5])                     // 10 cells per row: the 6th would straddle
        #expect(editorRowWidths(chars, width: 11).allSatisfy { $0 <= 11 })
        // With one narrow character first, the row is filled to the last cell.
        let mixed = Array("a政务公开工作要点")
        #expect(SoftWrap.rowStarts(of: mixed, width: 11) == [0, 6])
        #expect(editorRowWidths(mixed, width: 11) == [11, 6])
    }

    @Test func mixedLatinAndChineseBreakBetweenScriptsAndAfterSpaces() {
        requireEditorUTF8()
        // "GB/T" stays together; the break falls before 党 (Latin|Chinese is a break chance).
        let a = Array("依照GB/T 9704党政机关公文格式")
        let sa = SoftWrap.rowStarts(of: a, width: 12)
        let rows = sa.indices.map { r in String(a[sa[r]..<(r + 1 < sa.count ? sa[r + 1] : a.count)]) }
        #expect(rows == ["依照GB/T ", "9704党政机关", "公文格式"])
        // Spaces: words are not cut; a space at the edge hangs rather than starting a row.
        let b = Array("hello world foo")
        #expect(SoftWrap.rowStarts(of: b, width: 8) == [0, 6, 12])
        #expect(SoftWrap.rowStarts(of: Array("hello world"), width: 5) == [0, 6, 11])   // + caret row
        // A run with no break chance is cut at the edge.
        #expect(SoftWrap.rowStarts(of: Array("abcdefghijklmnop"), width: 5) == [0, 5, 10, 15])
    }

    @Test func chinesePunctuationDoesNotStartARow() {
        requireEditorUTF8()
        let chars = Array("政务公开，工")
        // 政务公开 fills 8 cells; ， may not begin the next row, so 开， moves down together.
        #expect(SoftWrap.rowStarts(of: chars, width: 8) == [0, 3])
        // An opening mark does not end a row either.
        let open = Array("印发《条例》")
        #expect(SoftWrap.rowStarts(of: open, width: 6) == [0, 2, 4])   // 印发 / 《条 / 例》
    }

    @Test func tabsAdvanceToTheNextStopWithinARow() {
        requireEditorUTF8()
        let chars = Array("a\tb")
        #expect(SoftWrap.column(of: 2, in: chars, rowStart: 0, tabWidth: 4) == 4)
        #expect(SoftWrap.rowStarts(of: chars, width: 20, tabWidth: 4) == [0])
    }

    @Test func everyRowFitsAndEveryPositionRoundTrips() {
        requireEditorUTF8()
        let alphabet: [Character] = ["中", "文", "，", "。", "a", "b", "1", " ", "-", "é", "👨‍👩‍👧", "（", "）", "\t", "　"]
        var rng = SplitMix64(seed: 7)
        for _ in 0..<300 {
            let n = Int.random(in: 0..<40, using: &rng)
            let chars = (0..<n).map { _ in alphabet.randomElement(using: &rng)! }
            for width in 2...13 {
                let starts = SoftWrap.rowStarts(of: chars, width: width)
                #expect(starts.first == 0)
                #expect(zip(starts, starts.dropFirst()).allSatisfy { $0 < $1 || ($0 == $1 && $1 == chars.count) })
                for (r, w) in editorRowWidths(chars, width: width).enumerated() {
                    let end = r + 1 < starts.count ? starts[r + 1] : chars.count
                    let rowChars = chars[starts[r]..<end]
                    // A row fits, except one hanging space, or a lone tab wider than the area.
                    let hanging = rowChars.last == " " ? 1 : 0
                    #expect(w - hanging <= width || (rowChars.count == 1 && rowChars.first == "\t"),
                            "row \(r) of \(String(chars)) at width \(width) is \(w) cells")
                }
                // The end-of-line caret is always inside the area.
                let lastRow = starts.count - 1
                #expect(SoftWrap.column(of: chars.count, in: chars, rowStart: starts[lastRow]) < width
                        || chars.last == " ")
                // Position → (row, column) → position.
                for i in 0...chars.count {
                    let r = SoftWrap.rowIndex(of: i, in: starts)
                    let c = SoftWrap.column(of: i, in: chars, rowStart: starts[r])
                    #expect(SoftWrap.index(atColumn: c, row: r, starts: starts, chars: chars) == i)
                }
            }
        }
    }

    @Test func aColumnInsideAWideCharacterMapsBeforeIt() {
        requireEditorUTF8()
        var b = TextBuffer("ab政务")
        var wrap = SoftWrap(width: 20)
        #expect(wrap.position(at: VisualRow(line: 0, row: 0), column: 3, in: b) == tpos(0, 2))
        #expect(wrap.position(at: VisualRow(line: 0, row: 0), column: 4, in: b) == tpos(0, 3))
        #expect(wrap.position(at: VisualRow(line: 0, row: 0), column: 99, in: b) == tpos(0, 4))
        b.moveCaret(to: tpos(0, 3))
        #expect(wrap.visual(of: b.caret, in: b).column == 4)
    }

    @Test func theCacheRewrapsOnlyEditedLines() {
        requireEditorUTF8()
        var b = TextBuffer((0..<50).map { "第\($0)段，政务公开工作要点。" }.joined(separator: "\n"))
        var wrap = SoftWrap(width: 10)
        for l in 0..<50 { _ = wrap.rowStarts(line: l, in: b) }
        #expect(wrap.wrapCount == 50)
        for l in 0..<50 { _ = wrap.rowStarts(line: l, in: b) }
        #expect(wrap.wrapCount == 50)                   // all hits
        b.moveCaret(to: tpos(20, 3))
        b.insert("新", typing: true)
        #expect(!wrap.isCached(line: 20, in: b))
        #expect(wrap.isCached(line: 19, in: b) && wrap.isCached(line: 21, in: b))
        for l in 0..<50 { _ = wrap.rowStarts(line: l, in: b) }
        #expect(wrap.wrapCount == 51)
        b.insert("\n")                                  // a split touches two lines
        for l in 0..<51 { _ = wrap.rowStarts(line: l, in: b) }
        #expect(wrap.wrapCount == 53)
        wrap.setWidth(12)                               // a resize rewraps lazily
        _ = wrap.rowStarts(line: 0, in: b)
        #expect(wrap.wrapCount == 54)
        // Another document never reuses this one's rows.
        let other = TextBuffer("别的文件")
        _ = wrap.rowStarts(line: 0, in: other)
        #expect(wrap.wrapCount == 55)
    }

    @Test func rewrappingAfterAnEditEqualsWrappingFromScratch() {
        requireEditorUTF8()
        let alphabet = ["中", "文", "，", "。", "a", "b", " ", "-", "é", "（", "）", "\t", "　", "公开", "ab ", "\n", "》"]
        var rng = SplitMix64(seed: 99)
        for width in [3, 7, 10, 11, 16] {
            var b = TextBuffer((0..<200).map { _ in alphabet.randomElement(using: &rng)! }.joined())
            var wrap = SoftWrap(width: width)
            for step in 0..<400 {
                let l = Int.random(in: 0..<b.lineCount, using: &rng)
                b.moveCaret(to: tpos(l, Int.random(in: 0...b.line(l).count, using: &rng)))
                switch Int.random(in: 0..<5, using: &rng) {
                case 0: b.deleteBackward()
                case 1: b.deleteForward()
                case 2: b.undo()
                default: b.insert(alphabet.randomElement(using: &rng)!, typing: true)
                }
                // Ask what an editor asks (lazily, partly), sometimes everything; what is known
                // must always agree with wrapping from scratch.
                for l in 0..<b.lineCount {
                    let want = SoftWrap.rowStarts(of: b.line(l), width: width)
                    let need: SoftWrap.Need
                    switch Int.random(in: 0..<3, using: &rng) {
                    case 0: need = .index(Int.random(in: 0...b.line(l).count, using: &rng))
                    case 1: need = .row(Int.random(in: 0..<4, using: &rng))
                    default: need = step % 5 == 0 ? .all : .row(0)
                    }
                    let got = wrap.rows(l, in: b, need: need)
                    #expect(got.starts == Array(want.prefix(got.starts.count)) && (!got.complete || got.starts == want),
                            "width \(width) step \(step) line \(l): \(b.lineString(l))")
                    if got.starts != Array(want.prefix(got.starts.count)) { return }
                }
            }
        }
    }

    @Test func typingInAMegabyteParagraphRewrapsAFewRows() {
        requireEditorUTF8()
        let sentence = "根据《中华人民共和国政府信息公开条例》第二十六条规定，属于主动公开范围的政府信息应当及时公开。"
        let text = String(repeating: sentence, count: 1_048_576 / sentence.utf8.count + 1)
        #expect(text.utf8.count >= 1_048_576)
        var b = TextBuffer(text)
        #expect(b.lineCount == 1)
        var wrap = SoftWrap(width: 60)
        b.moveCaret(to: tpos(0, b.line(0).count / 2))
        let first = wrap.visualRow(of: b.caret, in: b)       // lazily: rows up to the caret only
        #expect(first.row > 5_000)
        #expect(!wrap.rows(0, in: b, need: .row(0)).complete)
        for c in "新增内容" {
            let before = wrap.rowsWrapped
            b.insert(String(c), typing: true)
            let row = wrap.visualRow(of: b.caret, in: b)
            for k in 0..<40 { _ = wrap.row(after: VisualRow(line: 0, row: row.row + k), in: b) }  // a screen below
            #expect(wrap.rowsWrapped - before <= 45)
            #expect(wrap.wrapCount <= 5)                       // one line, rewrapped once per edit
        }
        let before = wrap.rowsWrapped
        b.deleteBackward()
        _ = wrap.visualRow(of: b.caret, in: b)
        #expect(wrap.rowsWrapped - before <= 3)
        // Everything known agrees with wrapping from scratch.
        #expect(wrap.rowStarts(line: 0, in: b) == SoftWrap.rowStarts(of: b.line(0), width: 60))
        // Splitting the paragraph: the first half keeps its rows; the second is wrapped lazily.
        let beforeSplit = wrap.rowsWrapped
        b.insert("\n")
        _ = wrap.visualRow(of: b.caret, in: b)
        _ = wrap.row(before: wrap.visualRow(of: b.caret, in: b), in: b)
        #expect(wrap.rowsWrapped - beforeSplit <= 6)
    }
}
