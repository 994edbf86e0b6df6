import Testing
@testable import GongkaiCore

@Suite struct UILanguageTests {
    @Test func configWinsOverTheEnvironment() {
        #expect(UILanguage.resolve(configured: "en", environment: ["LANG": "zh_CN.UTF-8"]) == .en)
        #expect(UILanguage.resolve(configured: "中文", environment: ["LANG": "en_US.UTF-8"]) == .zh)
    }

    @Test func environmentFollowsPosixPrecedence() {
        #expect(UILanguage.fromEnvironment(["LANG": "en_US.UTF-8"]) == .en)
        #expect(UILanguage.fromEnvironment(["LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"]) == .zh)
        #expect(UILanguage.fromEnvironment(["LC_MESSAGES": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"]) == .en)
        #expect(UILanguage.fromEnvironment(["LANG": "C.UTF-8"]) == .zh)
        #expect(UILanguage.fromEnvironment([:]) == .zh)
        // An unknown config value falls back to the environment.
        #expect(UILanguage.resolve(configured: "klingon", environment: ["LANG": "en_US.UTF-8"]) == .en)
    }

    @Test func phrasesFillPlaceholdersInEitherOrder() {
        let p = Phrase("{1} 共 {2} 件", "{2} items in {1}")
        #expect(p.text(["城关镇", "3"], in: .zh) == "城关镇 共 3 件")
        #expect(p.text(["城关镇", "3"], in: .en) == "3 items in 城关镇")
        #expect(UILanguage.$current.withValue(.en) { p.text(["a", "b"]) } == "b items in a")
        #expect(p.text(["a", "b"]) == "a 共 b 件")
    }
}
