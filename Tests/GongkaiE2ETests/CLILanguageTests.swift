import Foundation
import Testing

/// 命令行的界面语言: `gongkai <verb>` speaks the language the workstation would — config.toml
/// `language`, else LC_ALL / LC_MESSAGES / LANG — while JSON stays the same in both.
@Suite("命令行语言 CLI language")
struct CLILanguageTests {
    /// The binary in a clean environment with the given locale variables (and nothing else).
    func gongkai(_ args: [String], home: String, env: [String]) async throws -> (status: Int32, output: String, error: String) {
        try await runProcess("/usr/bin/env", ["-i", "HOME=\(home)", "PATH=/usr/bin:/bin"] + env
                                        + [try TmuxSession.binary()] + args)
    }

    func demoHome() async throws -> String {
        let home = try temporaryHome()
        try await copyDemoWorkspace(home: home)
        return home
    }

    /// The argument parser's own refusals (a missing option, a value not among the choices, an
    /// unknown option) read in Chinese in the Chinese interface and stay English in the English one.
    @Test func theParsersRefusalsSpeakTheInterfaceLanguage() async throws {
        let home = try await demoHome()
        let english = ["LANG=en_US.UTF-8"], chinese = ["LANG=C.UTF-8"]
        let kind = try await gongkai(["unit", "add", "某某", "--kind", "village"], home: home, env: chinese)
        #expect(kind.status != 0)
        #expect(kind.error.contains("错误：--kind <kind> 的值“village”无效，可用：county、department、township"), "\(kind.error)")
        #expect(kind.error.contains("用法：gongkai unit add") && kind.error.contains("说明：--kind <kind>"), "\(kind.error)")
        #expect(!kind.error.contains("is invalid") && !kind.error.contains("Usage:") && !kind.error.contains("Please"))
        let missing = try await gongkai(["unit", "add", "某某"], home: home, env: chinese)
        #expect(missing.status != 0 && missing.error.contains("错误：缺少参数 --kind <kind>"), "\(missing.error)")
        let unknown = try await gongkai(["app", "list", "--bogus"], home: home, env: chinese)
        #expect(unknown.status != 0 && unknown.error.contains("错误：没有选项 --bogus"), "\(unknown.error)")
        #expect(unknown.error.contains("详见 gongkai app list --help"), "\(unknown.error)")
        // Several extra words: each named once, without the parser's quotes around each.
        let extra = try await gongkai(["user", "list"], home: home, env: chinese)
        #expect(extra.status != 0 && extra.error.contains("错误：2 个多余的参数：user、list") && !extra.error.contains("'"), "\(extra.error)")
        let enKind = try await gongkai(["unit", "add", "某某", "--kind", "village"], home: home, env: english)
        #expect(enKind.status != 0 && enKind.error.contains("Error: The value 'village' is invalid for '--kind <kind>'"), "\(enKind.error)")
        // Help is not an error: it goes to standard output, its frame in the interface language.
        let help = try await gongkai(["unit", "add", "--help"], home: home, env: chinese)
        #expect(help.status == 0 && help.output.contains("用法： gongkai unit add") && !help.output.contains("USAGE:"), "\(help.output)")
    }

