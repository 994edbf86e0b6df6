import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

@Suite("帮助与手册 Help, man page, key card")
struct HelpTests {
    init() { requireUTF8Locale() }

    @Test func keyReferenceIsTheHelpOverlayAndFollowsTheUsersBindings() {
        #expect(KeyReference.lines(keymap: .standard) == AppView.helpLines(keymap: .standard))
        let config = UserConfig.parse("[keys]\n\"C-n\" = \"move-down\"\n[keys.applications]\n\"R\" = \"reply\"", file: "c")
        let entries = KeyReference.entries(keymap: config.keymap())
        #expect(entries.first { $0.command == "move-down" && $0.pane == nil }?.keys == ["j", "Down", "C-n"])
        #expect(entries.first { $0.command == "reply" && $0.pane == "applications" }?.keys == ["r", "R"])
        // Every binding is listed once, under its view.
        let listed = entries.flatMap { e in e.keys.map { "\(e.pane ?? "*") \($0)" } }
        #expect(listed.count == Set(listed).count)
        #expect(Set(listed) == Set(config.keymap().bindings.map { "\($0.scope?.rawValue ?? "*") \($0.key.name)" }))
    }

    @Test func roffEscapesMinusBackslashAndLeadingDots() {
        #expect(ManPage.escape("--year 2025") == "\\-\\-year 2025")
        #expect(ManPage.escape(#"C:\path"#) == #"C:\epath"#)
        #expect(ManPage.escape(".hidden") == "\\&.hidden")
        #expect(ManPage.escape("'quoted") == "\\&'quoted")
        #expect(ManPage.escape("a.b 'c'") == "a.b 'c'")
    }

    @Test func pageWalksTheCommandTree() {
        let tool = ManPage.ToolInfo(command: .init(
            commandName: "gongkai", abstract: "政务公开工作台", discussion: "第一行\n.第二行",
            subcommands: [
                .init(commandName: "doc", abstract: "文件", subcommands: [
                    .init(commandName: "add", abstract: "登记文件", arguments: [
                        .init(kind: "option", names: [.init(kind: "long", name: "title")], valueName: "TITLE", abstract: "标题"),
                        .init(kind: "option", names: [.init(kind: "long", name: "workspace")], valueName: "PATH", abstract: "工作区"),
                        .init(kind: "positional", valueName: "file", abstract: "文件"),
                        .init(kind: "flag", names: [.init(kind: "short", name: "v"), .init(kind: "long", name: "verbose")],
                              abstract: "详细"),
                    ]),
                ]),
                .init(commandName: "help", abstract: "built-in"),
            ],
            arguments: [.init(kind: "option", names: [.init(kind: "long", name: "workspace")], valueName: "PATH",
                              abstract: "工作区")]))
        let prose = ManPage.Prose(title: "政务公开工作台", optionsIntro: "Options.", keysIntro: "Keys:",
                                  files: [("~/a.toml", "a file")], environment: [("GONGKAI_WORKSPACE", "the -workspace")],
                                  seeAlso: "Docs/x.md")
        let page = ManPage.render(tool, version: "9.9.9", keys: ["j  下移一行", "", ".x"], prose: prose)
        let lines = page.components(separatedBy: "\n")
        #expect(lines.contains(".TH GONGKAI 1 \"\" \"gongkai 9.9.9\" \"政务公开工作台\""))
        for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "KEYS", "FILES", "ENVIRONMENT", "SEE ALSO"] {
            #expect(lines.contains(".SH \(section)"), "section \(section)")
        }
        #expect(lines.contains(".SS \"gongkai doc\"") && lines.contains(".SS \"gongkai doc add\""))
        #expect(!lines.contains { $0.hasPrefix(".SS \"gongkai help") })
        #expect(lines.contains(".B GONGKAI_WORKSPACE") && lines.contains("the \\-workspace"))
        #expect(lines.contains("\\fI~/a.toml\\fR") && lines.last { !$0.isEmpty } == "Docs/x.md")
        #expect(lines.contains("\\fB\\-\\-title\\fR \\fITITLE\\fR"))
        #expect(lines.contains("\\fB\\-v\\fR, \\fB\\-\\-verbose\\fR"))
        #expect(lines.contains("\\fIfile\\fR"))
        #expect(lines.contains("\\&.第二行") && lines.contains("\\&.x"))
        // --workspace is described once, under OPTIONS, not under every command.
        #expect(lines.filter { $0 == "\\fB\\-\\-workspace\\fR \\fIPATH\\fR" }.count == 1)
        // No text line starts with a roff control character it did not mean.
        let body = lines.filter { !$0.isEmpty && !$0.hasPrefix(".") && !$0.hasPrefix("\\") }
        #expect(!body.contains { $0.hasPrefix("'") })
    }

    /// Docs/按键卡.md: every row with a command names keys bound to exactly that command, in the
    /// pane of its section (or everywhere for 全局).
    @Test func keyCardMatchesTheDefaultKeymap() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let card = try String(contentsOf: root.appendingPathComponent("Docs/按键卡.md"), encoding: .utf8)
        let sections: [(String, PaneKind?)] = [("## 全局", nil), ("## 目录窗格", .catalog), ("## 文件窗格", .documents),
                                               ("## 解读窗格", .interpretations), ("## 申请窗格", .applications)]
        var pane: PaneKind?? = .none
        var checked = 0
        func ticked(_ cell: Substring) -> [String] {
            cell.split(separator: "`", omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset % 2 == 1 }.map { String($0.element) }
        }
        for line in card.components(separatedBy: "\n") {
            if line.hasPrefix("## ") {
                pane = sections.first { line.hasPrefix($0.0) }.map { .some($0.1) } ?? .none
                continue
            }
            guard case .some(let scope) = pane, line.hasPrefix("| `") else { continue }
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            // "`j` `Down` / `k` `Up`" with "`move-down` / `move-up`": groups split by " / ".
            let keyGroups = cells[0].components(separatedBy: " / ")
            let commandGroups = cells[1].components(separatedBy: " / ")
            #expect(keyGroups.count == commandGroups.count, "\(line)")
            for (keys, command) in zip(keyGroups, commandGroups) {
                let name = try #require(ticked(Substring(command)).first, "\(line)")
                for k in ticked(Substring(keys)) {
                    let key = try #require(Key(name: k), "\(k) in \(line)")
                    #expect(Keymap.standard.command(for: key, in: scope)?.text == name, "\(k) → \(name) in \(line)")
                    checked += 1
                }
            }
        }
        #expect(checked >= 50)
    }
}
