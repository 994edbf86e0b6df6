import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

private func d(_ s: String) -> CivilDate { CivilDate(iso: s)! }

/// The demo workspace plus one overdue and one consulting application (today pinned 2026-11-27).
private func urgentModel(width: Int, height: Int) throws -> AppModel {
    try demoModel(width: width, height: height) { ws in
        let s = GongkaiService(workspace: ws, actor: Actor(login: "li.ming", origin: "test"), today: { pinnedToday })
        _ = try s.addApplication(NewApplication(received: d("2026-10-09"), channel: .inPerson, applicantType: .naturalPerson,
                                                applicantName: "欧阳娜娜", content: "申请公开某路段拓宽工程的征收补偿方案"))
        let c = try s.addApplication(NewApplication(received: d("2026-11-16"), channel: .fax, applicantType: .business,
                                                    applicantName: "县宏远物流有限公司", content: "申请公开物流园区规划"))
        _ = try s.recordEvent(applicationId: c.id, .consultStart(d("2026-11-18"), party: .agency))
    }
}

/// The demo workspace seen by `login` (li.ming: county office; wang.cg: 城关镇 clerk), with that
/// officer's service for reading back what the TUI wrote.
private func officerModel(_ login: String) throws -> (AppModel, GongkaiService) {
    requireUTF8Locale()
    let ws = try seededWorkspace()
    let service = GongkaiService(workspace: ws, actor: Actor(login: login, origin: "test"), today: { pinnedToday })
    return (AppModel(width: 80, height: 24, data: ServiceDataSource(service: service),
                     workspaceDisplay: "~/.local/share/gongkai/workspace.sqlite"), service)
}

private func type(_ m: AppModel, _ text: String) {
    for c in text { m.handle(.char(c)) }
}

private func rowIndex(_ lines: [String], _ id: String) -> Int? {
    lines.firstIndex { $0.contains(id) }
}

@Suite("申请窗格 Applications pane")
struct ApplicationsPaneTests {
    /// wcwidth needs the UTF-8 locale before any width is measured (tests run in parallel).
    init() { requireUTF8Locale() }

    @Test func listIsSortedByUrgencyWithColoursAt120x40() throws {
        let m = try urgentModel(width: 120, height: 40)
        m.handle(.char("4"))
        let lines = screen(m)
        expectGolden(lines, "applications-120x40")
        let frame = AppView.render(m.state)
        let pane = m.state.layout.panes[.applications]!
        // Overdue first and red (the selection is on it, so look at the second row's style too).
        let overdue = try #require(rowIndex(lines, "A2026-0007"))
        let dueToday = try #require(rowIndex(lines, "A2026-0001"))
        let replied = try #require(rowIndex(lines, "A2026-0005"))
        let consulting = try #require(rowIndex(lines, "A2026-0008"))
        #expect(overdue < dueToday && dueToday < consulting && consulting < replied)
        #expect(lines[overdue].contains("欧***") && !lines.joined().contains("欧阳娜娜"))
        #expect(lines[overdue].contains("逾期"))
        m.handle(.char("j"))
        let moved = AppView.render(m.state)
        #expect(moved.grid[pane.x + 3, overdue].style == .urgent)
        #expect(frame.grid[pane.x + 3, dueToday].style == .warning)      // 0 working days left
        #expect(frame.grid[pane.x + 3, replied].style == .muted)
        #expect(lines[consulting].contains("征求意见中"))
    }

    /// `Z` (放大) at 120×40: the 申请 pane alone over the whole body, its title marked, its last
    /// column (内容) taking the width the other panes had.
    @Test func zoomedApplicationsPaneAt120x40() throws {
        let m = try urgentModel(width: 120, height: 40)
        m.handle(.char("4"))
        m.handle(.char("Z"))
        let lines = screen(m)
        expectGolden(lines, "applications-zoomed-120x40")
        #expect(m.state.layout.panes == [.applications: Rect(x: 0, y: 1, width: 120, height: 37)])
        #expect(lines[1].hasPrefix(">4 申请  [1/") && lines[1].hasSuffix("放大"))
        // The catalog and its separator are gone; the content column runs to the right edge.
        #expect(!lines.joined().contains("1 目录  ["))
        let row = try #require(rowIndex(lines, "A2026-0006"))
        #expect(lines[row].hasSuffix("申请公开本人所在小区周边建设项目环评报告"))
        m.handle(.char("Z"))
        #expect(!screen(m).contains { $0.hasSuffix("申请公开本人所在小区周边建设项目环评报告") })
    }

