import Testing
@testable import GongkaiCore

@Suite struct DocumentSearchTermTests {
    @Test("教育 and 税 are short (LIKE path); 义务教育 and 政务公开 go to trigram")
    func classification() {
        #expect(DocumentSearchTerm("教育").kind == .short)
        #expect(DocumentSearchTerm("税").kind == .short)
        #expect(DocumentSearchTerm("义务教育").kind == .trigram)
        #expect(DocumentSearchTerm("政务公开").kind == .trigram)
        #expect(DocumentSearchTerm("低保户").kind == .trigram) // exactly 3
        #expect(DocumentSearchTerm("ab").kind == .short)
        // Counted in Unicode scalars, as SQLite's trigram tokenizer counts: 👍🏽 is two.
        #expect(DocumentSearchTerm("👍🏽").kind == .short)
        #expect(DocumentSearchTerm("👍🏽税").kind == .trigram)
    }

    @Test("queries split on half-width and full-width spaces; repeats dropped; order kept")
    func splitting() {
        let terms = DocumentSearchTerm.parse("  义务教育　税 教育\t教育\u{00A0}X政发〔2026〕3号 ")
        #expect(terms.map(\.text) == ["义务教育", "税", "教育", "X政发〔2026〕3号"])
        #expect(terms.map(\.kind) == [.trigram, .short, .short, .trigram])
        #expect(DocumentSearchTerm.parse("　 ").isEmpty)
        #expect(DocumentSearchTerm.parse("").isEmpty)
    }

    @Test("FTS5 phrase and LIKE pattern escape what the officer typed")
    func escaping() {
        #expect(DocumentSearchTerm("义务教育").ftsPhrase == "\"义务教育\"")
        #expect(DocumentSearchTerm("a\"b OR c").ftsPhrase == "\"a\"\"b OR c\"")
        #expect(DocumentSearchTerm("税").likePattern == "%税%")
        #expect(DocumentSearchTerm("5%_\\").likePattern == "%5\\%\\_\\\\%")
        let terms = DocumentSearchTerm.parse("义务教育 税 政务公开")
        #expect(DocumentSearchTerm.ftsMatchExpression(terms) == "\"义务教育\" AND \"政务公开\"")
        #expect(DocumentSearchTerm.ftsMatchExpression(DocumentSearchTerm.parse("教育 税")) == nil)
    }

    func substrings(_ text: String, _ terms: [String]) -> [String] {
        DocumentSearchTerm.highlightRanges(in: text, terms: terms).map { String(text[$0]) }
    }

    @Test("highlight ranges: every occurrence, CJK, merged when overlapping")
    func cjk() {
        let text = "县教育局关于义务教育阶段教育收费的通知"
        #expect(substrings(text, ["教育"]) == ["教育", "教育", "教育"])
        // 义务教育 and 教育 overlap: one range.
        #expect(substrings(text, ["教育", "义务教育"]) == ["教育", "义务教育", "教育"])
        let r = DocumentSearchTerm.highlightRanges(in: text, terms: ["教育"])
        #expect(text.distance(from: text.startIndex, to: r[0].lowerBound) == 1)
        #expect(r == r.sorted { $0.lowerBound < $1.lowerBound })
        // Touching hits merge: 义务 + 教育.
        #expect(substrings(text, ["义务", "教育"]) == ["教育", "义务教育", "教育"])
        // A query string with a full-width space is split like a search.
        #expect(substrings("税收管理和税务", ["税收　税务"]) == ["税收", "税务"])
    }

    @Test("highlight ranges never cut a grapheme cluster: emoji, skin tones, combining marks")
    func graphemes() {
        let text = "点赞👍🏽和👍，café 与 cafe\u{301}"
        // 👍 alone matches the plain thumb only, not the first half of 👍🏽.
        #expect(substrings(text, ["👍"]) == ["👍"])
        #expect(substrings(text, ["👍🏽"]) == ["👍🏽"])
        // Precomposed é matches the decomposed form (canonical equivalence); plain e matches neither.
        #expect(substrings(text, ["café"]) == ["café", "cafe\u{301}"])
        #expect(substrings(text, ["e"]) == [])
        for r in DocumentSearchTerm.highlightRanges(in: text, terms: ["👍", "café", "和"]) {
            #expect(r.lowerBound.samePosition(in: text.unicodeScalars) != nil)
            #expect(String(text[r]).count >= 1)
        }
    }

    @Test("highlight is case-insensitive for letters; empty input gives nothing")
    func caseAndEmpty() {
        #expect(substrings("SQLite FTS5 trigram", ["fts5"]) == ["FTS5"])
        #expect(DocumentSearchTerm.highlightRanges(in: "", terms: ["税"]).isEmpty)
        #expect(DocumentSearchTerm.highlightRanges(in: "税收", terms: []).isEmpty)
        #expect(DocumentSearchTerm.highlightRanges(in: "税收", terms: ["　"]).isEmpty)
        #expect(DocumentSearchTerm.highlightRanges(in: "税", terms: ["税收"]).isEmpty)
    }
}
