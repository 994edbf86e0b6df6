import Foundation
import Testing
import GongkaiCore
@testable import GongkaiTUI

/// 80×24 — the size Xshell, PuTTY, SecureCRT and MobaXterm open with — is a first-class size:
/// goldens of the views not covered elsewhere at that size, and the tab bar down to 40 columns.
@Suite("窄终端 80×24 and narrower")
struct NarrowScreenTests {
    init() { requireUTF8Locale() }

    @Test func inboxAndHistoryAt80x24() throws {
        let m = try demoModel(width: 80, height: 24)
        m.handle(.char("i"))
        let inbox = screen(m)
        expectGolden(inbox, "inbox-80x24")
        // The item column keeps room to be read.
        #expect(inbox.contains { $0.contains("申请 A2026-0001：") })
        m.handle(.escape)
        m.select(id: "D2026-0010", in: .documents)
        m.handle(.char("H"))
        // Audit entries carry the day of the test run (after the officer's name): masked for the golden.
        let history = screen(m).map {
            $0.replacingOccurrences(of: #"(?<=[a-z.]) \d{4}-\d{2}-\d{2} "#, with: " YYYY-MM-DD ", options: .regularExpression)
        }
        expectGolden(history, "history-80x24")
        #expect(history.contains { $0.contains("修改记录：D2026-0010") })
    }

    @Test func theFocusedPaneIsNamedOnTheTabBarDownTo40Columns() throws {
        for pane in PaneKind.allCases {
            for width in [40, 60, 80] {
                let m = try demoModel(width: width, height: 12)
                m.handle(.char(Character("\(pane.rawValue)")))
                let bar = screen(m)[0]
                #expect(bar.contains("\(pane.rawValue) \(pane.title)"), "\(width): \(bar)")
                // Every pane can still be reached from the bar with the mouse.
                let tabs = TabBar(width: width, focus: pane)
                #expect(tabs.tabs.map(\.pane) == PaneKind.allCases, "\(width) \(pane)")
                for tab in tabs.tabs { #expect(tabs.pane(at: tab.x) == tab.pane) }
            }
        }
        let m = try demoModel(width: 40, height: 12)
        m.handle(.char("4"))
        expectGolden(screen(m), "shell-40x12-applications")
        // English tab labels are longer: the others shrink to their numbers, the focused one stays.
        m.handle(.char("3"))
        let english = UILanguage.$current.withValue(.en) { screen(m)[0] }
        #expect(english.contains("3 Interpretations") && english.contains(" 1 ") && english.hasSuffix(" 4"), "\(english)")
        #expect(TabBar(width: 80, focus: .catalog).title != nil)
    }

    @Test func documentTitlesAreReadableAt80Columns() {
        let columns = [PaneColumn("标题", .flex(min: 16)), PaneColumn("状态", .fixed(6)), PaneColumn("公开属性", .fixed(10)),
                       PaneColumn("公开期限", .fixed(10)), PaneColumn("文号", .fixed(18)), PaneColumn("类型", .fixed(14))]
        let narrow = layoutColumns(columns, totalWidth: 79)
        #expect(narrow.count == 5 && narrow[0] >= 24)
        #expect(layoutColumns(columns, totalWidth: 119) == [56, 6, 10, 10, 18, 14])   // wide enough: all kept
        // A trailing flex column (the 申请 pane's content) is never dropped for the first one.
        let apps = [PaneColumn("编号", .fixed(10)), PaneColumn("内容", .flex(min: 8))]
        #expect(layoutColumns(apps, totalWidth: 30).count == 2)
    }
}
