import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// `?` lists the open view's keys first, scrolls and searches; config.toml rebinds per view and
/// says what is wrong with file and line; Docs/KEYS.md holds the generated tables.
@Suite("帮助视图 Help view and per-view keys")
struct HelpViewTests {
    init() { requireUTF8Locale() }

    func boxLines(_ m: AppModel) -> [String] { screen(m).dropFirst(2).map { $0 } }

    @Test func helpListsTheOpenViewsKeysFirstThenTheGlobalOnes() throws {
        let m = try demoModel(width: 80, height: 24)
        m.handle(.char("i"))
        m.handle(.char("?"))
        let lines = HelpView.lines(m.state, keymap: m.keymap)
        #expect(lines.first == TUIText.Help.viewTitle.text(["待办箱", "inbox"]))
        let global = try #require(lines.firstIndex(of: TUIText.Help.globalTitle.text()))
        let approve = try #require(lines.firstIndex { $0.hasPrefix("  a ") && $0.contains("签发选中或正在阅读") })
        #expect(approve < global)
        #expect(boxLines(m).first { $0.contains("待办箱") } != nil)
        m.handle(.escape)
        // With the 目录 pane focused, its keys come first.
        m.handle(.escape)
        m.handle(.char("?"))
        #expect(HelpView.lines(m.state, keymap: m.keymap).first == TUIText.Help.viewTitle.text(["目录", "catalog"]))
    }

    /// `?` scrolls with j k, C-d C-u, PgDn PgUp, g G and searches with `/` (n: the next match).
    @Test func helpScrollsWithPagesAndEndsAndSearches() throws {
        let m = try demoModel(width: 80, height: 24)
        m.handle(.char("?"))
        let count = HelpView.lines(m.state, keymap: m.keymap).count
        m.handle(.ctrl("d"))
        let page = m.state.helpScroll
        #expect(page > 1)
        m.handle(.pageDown)
        #expect(m.state.helpScroll == 2 * page)
        m.handle(.ctrl("u"))
        #expect(m.state.helpScroll == page)
        m.handle(.char("G"))
        #expect(m.state.helpScroll == count - 1)
        m.handle(.char("g"))
        #expect(m.state.helpScroll == 0)
        m.handle(.char("j")); m.handle(.char("j"))
        #expect(m.state.helpScroll == 2)
        m.handle(.char("k"))
        #expect(m.state.helpScroll == 1)
        m.handle(.pageDown)
        #expect(m.state.helpScroll == 1 + page)
        m.handle(.pageUp)
        #expect(m.state.helpScroll == 1)
        m.handle(.char("g"))
        // `/` searches: the typed word is text (j does not scroll), Enter jumps to the line.
        m.handle(.char("/"))
        for c in "暂缓" { m.handle(.char(c)) }
        #expect(m.state.helpPrompt?.text == "暂缓")
        m.handle(.enter)
        let lines = HelpView.lines(m.state, keymap: m.keymap)
        let first = m.state.helpScroll
        #expect(lines[first].contains("暂缓") && m.state.helpPrompt == nil)
        m.handle(.char("n"))
        #expect(m.state.helpScroll > first && lines[m.state.helpScroll].contains("暂缓"))
        m.handle(.char("/"))
        for c in "没有这个词" { m.handle(.char(c)) }
        m.handle(.enter)
        #expect(m.state.message?.isError == true && m.state.helpVisible)
    }

    @Test func configReportsUnknownViewsCommandsTwiceBoundKeysAndShadowsWithTheLine() {
        let text = """
            [keys]
            s = "move-down"
            "F5" = "redraw"
            [keys.inbox]
            x = "inbox-mark"
            y = "no-such-command"
            [keys.nowhere]
            a = "close"
            [keys.app-form]
            "BTab" = "field-prev"
            "S-Tab" = "field-next"
            """
        let config = UserConfig.parse(text, file: "config.toml")
        let problems = config.problems.joined(separator: "\n")
        #expect(config.problems.count == 4, "\(problems)")
        #expect(problems.contains("config.toml 第 7 行：[keys.nowhere] 不是视图"))
        #expect(problems.contains("config.toml 第 6 行：按键 y 绑定的“no-such-command”不是命令"))
        #expect(config.problems.contains { $0.contains("config.toml 第 11 行：[keys.app-form] 中 BTab 和 S-Tab 是同一个键") })
        let shadow = config.problems.first { $0.contains("全局按键 s") }
        #expect(shadow?.contains("config.toml 第 2 行") == true)
        #expect(shadow.map { $0.contains("inbox") && $0.contains("register") } == true)
        // What is right still applies; the later of two names of one key wins.
        let keymap = config.keymap()
        #expect(keymap.command(for: .char("x"), in: [.inbox])?.name == "inbox-mark")
        #expect(keymap.command(for: .function(5))?.name == "redraw")
        #expect(keymap.command(for: .backTab, in: [.applicationForm], global: false)?.name == "field-next")
    }

    @Test func docsKeysHoldsTheGeneratedTables() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = root.appendingPathComponent("Docs/KEYS.md")
        let doc = try String(contentsOf: file, encoding: .utf8)
        let begin = "<!-- 以下由 gongkai keys --markdown --defaults 生成，勿手改 -->\n"
        let end = "<!-- 生成部分结束 -->"
        let generated = UILanguage.$current.withValue(.zh) { KeyReference.markdown(keymap: .standard).joined(separator: "\n") + "\n" }
        let start = try #require(doc.range(of: begin))
        let stop = try #require(doc.range(of: end))
        if ProcessInfo.processInfo.environment["GONGKAI_UPDATE_GOLDEN"] == "1" {
            try (doc[..<start.upperBound] + generated + doc[stop.lowerBound...]).write(to: file, atomically: true, encoding: .utf8)
            return
        }
        #expect(String(doc[start.upperBound..<stop.lowerBound]) == generated)
    }
}