    @Test func enterOpensTheDetailWithTimelineAndDerivation() throws {
        let m = try urgentModel(width: 80, height: 24)
        m.handle(.char("4"))
        m.execute(CommandLine(name: "search", argument: "物流"))
        #expect(m.state.lists[.applications]?.count == 1)
        m.handle(.enter)
        let lines = screen(m)
        expectGolden(lines, "applications-detail-80x24")
        #expect(lines.contains { $0.contains("申请详情 A2026-0008") })
        #expect(lines.contains { $0.contains("状态：征求意见中") })
        #expect(lines.contains { $0.contains("征求意见  对象：其他机关") })
        #expect(lines.contains { $0.contains("尚未返回，期限 2026-12-09") })
        m.handle(.escape)
        #expect(m.state.applications.detail == nil)
        #expect(!screen(m).contains { $0.contains("申请详情") })

        // A longer detail scrolls with j: the header leaves the top, the skipped days come into view.
        m.resize(width: 80, height: 16)
        m.execute(CommandLine(name: "search", argument: "欧阳"))
        m.handle(.enter)
        #expect(screen(m)[2].contains("欧阳娜娜"))
        #expect(screen(m).contains { $0.contains("状态：逾期") && $0.contains("已逾期 16 个工作日") })
        for _ in 0..<6 { m.handle(.char("j")) }
        let scrolled = screen(m)
        #expect(!scrolled[2].contains("欧阳娜娜"))
        m.handle(.char("G"))
        let end = screen(m)
        #expect(end.contains { $0.contains("2026-10-11 休息日") })
        #expect(end.contains { $0.contains("调休上班（计入）：2026-10-10") })
        #expect(end.contains { $0.contains("答复期限：2026-11-05") })
    }

    @Test func newApplicationFormTakesChineseAndShowsTheReceiptRule() throws {
        let m = try demoModel(width: 80, height: 24)
        m.handle(.char("4"))
        m.handle(.char("a"))
        #expect(m.state.applications.form?.purpose == .newApplication)
        #expect(m.state.applications.form?.value("received") == "2026-11-27")
        m.handle(.tab)
        m.handle(.right)                                   // 当面 → 邮寄(签收)
        m.handle(.tab)
        m.handle(.tab)
        type(m, "王小明")
        m.handle(.tab)
        type(m, "申请公开某镇预算")
        let frame = AppView.render(m.state, keymap: m.keymap)
        expectGolden(frame.grid.textLines(), "applications-form-80x24")
        #expect(frame.grid.textLines().contains { $0.contains("邮寄的，以行政机关签收之日为收到申请之日") })
        // The cursor sits after the typed text (IME candidate windows follow it).
        let contentRow = try #require(frame.grid.textLines().firstIndex { $0.contains("申请公开某镇预算") })
        #expect(frame.cursor?.y == contentRow)

        m.handle(.ctrl("s"))
        #expect(m.state.applications.form == nil)
        #expect(m.state.message?.text.hasPrefix("已登记申请 A2026-0007") == true)
        #expect(m.state.lists[.applications]?.count == 7)
        #expect(screen(m).contains { $0.contains("王**") })
        // The request just registered is selected (it sorts among older, more urgent ones), so the
        // next key acts on it: `c` opens its 补正告知, not another request's.
        let list = try #require(m.state.lists[.applications])
        #expect(list.row(at: list.selected)?.id == "A2026-0007")
        m.handle(.char("c"))
        #expect(m.state.applications.form?.purpose == .event(.clarifyRequest, applicationId: "A2026-0007"))
        // No label of the event form is cut at 80 columns (the label column fits the longest one).
        let eventForm = screen(m)
        #expect(eventForm.contains { $0.contains("越过规则理由（仅管理员）") }, "\(eventForm.joined(separator: "\n"))")
        #expect(eventForm.contains { $0.contains("*补正期限") })
    }

