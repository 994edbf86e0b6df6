import Foundation

/// 统计图 — the statistics as text lines with bar charts, for `gongkai stats --format text` and
/// the `:stats` view (which passes its own words and width measure). Bars are scaled so the
/// largest value of each chart fills the room left after the labels and numbers.
public enum StatisticsChart {
    /// The words of the charts (the TUI gives them in the interface language).
    public struct Labels: Sendable {
        public var title: String              // {1} year, {2} unit
        public var allUnits: String
        public var asOf: String               // {1} date
        public var monthly: String
        public var received: String
        public var answered: String
        public var monthName: String          // {1} month number
        public var overdue: String
        public var overdueLine: String        // {1} answered {2} late {3} open overdue
        public var rate: String               // {1} percentage
        public var noRate: String
        public var forms: String              // {1} total
        public var areas: String              // {1} total
        public var none: String
        public var provisional: String        // {1} years
        /// {1} 补正告知超期 count (C9).
        public var lateClarify: String = "补正告知超期（晚于收到申请后 7 个工作日）{1} 件"
        public var formName: @Sendable (InterpretationForm) -> String
        public var areaName: @Sendable (YearStatistics.AreaCount) -> String

        public static let chinese = Labels(
            title: "{1} 年统计  {2}", allUnits: "全部单位", asOf: "统计截止 {1}",
            monthly: "每月收到与答复的申请", received: "收到", answered: "答复", monthName: "{1}月",
            overdue: "逾期情况", overdueLine: "已答复 {1} 件，其中逾期答复 {2} 件；逾期未答复 {3} 件",
            rate: "逾期率 {1}", noRate: "逾期率 -（没有可计的申请）",
            forms: "按形式统计的政策解读（共 {1} 条）", areas: "按目录栏目统计的已发布文件（共 {1} 件）",
            none: "（无）", provisional: "注意：{1} 年没有节假日安排，逾期按周一至周五暂计",
            formName: { $0.chineseName }, areaName: { $0.name })
    }

    /// One line and what it is (the TUI styles headings apart).
    public struct Line: Hashable, Sendable {
        public enum Kind: Hashable, Sendable { case title, heading, bar, text, warning, blank }
        public var text: String
        public var kind: Kind
    }

    /// `{1}`, `{2}` … replaced by `args`.
    static func fill(_ format: String, _ args: [String]) -> String {
        var s = format
        for (i, a) in args.enumerated() { s = s.replacingOccurrences(of: "{\(i + 1)}", with: a) }
        return s
    }

    /// The overdue rate as a percentage with one decimal.
    public static func percent(_ rate: Double) -> String { String(format: "%.1f%%", rate * 100) }

    /// All charts as lines no wider than `width` cells (`measure` gives a string's cells).
    public static func lines(_ s: YearStatistics, width: Int, glyphs: BarChart.Glyphs = .blocks,
                             labels l: Labels = .chinese,
                             measure: (String) -> Int = { ReportTextWidth.width(of: $0) }) -> [Line] {
        func pad(_ t: String, _ w: Int, right: Bool = false) -> String {
            let gap = String(repeating: " ", count: max(0, w - measure(t)))
            return right ? gap + t : t + gap
        }
        var out: [Line] = []
        out.append(Line(text: fill(l.title, [String(s.year), s.unitName ?? l.allUnits]) + "    "
                        + fill(l.asOf, [s.asOf.iso]), kind: .title))
        if !s.provisionalYears.isEmpty {
            out.append(Line(text: fill(l.provisional, [s.provisionalYears.map(String.init).joined(separator: "、")]),
                            kind: .warning))
        }

        // 每月收到与答复: one row per month, two bars side by side on one scale.
        out.append(Line(text: "", kind: .blank))
        out.append(Line(text: l.monthly + "  (" + l.received + " \(s.totalReceived) / " + l.answered
                        + " \(s.totalAnswered))", kind: .heading))
        let monthLabels = s.months.map { fill(l.monthName, [String($0.month)]) }
        let mw = monthLabels.map(measure).max() ?? 4
        let tags = [l.received, l.answered]
        let tw = tags.map(measure).max() ?? 4
        let top = s.months.flatMap { [$0.received, $0.answered] }.max() ?? 0
        let nw = max(1, String(top).count)
        // label ␣ (tag ␣ bar ␣ number) ×2 with two spaces between the halves.
        let half = (width - mw - 1 - 2 - 1) / 2
        let bw = max(1, half - tw - 1 - 1 - nw)
        for (m, label) in zip(s.months, monthLabels) {
            var t = pad(label, mw) + " "
            for (i, v) in [m.received, m.answered].enumerated() {
                t += pad(tags[i], tw) + " " + pad(BarChart.bar(v, maximum: top, width: bw, glyphs: glyphs), bw)
                    + " " + pad(String(v), nw, right: true)
                if i == 0 { t += "  " }
            }
            out.append(Line(text: t, kind: .bar))
        }

        // 逾期
        out.append(Line(text: "", kind: .blank))
        out.append(Line(text: l.overdue, kind: .heading))
        out.append(Line(text: fill(l.overdueLine, [String(s.overdue.answered), String(s.overdue.answeredLate),
                                                   String(s.overdue.openOverdue)]), kind: .text))
        if let r = s.overdue.rate {
            let label = fill(l.rate, [percent(r)]) + " "
            let bw = max(1, width - measure(label) - 2)
            let bar = BarChart.bar(Int((r * 1000).rounded()), maximum: 1000, width: bw, glyphs: glyphs)
            out.append(Line(text: bar.isEmpty ? String(label.dropLast()) : label + bar, kind: .bar))
        } else {
            out.append(Line(text: l.noRate, kind: .text))
        }
        if s.lateClarifyNotices > 0 {
            out.append(Line(text: fill(l.lateClarify, [String(s.lateClarifyNotices)]), kind: .warning))
        }

        // 解读形式 and 目录栏目: one bar per name.
        func chart(_ heading: String, _ rows: [(String, Int)]) {
            out.append(Line(text: "", kind: .blank))
            out.append(Line(text: heading, kind: .heading))
            guard !rows.isEmpty else { return out.append(Line(text: l.none, kind: .text)) }
            let lw = min(rows.map { measure($0.0) }.max() ?? 4, max(4, width / 3))
            let top = rows.map(\.1).max() ?? 0
            let nw = String(top).count
            let bw = max(1, width - lw - 1 - 1 - 1 - nw)
            for (name, v) in rows {
                let shown = measure(name) > lw ? truncate(name, lw, measure) : name
                out.append(Line(text: pad(shown, lw) + " " + pad(BarChart.bar(v, maximum: top, width: bw, glyphs: glyphs), bw)
                                + " " + pad(String(v), nw, right: true), kind: .bar))
            }
        }
        chart(fill(l.forms, [String(s.interpretationsPublished)]), s.byForm.map { (l.formName($0.form), $0.count) })
        chart(fill(l.areas, [String(s.documentsPublished)]), s.byArea.map { (l.areaName($0), $0.count) })
        return out
    }

    /// `text` cut to `cells` with a `~` at the end (the project's truncation mark).
    static func truncate(_ text: String, _ cells: Int, _ measure: (String) -> Int) -> String {
        var out = ""
        for c in text {
            if measure(out + String(c)) > cells - 1 { break }
            out.append(c)
        }
        return out + "~"
    }
}
