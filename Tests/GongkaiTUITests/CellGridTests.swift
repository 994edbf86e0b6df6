import Testing
@testable import GongkaiTUI
import GongkaiCore

@Suite("字符网格 CellGrid")
struct CellGridTests {
    init() { requireUTF8Locale() }

    @Test func chineseTakesTwoCellsAndReadsBackAsText() {
        var g = CellGrid(width: 10, height: 1)
        let used = g.put("政务ab", x: 0, y: 0)
        #expect(used == 6)
        #expect(g[0, 0].text == "政" && g[0, 0].width == 2)
        #expect(g[1, 0].isContinuation)
        #expect(g[4, 0].text == "a")
        #expect(g.textLines() == ["政务ab"])
    }

    @Test func aWideCharacterIsNeverHalfDrawnAtTheEdgeOrClip() {
        var g = CellGrid(width: 5, height: 2)
        g.put("公开目录", x: 0, y: 0)          // 4 wide chars need 8 cells; 2 fit, 1 cell padded
        #expect(g.textLines()[0] == "公开")
        #expect(g[4, 0].text == " " && g[4, 0].width == 1)
        g.put("目录", x: 0, y: 1, maxWidth: 3)  // clip inside the grid
        #expect(g.line(1) == "目   ")
        #expect(!g[2, 1].isContinuation)
    }

    @Test func overwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
        var g = CellGrid(width: 6, height: 1)
        g.put("申请", x: 0, y: 0)
        g.put("x", x: 1, y: 0)                 // right half of 申
        #expect(g.line(0) == " x请  ")
        g.put("y", x: 2, y: 0)                 // left half of 请
        #expect(g.line(0) == " xy   ")
        #expect(g.cells.allSatisfy { !$0.isContinuation })
    }

    @Test func aWideCharacterOverAnotherStaysWhole() {
        // Found by the fuzz test: redrawing CJK over CJK must not orphan the right half.
        var g = CellGrid(width: 6, height: 1)
        g.put("申请", x: 0, y: 0)
        g.put("政务", x: 0, y: 0)
        #expect(g.line(0) == "政务  ")
        #expect(g[0, 0].width == 2 && g[1, 0].isContinuation && g[2, 0].width == 2 && g[3, 0].isContinuation)
        g.put("公", x: 1, y: 0)             // shifted by one: both neighbours repaired
        #expect(g.line(0) == " 公   ")     // 政 lost its right half, 务 its left: both blanked
        #expect(!g[0, 0].isContinuation && g[1, 0].width == 2 && g[2, 0].isContinuation)
    }

    @Test func controlsAreReplacedByVisiblePlaceholders() {
        var g = CellGrid(width: 40, height: 1)
        g.put("a\u{1B}]52;c;ZXZpbA==\u{07}b\u{1B}c\u{9B}6n\u{202E}z\u{7F}", x: 0, y: 0)
        let line = g.textLines()[0]
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) })
        #expect(line == "a␛]52;c;ZXZpbA==␇b␛c␦6n␦z␡")
    }

    @Test func tabsExpandToTheNextStopFromTheTextStart() {
        var g = CellGrid(width: 20, height: 1)
        g.put("ab\tc", x: 2, y: 0)
        #expect(g.line(0) == "  ab      c         ")
    }

    @Test func combiningMarksAndEmojiStayWithTheirCell() {
        var g = CellGrid(width: 8, height: 1)
        g.put("e\u{301}x", x: 0, y: 0)
        #expect(g[0, 0].text == "e\u{301}" && g[1, 0].text == "x")
        var h = CellGrid(width: 4, height: 1)
        h.put("👍a", x: 0, y: 0)
        #expect(h[0, 0].width == 2 && h[2, 0].text == "a")
    }

    @Test func writesOutsideTheGridAreIgnored() {
        var g = CellGrid(width: 4, height: 1)
        #expect(g.put("abc", x: 0, y: 5) == 0)
        #expect(g.put("abc", x: 9, y: 0) == 0)
        g.put("abcdef", x: -2, y: 0)
        #expect(g.line(0) == "cdef")
    }
}

@Suite("转义注入 TerminalSanitizer")
struct TerminalSanitizerTests {
    /// wcwidth needs the UTF-8 locale before any width is measured (tests run in parallel).
    init() { requireUTF8Locale() }

    @Test func leavesCleanTextAlone() {
        let s = "关于印发《县政府信息公开工作要点》的通知 X政发〔2026〕3号"
        #expect(TerminalSanitizer.sanitize(s) == s)
        #expect(TerminalSanitizer.isClean(s))
    }

    @Test func replacesEveryC0C1DelAndBidiControl() {
        for v in Array(0x00...0x08) + Array(0x0A...0x1F) + [0x7F] + Array(0x80...0x9F)
            + [0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x2028, 0x2029] {
            let s = "a" + String(Character(Unicode.Scalar(UInt32(v))!)) + "b"
            let out = TerminalSanitizer.sanitize(s)
            #expect(out.unicodeScalars.count == 3, "U+\(String(v, radix: 16))")
            #expect(TerminalSanitizer.placeholder(for: out.unicodeScalars[out.unicodeScalars.index(after: out.unicodeScalars.startIndex)]) == nil)
        }
    }

    @Test func invalidUTF8BecomesAPlaceholder() {
        let out = TerminalSanitizer.sanitize(bytes: [0x61, 0xFF, 0xE4, 0xB8, 0x62])
        #expect(out.first == "a" && out.last == "b")
        #expect(!out.contains("\u{FFFD}"))
        #expect(out.contains("␦"))
    }
}

@Suite("显示宽度 TextWidth")
struct TextWidthTests {
    init() { requireUTF8Locale() }

    @Test func widths() {
        #expect(TextWidth.of("a") == 1)
        #expect(TextWidth.of("政") == 2)
        #expect(TextWidth.of("〔") == 2)
        #expect(TextWidth.of("政务公开abc") == 11)
        #expect(TextWidth.localeIsUTF8)
    }

    @Test func truncateAndPadNeverSplitAWideCharacter() {
        #expect(TextWidth.truncate("政务公开", to: 5) == "政务~")
        #expect(TextWidth.truncate("政务公开", to: 8) == "政务公开")
        #expect(TextWidth.pad("政务", to: 5) == "政务 ")
        #expect(TextWidth.of(TextWidth.pad("政务公开工作台", to: 6)) == 6)
        #expect(TextWidth.prefix("政务", fitting: 3) == "政")
    }
}