    /// 承办单位 is picked, never typed: the own unit first and chosen, only the units the officer may
    /// act for offered, a typed character jumps to a unit containing it, deleting does nothing.
    @Test func unitIsPickedFromTheUnitsTheOfficerMayActFor() throws {
        let (m, service) = try officerModel("li.ming")           // the county office: every unit
        m.handle(.char("4"))
        m.handle(.char("a"))
        for _ in 0..<5 { m.handle(.tab) }
        let units = try service.units().map(\.name)
        guard case .picker(let options)? = m.state.applications.form?.fields[5].kind else {
            Issue.record("承办单位 is not a picker"); return
        }
        #expect(options.first == "县人民政府办公室" && Set(options) == Set(units) && options.count == 9)
        #expect(m.state.applications.form?.value("unit") == "县人民政府办公室")
        type(m, "教")
        #expect(m.state.applications.form?.value("unit") == "县教育局")
        for key: Key in [.backspace, .ctrl("u"), .delete, .char("Q"), .char(" ")] { m.handle(key) }
        #expect(m.state.applications.form?.value("unit") == "县教育局")
        type(m, "镇")                                               // the next unit containing 镇
        #expect(m.state.applications.form?.value("unit") == "城关镇")
        type(m, "镇")
        #expect(m.state.applications.form?.value("unit") == "东山镇")
        m.handle(.right)
        #expect(m.state.applications.form?.value("unit") == "县人民政府办公室")   // wraps round
        type(m, "教")
        let lines = screen(m)
        expectGolden(lines, "applications-form-unit-80x24")
        #expect(lines.contains { $0.contains("Left/Right 或输入字选择（第 2/9 项）：上一项 县人民政府办公室") })
        m.handle(.backTab)
        type(m, "申请公开学校收费标准")
        m.handle(.backTab)
        type(m, "王小明")
        m.handle(.ctrl("s"))
        #expect(m.state.message?.isError == false)
        let added = try service.application(id: "A2026-0007")
        #expect(added.unitId == "edu" && added.unitName == "县教育局")
    }

    @Test func aTownshipClerkPicksOnlyTheirOwnUnit() throws {
        let (m, service) = try officerModel("wang.cg")
        m.handle(.char("4"))
        m.handle(.char("a"))
        for _ in 0..<5 { m.handle(.tab) }
        #expect(m.state.applications.form?.fields[5].kind == .picker(["城关镇"]))
        #expect(m.state.applications.form?.value("unit") == "城关镇")
        type(m, "县政府")
        m.handle(.right)
        m.handle(.backspace)
        #expect(m.state.applications.form?.value("unit") == "城关镇")
        m.handle(.backTab)
        type(m, "申请公开镇卫生院采购")
        m.handle(.backTab)
        type(m, "李四")
        m.handle(.ctrl("s"))
        #expect(m.state.message?.isError == false)
        let id = try #require(m.state.message?.text.firstMatch(of: /A\d{4}-\d{4}/).map { String($0.output) })
        #expect(try service.application(id: id).unitId == "chengguan")
    }

    @Test func formErrorsStayOnTheMessageLineAndNothingIsSaved() throws {
        let m = try demoModel(width: 80, height: 24)
        m.handle(.char("4"))
        m.handle(.char("a"))
        for _ in 0..<10 { m.handle(.backspace) }
        type(m, "2025-02-30")
        m.handle(.ctrl("s"))
        #expect(m.state.applications.form != nil)
        #expect(m.state.message?.isError == true)
        #expect(m.state.message?.text.contains("2025-02-30") == true)
        m.handle(.escape)                          // typed input: asks first
        #expect(m.state.applications.form != nil && m.state.confirmation?.step == .discard(.applicationForm))
        m.handle(.char("y"))
        #expect(m.state.applications.form == nil)
        #expect(m.state.lists[.applications]?.count == 6)
    }

    @Test func eventKeysRecordThroughTheServiceAndRefuseWhatTheRulesRefuse() throws {
        let m = try urgentModel(width: 120, height: 40)
        m.handle(.char("4"))
        m.execute(CommandLine(name: "search", argument: "A2026-0008"))
        // A reply while the consultation is open is refused; the form stays open.
        m.handle(.char("r"))
        #expect(m.state.applications.form?.purpose == .event(.reply, applicationId: "A2026-0008"))
        m.handle(.ctrl("s"))
        #expect(m.state.confirmation?.question.hasPrefix("答复（予以公开） A2026-0008《") == true)
        m.handle(.char("y"))
        #expect(m.state.message?.isError == true)
        #expect(m.state.message?.text.contains("征求意见尚未返回") == true)
        #expect(m.state.applications.form != nil)
        m.handle(.escape)
        // Record the answer, then the reply with an outcome picked by its Chinese name.
        m.handle(.char("S"))
        m.handle(.ctrl("s"))
        #expect(m.state.message?.isError == false)
        m.handle(.char("r"))
        m.handle(.tab)
        m.handle(.right)
        m.handle(.right)
        #expect(m.state.applications.form?.value("outcome") == "部分公开")
        let replyForm = screen(m)
        #expect(replyForm.contains { $0.contains("计入年度报告表三“三（二）部分公开”") })
        #expect(replyForm.contains { $0.contains("第 3/23 项") })
        m.handle(.ctrl("u"))
        type(m, "部分公开")
        m.handle(.ctrl("s"))
        #expect(m.state.applications.form != nil && m.state.confirmation != nil)   // 答复 asks first
        m.handle(.char("y"))
        #expect(m.state.applications.form == nil)
        #expect(m.state.message?.text.contains("已登记“答复”") == true)
        m.execute(CommandLine(name: "search"))
        m.execute(CommandLine(name: "filter", argument: "state 已答复"))
        #expect(m.state.lists[.applications]?.count == 3)
        m.execute(CommandLine(name: "filter", argument: "state 逾期"))
        #expect(m.state.lists[.applications]?.count == 1)
        m.execute(CommandLine(name: "filter", argument: "unit 县教育局"))
        #expect(m.state.lists[.applications]?.count == 0)
        #expect(screen(m).contains { $0.contains("没有符合筛选条件的申请") })
        m.execute(CommandLine(name: "filter"))
        #expect(m.state.lists[.applications]?.count == 8)
        m.execute(CommandLine(name: "filter", argument: "state 不存在"))
        #expect(m.state.message?.isError == true)
    }

