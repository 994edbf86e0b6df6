import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// The annual report view, driven with keys over the demo workspace (today 2026-11-27; li.ming is
/// the admin of the county office).
@Suite("年度报告视图 Report view")
struct ReportViewTests {
    /// wcwidth needs the UTF-8 locale before any width is measured (tests run in parallel).
    init() { requireUTF8Locale() }

    func type(_ m: AppModel, _ text: String) { for c in text { m.handle(.char(c)) } }

    func service(_ m: AppModel) -> GongkaiService { (m.data as! ServiceDataSource).service }

    /// The demo with 县教育局's figures and the county's 一、总体情况 entered, then `:report <arg>`.
    func open(_ arg: String, width: Int = 120, height: Int = 40) throws -> AppModel {
        let m = try demoModel(width: width, height: height)
        try service(m).setFigures(year: 2026, scope: .unit("edu"),
                                  figures: ReportFigures(licensingDecisions: 12, penaltyDecisions: 3,
                                                         compulsionDecisions: 1, feeAmount: Decimal(string: "12.3456")!))
        try service(m).setNarrative(year: 2026, scope: .county, section: .overview,
                                    text: "2026年，全县认真贯彻《中华人民共和国政府信息公开条例》，政务公开工作稳步推进。")
        m.handle(.char(":"))
        type(m, "report " + arg)
        m.handle(.enter)
        return m
    }

    @Test func commandLineOpensTheCountyReportWithItsChecks() throws {
        let m = try open("2026 全县")
        let view = try #require(m.state.report)
        #expect(view.year == 2026 && view.scope == .county)
        let lines = screen(m)
        #expect(lines[1].hasPrefix(">年度报告 2026"))
        #expect(lines.contains { $0.contains("[ok] 表三：一 + 二 = 三（七）+ 四：通过") })
        #expect(lines.contains { $0.contains("上年结转：2025 年报告尚未报送，未核对") })
        #expect(view.result?.report.applications[.received, .total] == 6)
        m.handle(.char("e"))                              // county figures are the units' sum
        #expect(m.state.report?.figuresForm == nil && m.state.message?.isError == true)
        m.handle(.escape)
        #expect(m.state.report == nil)
        m.handle(.char(":")); type(m, "report 2026 没有的单位"); m.handle(.enter)
        // One unit resolver: the candidates are listed.
        #expect(m.state.report == nil && m.state.message?.text.contains("不能确定为一个单位") == true)
        #expect(m.state.message?.text.contains("可选：") == true)
    }

    @Test func reportAt120x40() throws {
        let m = try open("2026 county")
        expectGolden(screen(m), "report-120x40")
        for _ in 0..<27 { m.handle(.char("j")) }
        expectGolden(screen(m), "report-table3-120x40")
    }

    @Test func figuresFormSavesThroughTheService() throws {
        let m = try open("2026 县教育局")
        #expect(m.state.report?.scope == .unit("edu"))
        m.handle(.char("e"))
        let form = try #require(m.state.report?.figuresForm)
        #expect(form.fields.map(\.text) == ["12", "3", "1", "12.3456"])
        #expect(m.state.unsavedChanges == 1)
        m.handle(.backspace); m.handle(.backspace); type(m, "２０")    // full-width digits from an IME
        m.handle(.tab); m.handle(.tab); m.handle(.tab)
        m.handle(.ctrl("u")); type(m, "1.23456")
        m.handle(.enter)                                                 // refused: 5 decimal places
        #expect(m.state.report?.figuresForm != nil && m.state.message?.text.contains("最多 4 位小数") == true)
        m.handle(.backspace)
        m.handle(.enter)
        #expect(m.state.report?.figuresForm == nil && m.state.unsavedChanges == 0)
        let f = try #require(m.state.report?.result?.report.proactive.figures)
        #expect(f.licensingDecisions == 20 && f.feeAmount == Decimal(string: "1.2345")!)
        #expect(screen(m).contains { $0.contains("（八）行政事业性收费（万元）") && $0.hasSuffix("1.2345") })
    }

