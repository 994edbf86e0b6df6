import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// A form box owns the cells it covers and the column either side of its border: nothing of the
/// list below (a truncated row's `~`, half of a wide character) shows next to it (issue 22).
@Suite("表单边缘 Form box edges")
struct FormBoxEdgeTests {
    init() { requireUTF8Locale() }

    /// The demo workspace plus requests whose long contents are cut at the screen edge.
    func crowdedModel() throws -> AppModel {
        try demoModel(width: 80, height: 24) { ws in
            let s = GongkaiService(workspace: ws, actor: Actor(login: "li.ming", origin: "test"), today: { pinnedToday })
            for i in 1...16 {
                _ = try s.addApplication(NewApplication(received: CivilDate(iso: "2026-11-\(10 + i % 9)")!, channel: .inPerson,
                                                        applicantType: .naturalPerson, applicantName: "申请人\(i)",
                                                        content: "第\(i)号 申请公开本镇2026年农村危房改造补助对象名单及补助标准和发放情况"))
            }
        }
    }

    @Test func theApplicationFormHidesTheListsCutMarks() throws {
        let m = try crowdedModel()
        m.handle(.char("4"))
        let list = AppView.render(m.state, keymap: m.keymap).grid
        // Rows under the box end in a cut mark in the last column, or in a wide character.
        #expect((5...18).filter { list[79, $0].text == "~" }.count > 3, "the list has cut rows under the box")
        m.handle(.char("a"))
        let grid = AppView.render(m.state, keymap: m.keymap).grid
        let lines = grid.textLines()
        expectGolden(lines, "form-box-edge-80x24")
        let top = try #require(lines.firstIndex { $0.hasPrefix(" +- ") })
        let bottom = try #require(lines.lastIndex { $0.hasPrefix(" +--") })
        #expect(bottom - top > 10)
        for y in top...bottom {
            #expect(grid[0, y].text == " " && grid[79, y].text == " ", "row \(y): \(lines[y])")
            #expect(!grid[79, y].isContinuation && !grid[0, y].isContinuation)
        }
    }

    @Test func aBoxOwnsTheColumnBesideItsBorderAndAWideCharacterItSplits() {
        var grid = CellGrid(width: 12, height: 4)
        for y in 0..<4 { grid.put("中文中文中文", x: 0, y: y) }
        grid.drawBox(x: 3, y: 0, width: 6, height: 4)
        // Columns 2 and 9 are blank; 中 at 0–1 stays whole; 10–11 hold the last 文 whole.
        #expect(grid.textLines() == ["中 +----+ 文", "中 |    | 文", "中 |    | 文", "中 +----+ 文"])
    }

    /// Key hints on a title row keep whole items (found in tmux: the editor's title ended in `F~`).
    @Test func keyHintsKeepWholeItems() throws {
        #expect(HintFit.fitting("C-s 保存  Esc 退出  Tab 下一项", width: 40) == "C-s 保存  Esc 退出  Tab 下一项")
        #expect(HintFit.fitting("C-s 保存  Esc 退出  Tab 下一项", width: 20) == "C-s 保存  Esc 退出")
        #expect(HintFit.fitting("C-s 保存  Esc 退出", width: 5).isEmpty)
        let m = try demoModel(width: 80, height: 24)
        m.handle(.char("2")); m.handle(.enter)
        let title = screen(m)[1]
        #expect(title.contains("C-s 保存") && !title.hasSuffix("~"), "\(title)")
    }

    /// A form note wraps before （C3） rather than inside it (found in tmux: “（C” / “3）。”).
    @Test func aNoteNeverSplitsAWordTakenAlongBeforeClosingPunctuation() {
        #expect(ApplicationsOverlay.wrapWords("一二三（C3）。", width: 10) == ["一二三", "（C3）。"])
        #expect(ApplicationsOverlay.wrapWords("一二三四，五", width: 8) == ["一二三", "四，五"])
        let note = TUIText.Applications.clarifyRestartNote.zh
        for width in 20...80 {
            let lines = ApplicationsOverlay.wrapWords(note, width: width)
            #expect(lines.allSatisfy { TextWidth.of($0) <= width })
            #expect(!lines.contains { $0.hasSuffix("（C") || $0.hasPrefix("3）") }, "width \(width): \(lines)")
        }
    }

    /// The register's title row keeps whole key hints too (found in tmux: “Enter 详情  H” cut).
    @Test func theRegisterTitleKeepsWholeHints() throws {
        let m = try demoModel(width: 80, height: 24)
        m.handle(.char(":")); for c in "duties" { m.handle(.char(c)) }; m.handle(.enter)
        let title = screen(m)[1]
        #expect(title.hasPrefix(">权责清单") && title.contains("a 新增"))
        #expect(!title.hasSuffix(" H") && !title.hasSuffix("~"), "\(title)")
        #expect(TextWidth.of(title) <= 80)
    }

    /// …and so does the inbox's (found in tmux: “A 批量签发  u” cut).
    @Test func theInboxTitleKeepsWholeHints() throws {
        let m = try demoModel(width: 80, height: 24)
        m.handle(.char("i"))
        let title = screen(m)[1]
        #expect(title.hasPrefix(">待办  [1/") && title.contains("Enter 阅读"))
        #expect(!title.hasSuffix(" u") && TextWidth.of(title) <= 80, "\(title)")
    }
}
