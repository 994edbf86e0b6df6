import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// The shell walked on the workstation's loop (once part of ShellE2ETests, which keeps what only
/// the binary in a real terminal shows: the first run's workspace, Chinese typed into the terminal,
/// resize, SIGHUP, the locale fallback): panes by number, Tab and Shift-Tab, the help overlay, the
/// masked applicants and the review inbox.
@Suite("工作台 The shell on the loop")
struct ShellLoopTests {
    @Test func panesSwitchByNumberTabAndShiftTabAndHelpListsTheOpenViewsKeysFirst() throws {
        let s = try LoopSession(width: 120, height: 40, demo: false)
        let first = try s.see("4 申请")
        for title in ["1 目录", "2 文件", "3 解读", "4 申请"] {
            #expect(first[0].contains(title), "tab bar shows \(title)")
            #expect(first.dropFirst().contains { $0.contains(title) }, "a pane is titled \(title)")
        }
        #expect(s.screenContains("[+] 部门乡镇信息公开"))

        // Switch panes with a number, Tab and Shift-Tab.
        s.keys(.char("2"))
        try s.see("文件 focused") { $0.contains(">2 文件") }
        s.keys(.tab)
        try s.see("解读 focused") { $0.hasPrefix(">3 解读") }
        s.keys(.backTab, .backTab)
        try s.see("目录 focused") { $0.hasPrefix(">1 目录") }

        // Help overlay lists the bindings; Esc closes it.
        s.keys(.char("?"))
        let help = try s.see("帮助：按键一览")
        // The keys of the view that is open (the 目录 pane) come first.
        #expect(help.contains { $0.contains("目录（设置文件 [keys.catalog]）") })
        #expect(help.contains { $0.contains("Enter") && $0.contains("展开/折叠栏目") })
        s.keys(.escape)
        #expect(!s.screenContains("帮助：按键一览"))

        // The command line: `:pane 申请` focuses the 申请 pane.
        s.command("pane 申请")
        try s.see("申请 focused") { $0.contains("|>4 申请") }
        s.keys(.char("q"))
        #expect(s.status == 0)
    }

    @Test func theDemoShowsMaskedApplicantsAndTheInboxOpensAndCloses() throws {
        let s = try LoopSession(width: 120, height: 40)
        try s.see("张*")
        #expect(!s.screenContains("张三"))
        // The review inbox: i opens it, Esc goes back.
        s.keys(.char("i"))
        let inbox = try s.see(">待办  [")
        #expect(inbox.contains { $0.contains("待审核") && $0.contains("东山镇重大项目建设进展情况") })
        s.keys(.escape)
        #expect(!s.screenContains(">待办  ["))
        s.signal(SIGHUP)
        #expect(s.status == 128 + SIGHUP)
    }
}
