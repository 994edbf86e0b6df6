import ArgumentParser
import Foundation
import GongkaiCore
import Testing
@testable import gongkai

/// `--help` in one language: every command's abstract, discussion and option help is a phrase read
/// in the interface language, and ArgumentParser's own frame (headings, `--help`/`--version`
/// lines, defaults) is said in Chinese in the Chinese interface. Chinese help carries no English
/// words besides command and option names, placeholders and codes; English help no Chinese.
@Suite("帮助的语言 help in one language")
struct HelpLanguageTests {
    /// Every command of the tree with the path that reaches it, the root first.
    static func commands() -> [[ParsableCommand.Type]] {
        var out: [[ParsableCommand.Type]] = []
        func walk(_ path: [ParsableCommand.Type]) {
            out.append(path)
            for sub in path.last!.configuration.subcommands { walk(path + [sub]) }
        }
        walk([Gongkai.self])
        return out
    }

    /// Words of English prose: ArgumentParser's frame and the function words any English sentence has
    /// (`overview` is also a section code of `report narrative`, so only its heading form counts).
    static let proseWords: Set<String> = [
        "the", "of", "and", "to", "for", "with", "from", "information", "version", "usage", "options",
        "subcommands", "arguments", "see", "detailed", "values", "is", "are", "not", "only", "this", "your", "when", "an",
        "OVERVIEW", "USAGE", "ARGUMENTS", "OPTIONS", "SUBCOMMANDS",
    ]
    /// Capitalised words a Chinese text may carry: names of products and formats, and the folder
    /// of the guides it points to (`Docs/统计.md`).
    static let names: Set<String> = ["Gongkai", "Excel", "Word", "Markdown", "Unix", "SQLite", "Docs"]

    /// The English words in a Chinese help text, once option names (`--unit`, `-h`) and
    /// placeholders (`<id>`) are taken out. Codes (`in-person`, `text|json`) are lower case and no
    /// prose word; a capitalised word (`Show`, `Workspace`) or a prose word is English.
    static func englishWords(_ help: String) -> [String] {
        let stripped = help.replacing(/<[^>]*>/, with: " ")
            .replacing(/(^|[^A-Za-z0-9])--?[A-Za-z][A-Za-z0-9-]*/) { m in String(m.1) + " " }
        var found: [String] = []
        for m in stripped.matches(of: /[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*/) {
            let word = String(m.output)
            if word.wholeMatch(of: /[A-Z][a-z]+/) != nil, !names.contains(word) { found.append(word) }
            else if proseWords.contains(word) || proseWords.contains(word.lowercased()) { found.append(word) }
        }
        if help.contains("(default") { found.append("(default") }
        return found
    }

    static func chineseCharacters(_ help: String) -> [Character] {
        help.filter { c in c.unicodeScalars.contains { s in
            (0x4E00...0x9FFF).contains(s.value) || (0x3000...0x303F).contains(s.value) || (0xFF00...0xFFEF).contains(s.value)
        } }.map { $0 }
    }

    static func help(_ path: [ParsableCommand.Type], in language: UILanguage) -> String {
        UILanguage.$current.withValue(language) {
            HelpText.localized(Gongkai.helpMessage(for: path.last!, columns: 100))
        }
    }

    @Test func theCheckFindsBothLanguagesMixed() {
        // The check itself: the help as it was (one string in both languages) fails it both ways.
        let mixed = "概述： 登记一件政府信息公开申请。Register an application.\n  -h, --help  Show help information."
        #expect(Self.englishWords(mixed) == ["Register", "an", "Show", "information"])
        #expect(Self.englishWords("选项：\n  --channel <channel>  申请方式：in-person | online。（默认：text）") == [])
        #expect(!Self.chineseCharacters(mixed).isEmpty)
    }

    @Test func everyCommandsHelpIsInOneLanguage() {
        let all = Self.commands()
        #expect(all.count > 100)
        for path in all {
            let name = path.map { $0._commandName }.joined(separator: " ")
            let zh = Self.help(path, in: .zh), en = Self.help(path, in: .en)
            #expect(Self.englishWords(zh).isEmpty, "\(name): \(Self.englishWords(zh))\n\(zh)")
            #expect(Self.chineseCharacters(en).isEmpty, "\(name): \(String(Self.chineseCharacters(en)))\n\(en)")
            // The command says something of itself in each language, and the two differ.
            let about = UILanguage.$current.withValue(.zh) { path.last!.configuration.abstract }
            let aboutEn = UILanguage.$current.withValue(.en) { path.last!.configuration.abstract }
            #expect(!about.isEmpty && !aboutEn.isEmpty && about != aboutEn, "\(name)")
        }
    }

    /// The binary: the root's, a group's and a leaf's `--help` with LANG=C.UTF-8 and LANG=en_US.UTF-8.
    @Test func helpOfTheBinaryFollowsTheLocale() async throws {
        let home = try temporaryHome()
        for args in [["--help"], ["app", "--help"], ["app", "event", "--help"]] {
            let zh = try await runProcess("/usr/bin/env", ["-i", "HOME=\(home)", "PATH=/usr/bin:/bin", "LANG=C.UTF-8",
                                                     try TmuxSession.binary()] + args)
            #expect(zh.status == 0 && zh.output.contains("用法： gongkai"), "\(args): \(zh.output)")
            #expect(Self.englishWords(zh.output).isEmpty, "\(args): \(Self.englishWords(zh.output))\n\(zh.output)")
            let en = try await runProcess("/usr/bin/env", ["-i", "HOME=\(home)", "PATH=/usr/bin:/bin", "LANG=en_US.UTF-8",
                                                     try TmuxSession.binary()] + args)
            #expect(en.status == 0 && en.output.contains("USAGE: gongkai"), "\(args): \(en.output)")
            #expect(Self.chineseCharacters(en.output).isEmpty, "\(args): \(en.output)")
        }
        let event = try await runProcess("/usr/bin/env", ["-i", "HOME=\(home)", "PATH=/usr/bin:/bin", "LANG=C.UTF-8",
                                                    try TmuxSession.binary(), "app", "event", "--help"])
        #expect(event.output.contains("延期批准人。") && event.output.contains("显示帮助。"))
    }
}