    @Test func narrativeInputTakesChineseOnSeveralLines() throws {
        let m = try open("2026 县教育局")
        m.handle(.char("5"))
        #expect(m.state.report?.narrative?.section == .problems)
        type(m, "问题一")
        let frame = AppView.render(m.state)
        let caretRow = try #require(frame.cursor?.y)
        let line = frame.grid.textLines()[caretRow]
        let startX = TextWidth.of(String(line[..<line.range(of: "问题一")!.lowerBound]))
        #expect(frame.cursor?.x == startX + 6)     // caret after 3 CJK characters (2 cells each)
        m.handle(.enter); type(m, "改进：加强培训")
        m.handle(.ctrl("s"))
        #expect(m.state.report?.narrative == nil)
        #expect(m.state.report?.result?.report.problems == "问题一\n改进：加强培训")
        m.handle(.char("5"))
        m.handle(.up); m.handle(.end); type(m, "（已整改）")
        m.handle(.escape)                          // asks first: the typing is not dropped silently
        #expect(m.state.confirmation?.question == "年度报告文字有未保存的输入，放弃？y 放弃，其他键继续编辑")
        #expect(screen(m)[39].hasPrefix("年度报告文字有未保存的输入，放弃？"))
        m.handle(.char("n"))
        #expect(m.state.report?.narrative?.text.contains("（已整改）") == true)
        m.handle(.escape); m.handle(.char("y"))    // discarded
        #expect(m.state.report?.narrative == nil)
        #expect(m.state.report?.result?.report.problems == "问题一\n改进：加强培训")
    }

    @Test func filingAsksOnceAndMakesVersions() throws {
        let m = try open("2026 county")
        m.handle(.char("F"))
        #expect(m.state.confirmation?.step == .fileReport)
        #expect(screen(m)[39].hasPrefix("报送 ") && screen(m)[39].contains("2026") && screen(m)[39].contains("（第 1 版，报送后内容冻结）？y 确认"))
        m.handle(.char("n"))
        #expect(m.state.report?.result?.filedVersion == nil && m.state.message?.text.hasPrefix("已取消：报送") == true)
        m.handle(.char("F")); m.handle(.char("y"))
        #expect(m.state.report?.result?.filedVersion == 1)
        #expect(m.state.message?.text.contains("第 1 版") == true)
        m.handle(.char("F")); m.handle(.char("y"))
        #expect(m.state.report?.result?.filedVersion == 2)
        #expect(try service(m).filedReports(year: 2026, scope: .county).map(\.version) == [1, 2])
        m.handle(.char("H"))
        let history = try #require(m.state.history)
        #expect(history.itemId == "report-2026" && history.lines.filter { $0.hasSuffix(" 报送年度报告") }.count == 2)
        m.handle(.escape)
        #expect(m.state.history == nil && m.state.report != nil)
    }

    @Test func enterOnTheInboxDeadlineOpensTheReport() throws {
        requireUTF8Locale()
        let ws = try Workspace.inMemory()
        let today = CivilDate(iso: "2027-01-05")!
        let admin = GongkaiService(workspace: ws, actor: Actor(login: "li.ming", origin: "test"), today: { today })
        _ = try admin.initialize(demo: true, created: true)
        for (login, scope) in [("li.ming", ReportScope.county), ("zhao.edu", .unit("edu"))] {
            let s = GongkaiService(workspace: ws, actor: Actor(login: login, origin: "test"), today: { today })
            let m = AppModel(width: 120, height: 40, data: ServiceDataSource(service: s), workspaceDisplay: "~")
            m.handle(.char("i"))
            while m.state.inbox?.current?.id != "report-2026", m.state.inbox!.selected < m.state.inbox!.items.count - 1 {
                m.handle(.char("j"))
            }
            #expect(m.state.inbox?.current?.kind == .annualReportDue)
            m.handle(.enter)
            #expect(m.state.inbox == nil)
            #expect(m.state.report?.year == 2026 && m.state.report?.scope == scope, "\(login)")
        }
    }
}

@Suite("年度报告视图：窄终端 Report view, narrow")
struct ReportNarrowTests {
    /// wcwidth needs the UTF-8 locale before any width is measured (tests run in parallel).
    init() { requireUTF8Locale() }

    @Test func table3ScrollsSidewaysOnAnEightyColumnTerminal() throws {
        let m = try demoModel(width: 80, height: 24)
        m.execute(CommandLine(parsing: "report 2026 county")!)
        for _ in 0..<28 { m.handle(.char("j")) }
        let before = screen(m)
        #expect(!before.contains { $0.contains("总计") && $0.contains("其他") })
        for _ in 0..<10 { m.handle(.char("l")) }            // clamped at the widest line
        let shifted = screen(m)
        #expect(m.state.report!.hscroll > 0 && m.state.report!.hscroll < 80)
        #expect(shifted.contains { $0.contains("法律服务机构  其他  总计") })
        m.handle(.char("h")); m.handle(.left)
        #expect(m.state.report!.hscroll >= 0)
        expectGolden(shifted, "report-80x24-shifted")
    }
}
