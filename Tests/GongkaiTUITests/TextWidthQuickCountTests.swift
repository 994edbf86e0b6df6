import Testing
@testable import GongkaiTUI

/// 显示宽度 — the quick count of plain strings (printable ASCII and wide CJK scalars) gives what
/// the character-by-character count gives, and declines every string it cannot count exactly
/// (marks, joiners, variation selectors, emoji, controls, other letters).
@Suite("显示宽度 Text width")
struct TextWidthQuickCountTests {
    @Test func theQuickCountAgreesWithTheCharacterCount() {
        requireUTF8Locale()
        struct SplitMix: RandomNumberGenerator {
            var state: UInt64
            mutating func next() -> UInt64 {
                state &+= 0x9E37_79B9_7F4A_7C15
                var z = state
                z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
                z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
                return z ^ (z >> 31)
            }
        }
        var g = SplitMix(state: 2026_1207)
        let pieces = ["a", "Z", " ", "~", "教", "育", "〔", "〕", "，", "。", "Ａ", "가", "\u{1161}", "\u{11A8}", "e\u{301}",
                      "\u{301}", "\u{3099}", "か\u{3099}", "👍", "👍🏽", "❤\u{FE0F}", "👨\u{200D}👩", "🇨🇳", "é", "ß",
                      "\u{0915}\u{093F}", "\t", "\u{7F}", "\u{FF61}", "—", "“", "”"]
        var quick = 0, declined = 0
        for _ in 0..<3000 {
            let s = (0..<Int.random(in: 0...8, using: &g)).map { _ in pieces.randomElement(using: &g)! }.joined()
            let byCharacter = s.reduce(0) { $0 + TextWidth.of($1) }
            #expect(TextWidth.of(s) == byCharacter, "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
            if let simple = TextWidth.simpleWidth(s) {
                #expect(simple == byCharacter, "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
                quick += 1
            } else {
                declined += 1
            }
        }
        #expect(quick > 100 && declined > 1000)
        #expect(TextWidth.simpleWidth("关于做好2026年义务教育招生工作的通知") == 36)
        #expect(TextWidth.simpleWidth("e\u{301}") == nil && TextWidth.simpleWidth("👍") == nil)
    }
}
