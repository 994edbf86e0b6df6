import Testing
@testable import GongkaiTUI

@Suite("TextSearch — grapheme-safe find")
struct TextSearchTests {
    /// wcwidth needs the UTF-8 locale before any width is measured (tests run in parallel).
    init() { requireEditorUTF8() }

    @Test func findsChineseForwardAndBackwardWithWrapAround() throws {
        let b = editorBuffer("政务公开工作要点\n做好政务公开\n公开")
        let s = try #require(TextSearch("公开"))
        let m1 = try #require(s.next(from: tpos(0, 0), in: b))
        #expect(m1.range == tpos(0, 2)..<tpos(0, 4))
        #expect(!m1.wrapped)
        let m2 = try #require(s.next(from: m1.range.lowerBound, in: b))
        #expect(m2.range == tpos(1, 4)..<tpos(1, 6))
        let m3 = try #require(s.next(from: m2.range.lowerBound, in: b))
        #expect(m3.range.lowerBound == tpos(2, 0))
        let m4 = try #require(s.next(from: m3.range.lowerBound, in: b))
        #expect(m4.range.lowerBound == tpos(0, 2))
        #expect(m4.wrapped)
        let p1 = try #require(s.previous(from: tpos(1, 4), in: b))
        #expect(p1.range.lowerBound == tpos(0, 2))
        let p2 = try #require(s.previous(from: tpos(0, 2), in: b))
        #expect(p2.range.lowerBound == tpos(2, 0))
        #expect(p2.wrapped)
        // A single match is found again after wrapping.
        let one = editorBuffer("只有一处条例")
        let s1 = try #require(TextSearch("条例"))
        #expect(s1.next(from: tpos(0, 4), in: one)?.range.lowerBound == tpos(0, 4))
        #expect(s1.next(from: tpos(0, 4), in: one)?.wrapped == true)
        #expect(s1.next(from: tpos(0, 4), in: one, strictlyAfter: false)?.wrapped == false)
    }

    @Test func asciiIsCaseInsensitiveAndGraphemesAreNotSplit() throws {
        let b = editorBuffer("依据 gb/T 9704，cafe\u{301} 与 cafe")
        let gb = try #require(TextSearch("GB/t"))
        #expect(gb.next(from: tpos(0, 0), in: b, strictlyAfter: false)?.range == tpos(0, 3)..<tpos(0, 7))
        // "cafe" must not match the first four graphemes of "café" (e + U+0301).
        let cafe = try #require(TextSearch("cafe"))
        #expect(cafe.ranges(in: b, lines: 0..<1).map(\.lowerBound) == [tpos(0, 20)])
        let acute = try #require(TextSearch("cafe\u{301}"))
        #expect(acute.ranges(in: b, lines: 0..<1).count == 1)
        #expect(TextSearch("e")!.ranges(in: editorBuffer("e\u{301}"), lines: 0..<1).isEmpty)
    }

    @Test func emptyOrMultiLineQueriesAreRefusedAndMissesAreNil() {
        #expect(TextSearch("") == nil)
        #expect(TextSearch("甲\n乙") == nil)
        #expect(TextSearch("不存在")!.next(from: tpos(0, 0), in: editorBuffer("政务公开")) == nil)
        #expect(TextSearch("不存在")!.previous(from: tpos(0, 0), in: editorBuffer("政务公开")) == nil)
    }

    @Test func matchesDoNotOverlap() {
        #expect(TextSearch("啊啊")!.matchIndices(in: Array("啊啊啊啊啊")) == [0, 2])
    }

    @Test func screenRangesScanOnlyWhatCanBeVisible() throws {
        let b = editorBuffer("公开公开公开公开\n公开\n公开")
        let s = try #require(TextSearch("公开"))
        // From the middle of a match at the top: it still shows, so it is highlighted.
        #expect(s.ranges(in: b, from: tpos(0, 3), cells: 4, lines: 5).map(\.lowerBound) == [tpos(0, 2), tpos(0, 4), tpos(0, 6)])
        #expect(s.ranges(in: b, from: tpos(0, 0), cells: 100, lines: 2).map(\.lowerBound)
                == [tpos(0, 0), tpos(0, 2), tpos(0, 4), tpos(0, 6), tpos(1, 0)])
    }
}
