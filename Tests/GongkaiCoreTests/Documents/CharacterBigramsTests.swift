import Testing
@testable import GongkaiCore

@Suite struct CharacterBigramsTests {
    @Test func pairsOfAdjacentCharactersAndTheLastOfEachRun() {
        #expect(CharacterBigrams.tokens(of: "教育局") == "u006559u0080b2 u0080b2u005c40 u005c40")
        // Whitespace ends a run; a repeated pair is written once; ASCII letters fold to lower case.
        #expect(CharacterBigrams.tokens(of: "教育 教育\nGD") == "u006559u0080b2 u0080b2 u000067u000064 u000064")
        #expect(CharacterBigrams.tokens(of: "") == "")
    }

    @Test func queriesForOneAndTwoCharacterTerms() {
        #expect(CharacterBigrams.query(for: "教育") == "u006559u0080b2")
        #expect(CharacterBigrams.query(for: "税") == "u007a0e*")
        #expect(CharacterBigrams.query(for: "Gd") == "u000067u000064")
        #expect(CharacterBigrams.query(for: "义务教育") == nil)
        // Every occurrence of a character is the start of one of the document's tokens.
        let tokens = CharacterBigrams.tokens(of: "小微企业减半征收，税收优惠。税").split(separator: " ")
        #expect(tokens.contains { $0.hasPrefix("u007a0e") })
        #expect(tokens.contains { $0 == "u007a0e" })
    }
}
