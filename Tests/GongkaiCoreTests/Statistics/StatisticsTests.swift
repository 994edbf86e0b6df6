import Testing
@testable import GongkaiCore


@Suite("统计 Statistics")
struct StatisticsTests {
    @Test func ordinalRuleAgreesWithTheDeadlineClockDayByDay() {
        // Every receipt day of 2024-12-01…2026-02-28 (New Year, 春节, 国庆 and make-up Saturdays)
        // against every day up to 45 days later, including rest days right after the due day.
        let cal = WorkdayCalendar.builtIn
        let table = WorkdayOrdinals(from: d("2024-11-20"), through: d("2026-05-31"), calendar: cal)
        var r = d("2024-12-01")
        var checked = 0, past = 0
        while r <= d("2026-02-28") {
            let due = DeadlineClock.evaluate(received: r, events: [], today: r, calendar: cal).due!
            for offset in 0...45 {
                let day = r.adding(days: offset)
                let expected = day > due
                #expect(table.isPastDue(received: r, day: day) == expected, "received \(r) day \(day) due \(due)")
                // The reply rule is the same comparison the clock makes for repliedLate.
                if offset % 7 == 0 {
                    let s = DeadlineClock.evaluate(received: r, events: [.reply(day, outcome: .granted)], today: day,
                                                   calendar: cal)
                    #expect(s.repliedLate == expected)
                }
                checked += 1
                if expected { past += 1 }
            }
            r = r.adding(days: 1)
        }
        #expect(checked > 10_000 && past > 1_000)
        #expect(table.key(d("2024-11-19")) == nil && table.isPastDue(received: d("2026-05-01"), day: d("2026-06-01")) == nil)
    }

    @Test func ordinalJSONListsEveryDay() {
        let t = WorkdayOrdinals(from: d("2025-09-26"), through: d("2025-09-29"), calendar: .builtIn)
        // Fri (work) 2, Sat 2025-09-27 rest 3, Sun 2025-09-28 make-up working day 4, Mon 6.
        #expect(t.json == #"{"2025-09-26":2,"2025-09-27":3,"2025-09-28":4,"2025-09-29":6}"#)
    }

    @Test func barsUseEighthsAndStayInsideTheirWidth() {
        #expect(BarChart.bar(10, maximum: 10, width: 4) == "████")
        #expect(BarChart.bar(5, maximum: 10, width: 4) == "██")
        #expect(BarChart.bar(1, maximum: 8, width: 1) == "▏")
        #expect(BarChart.bar(3, maximum: 8, width: 2) == "▊")          // 6 eighths
        #expect(BarChart.bar(9, maximum: 16, width: 2) == "█▏")         // 9 eighths
        #expect(BarChart.bar(1, maximum: 1000, width: 10) == "▏")       // tiny but not zero: visible
        #expect(BarChart.bar(0, maximum: 10, width: 10) == "")
        #expect(BarChart.bar(20, maximum: 10, width: 3) == "███")       // clipped to the scale
        #expect(BarChart.bar(5, maximum: 10, width: 4, glyphs: .ascii) == "##")
        #expect(BarChart.bar(1, maximum: 1000, width: 10, glyphs: .ascii) == "#")
        for v in 0...40 {
            #expect(BarChart.bar(v, maximum: 40, width: 7).count <= 7)
        }
    }

    /// The dataset of the store test, as plain records (see StatisticsServiceTests).
    static func applications() -> [StatisticsInput.Application] {
        func reply(_ s: String) -> ApplicationEvent { .reply(d(s), outcome: .granted) }
        return [
            .init(received: d("2025-01-31"), events: [reply("2025-02-05")]),
            .init(received: d("2025-02-01"), events: [reply("2025-03-20")]),                 // due 02-28: late
            .init(received: d("2025-09-26"), events: [reply("2025-10-30")]),                 // due day: on time
            .init(received: d("2025-09-26"), events: [reply("2025-10-31")]),                 // a day late
            .init(received: d("2025-09-26"), events: [.extend(d("2025-10-20"), days: 5, approver: "王主任"),
                                                      reply("2025-11-05")]),                 // due 11-06
            .init(received: d("2025-09-26"), events: [.extend(d("2025-10-20"), days: 5, approver: "王主任"),
                                                      reply("2025-11-07")]),                 // late
            .init(received: d("2024-12-02"), events: [reply("2025-01-10")]),                 // due 2024-12-30
            .init(received: d("2025-06-02"), events: [.withdraw(d("2025-06-10"))]),
            .init(received: d("2025-12-31"), events: []),
            .init(received: d("2025-11-03"), events: []),                                    // due 12-01: overdue
            .init(received: d("2025-12-20"), events: []),
        ]
    }