    @Test func englishLocaleGivesEnglishAndCUTF8TheChineseAsBefore() async throws {
        let home = try await demoHome()
        let english = ["LANG=en_US.UTF-8"], chinese = ["LANG=C.UTF-8"]

        let enList = try await gongkai(["app", "list"], home: home, env: english)
        #expect(enList.status == 0)
        let enLines = enList.output.components(separatedBy: "\n")
        #expect(enLines.first == "6 in all")
        #expect(enLines.dropFirst().first == "No.\tApplicant\tReceived\tState\tLeft\tReply by\tUnit\tContent")
        #expect(enList.output.contains("\tProcessing\t"))
        let zhList = try await gongkai(["app", "list"], home: home, env: chinese)
        let zhLines = zhList.output.components(separatedBy: "\n")
        #expect(zhLines.first == "共 6 件")
        #expect(zhLines.dropFirst().first == "编号\t申请人\t收到日期\t状态\t剩余\t答复期限\t承办单位\t申请内容")
        #expect(zhList.output.contains("\t办理中\t"))

        // A refusal of the command line itself, and one of the service door.
        let enDate = try await gongkai(["audit", "--since", "2026-13-01"], home: home, env: english)
        #expect(enDate.status == 1)
        #expect(enDate.error.contains("Not a valid date: 2026-13-01 (format YYYY-MM-DD)"))
        let zhDate = try await gongkai(["audit", "--since", "2026-13-01"], home: home, env: chinese)
        #expect(zhDate.status == 1)
        #expect(zhDate.error.contains("日期无效：2026-13-01（格式 YYYY-MM-DD）"))
        let enMissing = try await gongkai(["app", "show", "A9999-0001"], home: home, env: english)
        #expect(enMissing.status == 1 && enMissing.error.contains("No request numbered A9999-0001"))
        #expect(!enMissing.error.contains("没有"))
        let zhMissing = try await gongkai(["app", "show", "A9999-0001"], home: home, env: chinese)
        #expect(zhMissing.status == 1 && zhMissing.error.contains("没有编号为 A9999-0001 的申请"))

        let enCheck = try await gongkai(["check"], home: home, env: english)
        #expect(enCheck.status == 0 && enCheck.output.hasSuffix("Workspace check passed.\n"))
        let zhCheck = try await gongkai(["check"], home: home, env: chinese)
        #expect(zhCheck.status == 0 && zhCheck.output.hasSuffix("工作区检查通过。\n"))
        // Every finding of `check` is told in English (nothing here is workspace data).
        #expect(!enCheck.output.unicodeScalars.contains { (0x3000...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) },
                "\(enCheck.output)")
        #expect(zhCheck.output.contains("全文索引与文件一致（10 件）"))
        let enCheckJSON = try await gongkai(["check", "--format", "json"], home: home, env: english)
        let zhCheckJSON = try await gongkai(["check", "--format", "json"], home: home, env: chinese)
        #expect(enCheckJSON.output.contains("全文索引与文件一致") && enCheckJSON.output == zhCheckJSON.output)

        // JSON is a contract: the same bytes in either language.
        let enJSON = try await gongkai(["app", "list", "--format", "json"], home: home, env: english)
        let zhJSON = try await gongkai(["app", "list", "--format", "json"], home: home, env: chinese)
        #expect(enJSON.status == 0 && !enJSON.output.isEmpty)
        #expect(enJSON.output == zhJSON.output)
    }

    @Test func localeVariablesFollowPOSIXPrecedence() async throws {
        let home = try await demoHome()
        // LC_ALL beats LC_MESSAGES beats LANG.
        let all = try await gongkai(["check"], home: home, env: ["LANG=zh_CN.UTF-8", "LC_ALL=en_US.UTF-8"])
        #expect(all.output.contains("Workspace check passed."))
        let messages = try await gongkai(["check"], home: home, env: ["LANG=en_US.UTF-8", "LC_MESSAGES=zh_CN.UTF-8"])
        #expect(messages.output.contains("工作区检查通过。"))
    }

    @Test func configLanguageOverridesTheLocale() async throws {
        let home = try await demoHome()
        let configDir = home + "/config/gongkai"
        try FileManager.default.createDirectory(atPath: configDir, withIntermediateDirectories: true)
        try "language = \"en\"\n".write(toFile: configDir + "/config.toml", atomically: true, encoding: .utf8)
        let english = try await gongkai(["check"], home: home, env: ["LANG=zh_CN.UTF-8", "XDG_CONFIG_HOME=\(home)/config"])
        #expect(english.status == 0 && english.output.contains("Workspace check passed."))
        #expect(!english.output.contains("工作区检查通过"))
        try "language = \"zh\"\n".write(toFile: configDir + "/config.toml", atomically: true, encoding: .utf8)
        let chinese = try await gongkai(["check"], home: home, env: ["LANG=en_US.UTF-8", "XDG_CONFIG_HOME=\(home)/config"])
        #expect(chinese.output.contains("工作区检查通过。"))
    }
}
