import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// Whole flows an officer walks through, on the loop session (once tmux tests of the binary):
/// the catalog pane filtering the documents pane, and the annual report filed from the view.
@Suite("工作台流程 Workstation flows on the loop")
struct WorkstationFlowTests {
    @Test func expandingAColumnInTheCatalogPaneFiltersTheDocumentsPane() throws {
        let s = try LoopSession(width: 120, height: 40)
        #expect(s.screenContains("[+] 法定主动公开内容"))
        #expect(s.screenContains("2 文件  [1/10]"))

        // Down to 法定主动公开内容 and open it: the branch expands and the 文件 pane is filtered.
        s.keys(.char("j"), .char("j"), .char("j"), .char("j"), .enter)
        #expect(s.screenContains("筛选：法定主动公开内容（x 清除）"))
        #expect(s.screenContains("[-] 法定主动公开内容"))
        #expect(s.screenContains("[+] 基层政府信息公开"))
        #expect(s.screenContains("2 文件  [1/8]"))
        #expect(!s.screenContains("县卫生健康局关于传染病防控工"))   // withheld: in no column

        // Search a column by its Chinese name, open it: only its document is listed.
        s.keys(.char("/"))
        s.type("教育信息")
        s.keys(.enter, .enter)
        #expect(s.screenContains("筛选：教育信息（x 清除）"))
        #expect(s.screenContains("2 文件  [1/1]"))
        #expect(s.screenContains("县义务教育阶段学校招生入学"))
        #expect(!s.screenContains("东山镇重大项目建设进展情况"))

        // x clears the filter.
        s.keys(.char("x"))
        #expect(s.screenContains("2 文件  [1/10]"))
        s.keys(.char("q"))
        #expect(s.status == 0)
    }

    @Test func theAnnualReportIsOpenedInChineseGivenFiguresAndFiled() throws {
        let s = try LoopSession(width: 120, height: 40)
        s.command("年度报告 2026 县教育局")
        #expect(s.screenContains("县教育局2026年政府信息公开工作年度报告"))
        #expect(s.screenContains("[ok] 表三：一 + 二 = 三（七）+ 四：通过"))
        s.keys(.char("e"))
        #expect(s.screenContains("填报表二数字"))
        s.keys(.ctrl("u"))
        s.type("15")
        s.keys(.ctrl("s"))
        #expect(s.screenContains("已保存表二填报数字"))
        #expect(s.lines.contains { $0.contains("（五）行政许可") && $0.hasSuffix("15") })
        s.keys(.char("F"))
        #expect(s.screenContains("（第 1 版，报送后内容冻结）？y 确认"))
        s.keys(.char("y"))
        #expect(s.screenContains("已报送第 1 版"))
        let filed = try s.service.filedReports(year: 2026, scope: .unit("edu"))
        #expect(filed.map(\.version) == [1])
        #expect(try s.service.figures(year: 2026, scope: .unit("edu")).licensingDecisions == 15)
    }
}
