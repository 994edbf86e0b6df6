import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// The `:stats` view over the demo workspace (today 2026-11-27; li.ming is the admin of the
/// county office, zhao.edu a clerk of 县教育局).
@Suite("统计视图 Statistics view")
struct StatisticsViewTests {
    init() { requireUTF8Locale() }

    func run(_ m: AppModel, _ line: String) {
        m.handle(.char(":"))
        for c in line { m.handle(.char(c)) }
        m.handle(.enter)
    }

    func service(_ m: AppModel) -> GongkaiService { (m.data as! ServiceDataSource).service }

    @Test func opensForEveryUnitAndDrawsTheChartsAt120x40And80x24() throws {
        for (w, h) in [(120, 40), (80, 24)] {
            let m = try demoModel(width: w, height: h)
            run(m, "stats")
            let view = try #require(m.state.statistics)
            #expect(view.year == 2026 && view.result?.unitId == nil)
            let expected = try service(m).yearStatistics(year: 2026)
            #expect(view.result == expected)
            let lines = screen(m)
            #expect(lines[1].hasPrefix(">统计 2026"))
            #expect(lines[2].hasPrefix(" 2026 年统计  全部单位"))
            // The largest month's bar is the longest bar on the monthly chart.
            let top = expected.months.map { max($0.received, $0.answered) }.max()!
            #expect(top > 0)
            #expect(lines.contains { $0.contains("█") })
            expectGolden(lines, "stats-\(w)x\(h)")
            for l in lines { #expect(TextWidth.of(l) <= w) }
        }
    }

    @Test func scrollingShowsTheFormAndCatalogCharts() throws {
        let m = try demoModel(width: 80, height: 24)
        run(m, "stats 2026")
        for _ in 0..<40 { m.handle(.char("j")) }
        let lines = screen(m)
        expectGolden(lines, "stats-bottom-80x24")
        #expect(lines.contains { $0.contains("按目录栏目统计的已发布文件") })
        m.handle(.char("g"))
        #expect(m.state.statistics?.scroll == 0)
    }

    @Test func asciiBarsWhenTheConfigAsksForThem() throws {
        let m = try demoModel(width: 80, height: 24)
        m.state.barGlyphs = UserConfig.parse("bars = \"ascii\"", file: "config.toml").bars
        run(m, "stats")
        let lines = screen(m)
        #expect(lines.contains { $0.contains("#") })
        #expect(!lines.joined().contains { "█▏▎▍▌▋▊▉".contains($0) })
        expectGolden(lines, "stats-ascii-80x24")
    }

    @Test func yearAndUnitKeys() throws {
        let m = try demoModel(width: 120, height: 40)
        run(m, "stats 2026 河西乡")
        #expect(m.state.statistics?.result?.unitName == "河西乡")
        m.handle(.char("["))
        #expect(m.state.statistics?.year == 2025 && m.state.statistics?.result?.year == 2025)
        m.handle(.char("l")); m.handle(.char("]"))
        #expect(m.state.statistics?.year == 2027)
        m.handle(.char("]"))                                   // 2028 is refused: stays on 2027
        #expect(m.state.statistics?.year == 2027 && m.state.message?.isError == true)
        m.handle(.char("h"))
        #expect(m.state.statistics?.year == 2026)
        // u steps through every unit, then back to all units.
        let units = try service(m).units()
        var seen: [String?] = []
        for _ in 0...units.count {
            m.handle(.char("u"))
            seen.append(m.state.statistics?.result?.unitId)
        }
        #expect(Set(seen.compactMap { $0 }) == Set(units.map(\.id)))
        #expect(seen.contains { $0 == nil })
        m.handle(.escape)
        #expect(m.state.statistics == nil)
        run(m, "stats 2026 没有的单位")
        #expect(m.state.statistics == nil && m.state.message?.isError == true)
        run(m, "统计 河西乡")                                    // Chinese alias, this year
        #expect(m.state.statistics?.year == 2026 && m.state.statistics?.result?.unitId == "hexi")
    }

    @Test func aClerkSeesTheirOwnUnitOnly() throws {
        let m = try demoModel(width: 120, height: 40)
        let clerk = GongkaiService(workspace: service(m).workspace, actor: Actor(login: "zhao.edu", origin: "test"),
                                   today: { pinnedToday })
        let c = AppModel(width: 120, height: 40, data: ServiceDataSource(service: clerk), workspaceDisplay: "ws")
        run(c, "stats")
        #expect(c.state.statistics?.result?.unitId == "edu")
        c.handle(.char("u"))
        #expect(c.state.statistics?.result?.unitId == "edu" && c.state.message?.isError == true)
        c.handle(.escape)
        run(c, "stats 2026 county")
        #expect(c.state.statistics == nil && c.state.message?.isError == true)
    }

    @Test func reportAndStatisticsDoNotHideEachOther() throws {
        let m = try demoModel(width: 120, height: 40)
        run(m, "stats")
        run(m, "report 2026 county")                     // the report lies over the statistics
        #expect(m.state.report != nil && screen(m)[1].hasPrefix(">年度报告"))
        m.handle(.escape)
        #expect(m.state.report == nil && screen(m)[1].hasPrefix(">统计"))
        run(m, "report 2026 county")
        run(m, "stats 2025")                             // and the statistics replace the report
        #expect(m.state.report == nil && m.state.statistics?.year == 2025 && screen(m)[1].hasPrefix(">统计 2025"))
    }

    @Test func englishWords() throws {
        let m = try demoModel(width: 120, height: 40)
        run(m, "stats")
        let lines = UILanguage.$current.withValue(.en) { screen(m) }
        #expect(lines[1].hasPrefix(">Statistics 2026"))
        #expect(lines.contains { $0.contains("Applications received and answered per month") })
        #expect(lines.contains { $0.hasPrefix(" M11 ") })
    }
}
