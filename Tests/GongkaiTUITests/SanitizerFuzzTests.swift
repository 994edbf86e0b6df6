import Testing
@testable import GongkaiTUI
import GongkaiCore

/// A seeded fuzz test: random hostile and wide text drawn anywhere into grids of random sizes
/// must keep every invariant of the cell grid.
@Suite("模糊测试 Grid and sanitiser fuzz")
struct SanitizerFuzzTests {
    /// wcwidth needs the UTF-8 locale before any width is measured (tests run in parallel).
    init() { requireUTF8Locale() }

    static let pool: [String] = [
        "a", "Z", " ", "\t", "\n", "\r", "\u{1B}", "\u{07}", "\u{00}", "\u{7F}", "\u{9B}", "\u{85}", "\u{202E}",
        "\u{2066}", "\u{200F}", "\u{2028}", "\u{FFFD}", "政", "务", "〔", "《", "，", "e\u{301}", "\u{301}", "👍",
        "👩‍👩‍👧", "🇨🇳", "ｱ", "①", "—", "“", "]", "2;", "[6n", "[31m", "52;c;",
    ]

    static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || [0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0xFFFD].contains(v)
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func gridInvariantsHoldForRandomHostileText(seed: UInt64) {
        requireUTF8Locale()
        var rng = SplitMix64(seed: seed)
        for _ in 0..<400 {
            let width = Int.random(in: 1...30, using: &rng), height = Int.random(in: 1...4, using: &rng)
            var grid = CellGrid(width: width, height: height)
            for _ in 0..<Int.random(in: 1...6, using: &rng) {
                let text = (0..<Int.random(in: 0...25, using: &rng)).map { _ in Self.pool.randomElement(using: &rng)! }.joined()
                let x = Int.random(in: -5...width + 2, using: &rng), y = Int.random(in: -1...height, using: &rng)
                let maxWidth: Int? = Bool.random(using: &rng) ? Int.random(in: 0...width, using: &rng) : nil
                let used = grid.put(text, x: x, y: y, maxWidth: maxWidth)
                if let maxWidth { #expect(used <= max(0, maxWidth) + 8) }
            }
            for y in 0..<height {
                var x = 0
                while x < width {
                    let cell = grid[x, y]
                    #expect(!cell.isContinuation, "a continuation cell without its lead at \(x),\(y)")
                    #expect(!cell.text.unicodeScalars.contains(where: Self.isUnsafe), "unsafe scalar reached the grid")
                    if cell.width == 2 {
                        #expect(x + 1 < width && grid[x + 1, y].isContinuation, "a wide character is half drawn")
                        x += 2
                    } else {
                        #expect(cell.width == 1)
                        x += 1
                    }
                }
            }
        }
    }

    @Test(arguments: [7, 8, 9] as [UInt64])
    func sanitiseIsIdempotentAndKeepsSafeText(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...40, using: &rng)).map { _ in Self.pool.randomElement(using: &rng)! }.joined()
            let once = TerminalSanitizer.sanitize(text)
            #expect(TerminalSanitizer.sanitize(once) == once)
            #expect(!once.unicodeScalars.contains { Self.isUnsafe($0) && $0 != "\t" })
            // Safe scalars pass through unchanged and in order.
            let safeIn = text.unicodeScalars.filter { !Self.isUnsafe($0) || $0 == "\t" }
            let safeOut = once.unicodeScalars.filter { TerminalSanitizer.placeholder(for: $0) == nil && !(0x2400...0x2426).contains($0.value) }
            #expect(String(String.UnicodeScalarView(safeIn)) == String(String.UnicodeScalarView(safeOut)))
        }
    }
}
