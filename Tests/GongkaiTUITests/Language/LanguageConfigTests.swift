import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiTUI

/// The language choice (config.toml, then the locale variables) and the personal display settings.
@Suite("语言与设置 Language and display settings")
struct LanguageConfigTests {
    init() { requireUTF8Locale() }

    func language(_ toml: String?, env: [String: String]) -> (UILanguage, UserConfig) {
        let config = toml.map { UserConfig.parse($0, file: "config.toml") } ?? UserConfig()
        return (UILanguage.resolve(configured: config.language?.rawValue, environment: env), config)
    }

    @Test func configSaysEnglish() {
        let (lang, config) = language("language = \"en\"\n", env: ["LANG": "zh_CN.UTF-8"])
        #expect(lang == .en)
        #expect(config.problems.isEmpty)
        #expect(language("language = \"zh\"\n", env: ["LANG": "en_US.UTF-8"]).0 == .zh)
    }

    @Test func withoutConfigTheLocaleDecides() {
        #expect(language(nil, env: ["LANG": "en_US.UTF-8"]).0 == .en)
        #expect(language("theme = \"mono\"\n", env: ["LANG": "en_US.UTF-8"]).0 == .en)
        #expect(language(nil, env: ["LANG": "C.UTF-8"]).0 == .zh)
        #expect(language(nil, env: ["LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"]).0 == .zh)
        #expect(language(nil, env: [:]).0 == .zh)
    }

    @Test func aWrongLanguageNamesTheLineAndTheDefaultStarts() {
        let (lang, config) = language("theme = \"mono\"\nlanguage = 3\n", env: ["LANG": "C.UTF-8"])
        #expect(lang == .zh)
        #expect(config.language == nil)
        #expect(config.theme == "mono")
        #expect(config.problems.count == 1)
        #expect(config.problems.first?.contains("第 2 行") == true)
        #expect(config.problems.first?.contains("language") == true)
        UILanguage.$current.withValue(.en) {
            let en = UserConfig.parse("language = \"klingon\"\n", file: "config.toml")
            #expect(en.problems == ["Settings file config.toml line 1: language should be \"zh\" or \"en\"; the default language is used"])
        }
    }

    @Test func dueSoonDaysAndMouseAreParsed() {
        let config = UserConfig.parse("due-soon-days = 5\nmouse = true\n", file: "c.toml")
        #expect(config.problems.isEmpty)
        #expect(config.display.dueSoonDays == 5)
        #expect(config.mouse)
        let defaults = UserConfig.parse("", file: "c.toml")
        #expect(defaults.display.dueSoonDays == 3 && !defaults.mouse)
        let bad = UserConfig.parse("mouse = \"yes\"\ndue-soon-days = 99\n", file: "c.toml")
        #expect(bad.problems.count == 2)
        #expect(bad.problems.contains { $0.contains("第 1 行") && $0.contains("mouse") })
        #expect(bad.problems.contains { $0.contains("第 2 行") && $0.contains("due-soon-days") })
        #expect(bad.display.dueSoonDays == 3 && !bad.mouse)
    }

    @Test func workspaceRulesAreNotTakenFromAPersonalFile() {
        let config = UserConfig.parse("stale-days = 30\ninterpretation-lag-days = 5\n", file: "c.toml")
        #expect(config.problems.count == 2)
        #expect(config.problems.contains { $0.contains("第 1 行") && $0.contains("stale-days") && $0.contains("工作区规则") })
        #expect(config.problems.contains { $0.contains("第 2 行") && $0.contains("interpretation-lag-days") })
    }

    @Test func dueSoonDaysChangesTheAmberRowsOnly() throws {
        let m = try demoModel(width: 120, height: 40)
        m.handle(.char("4"))
        let rows = m.state.lists[.applications]!.window
        let standard = rows.filter { $0.emphasis == .warning }.count
        let wider = try DisplaySettings.$current.withValue(DisplaySettings(dueSoonDays: 20)) {
            let m2 = try demoModel(width: 120, height: 40)
            m2.handle(.char("4"))
            return m2.state.lists[.applications]!.window.filter { $0.emphasis == .warning }.count
        }
        #expect(wider > standard)
        // Overdue rows stay red whatever the setting.
        let zero = try DisplaySettings.$current.withValue(DisplaySettings(dueSoonDays: 0)) {
            let m3 = try demoModel(width: 120, height: 40)
            m3.handle(.char("4"))
            return m3.state.lists[.applications]!.window
        }
        #expect(zero.filter { $0.emphasis == .urgent }.count == rows.filter { $0.emphasis == .urgent }.count)
    }

    @Test func theLanguageCommandSwitchesLive() throws {
        let m = try demoModel(width: 80, height: 24)
        #expect(screen(m)[0].contains("政务公开工作台"))
        m.handle(.char(":"))
        for c in "language en" { m.handle(.char(c)) }
        m.handle(.enter)
        #expect(m.state.language == .en)
        let english = UILanguage.$current.withValue(m.state.language) { screen(m) }
        #expect(english[0].contains("Gongkai Workstation"))
        #expect(english.last?.contains("Interface language: English") == true)
    }
}
