import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// 检索摘要 — the snippet's first hit, found term by term, is the first of the highlighted ranges
/// (the whole-body fold the list highlights with) over random bodies and terms.
@Suite("检索摘要 Search snippet")
struct SearchSnippetTests {
    @Test func firstHitIsTheFirstHighlightedRange() {
        var g = SeededGenerator(state: 2026_1207)
        let alphabet = Array("教育税收社会救助AaBb 。\n")
        var found = 0
        for _ in 0..<400 {
            let body = String((0..<Int.random(in: 0...60, using: &g)).map { _ in alphabet.randomElement(using: &g)! })
            let terms = (0..<Int.random(in: 1...2, using: &g)).map { _ in
                String((0..<Int.random(in: 1...3, using: &g)).map { _ in "教育税收AbB".randomElement(using: &g)! })
            }
            let expected = DocumentSearchTerm.highlightRanges(in: body, terms: terms).first
            let fast = SearchSnippet.firstHit(in: body, terms: terms)
            #expect(fast.map { body.distance(from: body.startIndex, to: $0.lowerBound) }
                    == expected.map { body.distance(from: body.startIndex, to: $0.lowerBound) }, "\(body) \(terms)")
            if expected != nil { found += 1 }
        }
        #expect(found > 100)
    }
}
