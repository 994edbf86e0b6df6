import Foundation
import Testing
@testable import GongkaiCore

/// Access refusals name their rule in words, in the language in force; the code is for JSON only.
@Suite struct AccessRefusalWordsTests {
    static func hasCJK(_ s: String) -> Bool {
        s.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3000...0x303F).contains($0.value) }
    }

    @Test func everyRuleHasItsOwnWordsInBothLanguages() {
        let rules = AccessDenied.Rule.allCases
        #expect(Set(rules.map { $0.name(in: .zh) }).count == rules.count)
        #expect(Set(rules.map { $0.name(in: .en) }).count == rules.count)
        for rule in rules {
            let zh = rule.name(in: .zh), en = rule.name(in: .en)
            #expect(!zh.isEmpty && !zh.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic }, "\(rule)")
            #expect(!en.isEmpty && !Self.hasCJK(en), "\(rule)")
            #expect(en != rule.rawValue, "\(rule)")
        }
        #expect(AccessDenied.Rule.otherUnit.name(in: .zh) == "仅限本单位")
        #expect(AccessDenied.Rule.adminOnly.name(in: .en) == "administrators only")
    }

    @Test func aRefusalShowsTheRuleInWordsNeverItsCode() {
        for rule in AccessDenied.Rule.allCases {
            let denied = AccessDenied(rule: rule, officer: "wang.cg")
            let zh = denied.text(in: .zh), en = denied.text(in: .en)
            #expect(zh.contains("规则「\(rule.name(in: .zh))」"), "\(zh)")
            #expect(en.contains("rule \"\(rule.name(in: .en))\""), "\(en)")
            #expect(!zh.contains(rule.rawValue) && !en.contains(rule.rawValue), "\(rule)")
            #expect(!Self.hasCJK(en), "\(en)")
            #expect(UILanguage.$current.withValue(.en) { "\(denied)" } == en)
            #expect(UILanguage.$current.withValue(.zh) { "\(denied)" } == zh)
        }
        #expect(AccessDenied(rule: .otherUnit, officer: "wang.cg").text(in: .zh)
                == "无权操作（规则「仅限本单位」）：只能查看和办理本单位的事项，县政府办公室可查看全县。")
        #expect(AccessDenied(rule: .unknownOfficer, officer: "mallory").text(in: .en).contains("The login mallory "))
    }

    @Test func theCodeStaysInTheEncodedValue() throws {
        let data = try JSONEncoder().encode(AccessDenied.Rule.otherUnit)
        #expect(String(decoding: data, as: UTF8.self) == "\"own-unit-only\"")
    }
}