    @Test func yearFiguresMonthBoundariesAndOverdue() {
        let s = YearStatistics.compute(year: 2025, today: d("2026-11-27"), applications: Self.applications(),
                                       interpretations: [], documents: [], calendar: .builtIn)
        #expect(s.asOf == d("2025-12-31"))
        #expect(s.months.map(\.received) == [1, 1, 0, 0, 0, 1, 0, 0, 4, 0, 1, 2])
        #expect(s.months.map(\.answered) == [1, 1, 1, 0, 0, 0, 0, 0, 0, 2, 2, 0])
        #expect(s.overdue == OverdueRate(answered: 7, answeredLate: 4, openOverdue: 1))
        #expect(s.overdue.rate == 5.0 / 8.0)
        // 2024: the December application was open and past its due date (2024-12-30) on 12-31.
        let y24 = YearStatistics.compute(year: 2024, today: d("2026-11-27"), applications: Self.applications(),
                                         interpretations: [], documents: [], calendar: .builtIn)
        #expect(y24.overdue == OverdueRate(answered: 0, answeredLate: 0, openOverdue: 1))
        #expect(y24.overdue.rate == 1.0)
        // While the year runs, the reference day is today: on 2025-11-20 the November one is still in time.
        let running = YearStatistics.compute(year: 2025, today: d("2025-11-20"), applications: Self.applications(),
                                             interpretations: [], documents: [], calendar: .builtIn)
        #expect(running.asOf == d("2025-11-20"))
        #expect(running.overdue == OverdueRate(answered: 7, answeredLate: 4, openOverdue: 0))
        #expect(OverdueRate().rate == nil)
    }

    @Test func formsAndAreasCountOncePerNameAndSortByCount() {
        let s = YearStatistics.compute(
            year: 2025, today: d("2026-01-05"), applications: [],
            interpretations: [.init(published: d("2025-03-01"), forms: [.text, .graphic]),
                              .init(published: d("2025-12-31"), forms: [.graphic, .graphic]),
                              .init(published: d("2026-01-01"), forms: [.video])],
            documents: [.init(published: d("2025-01-01"), areas: [("a", "政府文件"), ("a", "政府文件"), ("b", "法定主动公开内容")]),
                        .init(published: d("2025-05-05"), areas: [("b", "法定主动公开内容")]),
                        .init(published: d("2025-06-06"), areas: []),
                        .init(published: d("2024-12-31"), areas: [("a", "政府文件")])],
            calendar: .builtIn)
        #expect(s.interpretationsPublished == 2)
        #expect(s.byForm == [.init(form: .graphic, count: 2), .init(form: .text, count: 1)])
        #expect(s.documentsPublished == 3)
        #expect(s.byArea.map(\.name) == ["法定主动公开内容", "政府文件", "未归目录"])
        #expect(s.byArea.map(\.count) == [2, 1, 1])
    }

    @Test func chartLinesFitTheWidthAndScaleToTheLargest() {
        var s = YearStatistics.compute(year: 2025, today: d("2026-11-27"), applications: Self.applications(),
                                       interpretations: [.init(published: d("2025-03-01"), forms: [.text])],
                                       documents: [], calendar: .builtIn)
        s.unitName = "县教育局"
        for width in [60, 80, 120] {
            let lines = StatisticsChart.lines(s, width: width)
            for l in lines { #expect(ReportTextWidth.width(of: l.text) <= width, "\(width): \(l.text)") }
            // September's 4 received is the largest monthly value: its bar is the longest one.
            let sep = lines.first { $0.text.hasPrefix("9月") }!.text
            let full = (width - 4 - 1 - 2 - 1) / 2 - 4 - 1 - 1 - 1
            #expect(sep.contains(String(repeating: "█", count: full)))
        }
        let text = StatisticsChart.lines(s, width: 80).map(\.text)
        #expect(text[0].hasPrefix("2025 年统计  县教育局"))
        #expect(text.contains("已答复 7 件，其中逾期答复 4 件；逾期未答复 1 件"))
        #expect(text.contains { $0.hasPrefix("逾期率 62.5% ") })
        #expect(text.contains { $0.hasPrefix("文字解读 ") && $0.hasSuffix(" 1") })
        let ascii = StatisticsChart.lines(s, width: 80, glyphs: .ascii).map(\.text).joined()
        #expect(!ascii.contains("█") && ascii.contains("####"))
    }
}