    @Test func slashOpensASearchPromptAndHelpListsThePaneKeys() throws {
        let m = try demoModel(width: 120, height: 40)
        m.handle(.char("4"))
        m.handle(.char("/"))
        #expect(m.state.commandLine?.text == "search ")
        type(m, "征地")
        m.handle(.enter)
        #expect(m.state.lists[.applications]?.count == 1)
        let section = try #require(KeyReference.sections(keymap: m.keymap).first { $0.view == .applications })
        #expect(AppView.helpLines(keymap: m.keymap).contains(section.title))
        for (key, text) in [("a", "登记新的政府信息公开申请"), ("Enter", "打开所选申请的详情"),
                            ("c", "登记“补正告知”"), ("C", "登记“收到补正”"), ("s", "登记“征求意见”"),
                            ("S", "登记“意见返回”"), ("x", "登记“延期”"), ("r", "登记“答复”"),
                            ("w", "登记“撤回”"), ("/", "输入搜索词")] {
            #expect(section.entries.contains { $0.keys.contains(key) && $0.summary.contains(text) }, "\(key)")
        }
        // Outside the 申请 pane the letters keep their global meaning (none): nothing opens.
        m.handle(.char("1"))
        m.handle(.char("a"))
        #expect(m.state.applications.form == nil)
    }

    @Test func provisionalDueDatesAreMarkedAndRowsColouredByDaysLeft() {
        func item(state: ApplicationState, left: Int?, provisional: Bool) -> ApplicationListItem {
            ApplicationListItem(id: "A2026-0100", applicantType: .naturalPerson, applicantName: "张*", channel: .online,
                                received: d("2026-12-28"), content: "x", unitId: "u", unitName: "单位", state: state,
                                due: d("2027-01-26"), workdaysLeft: left, consultDeadline: nil, correctionDue: nil,
                                replyDate: nil, outcome: nil, provisional: provisional, missingYears: provisional ? [2027] : [])
        }
        #expect(ApplicationsPane.row(item(state: .processing, left: 20, provisional: true)).cells[5] == "2027-01-26?")
        #expect(ApplicationsPane.row(item(state: .processing, left: 20, provisional: false)).cells[5] == "2027-01-26")
        #expect(ApplicationsPane.row(item(state: .processing, left: 20, provisional: false)).emphasis == nil)
        #expect(ApplicationsPane.row(item(state: .extended, left: 3, provisional: false)).emphasis == .warning)
        #expect(ApplicationsPane.row(item(state: .processing, left: 4, provisional: false)).emphasis == nil)
        #expect(ApplicationsPane.row(item(state: .overdue, left: -1, provisional: false)).emphasis == .urgent)
        #expect(ApplicationsPane.row(item(state: .replied, left: nil, provisional: false)).emphasis == .muted)
    }

    @Test func detailWrappingKeepsDatesWholeAndPunctuationOffTheLineStart() {
        requireUTF8Locale()
        let lines = ApplicationsOverlay.wrapWords("第三方征求意见期限：2026-12-18（15 个工作日）", width: 24)
        #expect(lines.joined().replacingOccurrences(of: " ", with: "") == "第三方征求意见期限：2026-12-18（15个工作日）")
        #expect(lines.contains { $0.contains("2026-12-18") })
        #expect(lines.allSatisfy { TextWidth.of($0) <= 24 })
        let punct = ApplicationsOverlay.wrapWords("不计入答复期限（条例第三十二条、第三十四条）", width: 30)
        #expect(punct.count == 2 && !punct[1].hasPrefix("、"))
        #expect(punct.allSatisfy { TextWidth.of($0) <= 30 })
    }
}
