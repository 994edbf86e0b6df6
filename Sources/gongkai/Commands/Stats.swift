import ArgumentParser
import Foundation
import GongkaiCore
import GongkaiStore
import GongkaiTUI

/// `gongkai stats` — the statistics view's figures and bar charts on the command line.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "统计：每月收到与答复的申请、逾期率、按形式的政策解读、按目录栏目的已发布文件（条形图）。Statistics.",
        discussion: """
            逾期率 =（逾期答复 + 逾期未答复）÷（已答复 + 逾期未答复），统计截止日为 12 月 31 日（当年为今天）；
            算法见 Docs/统计.md。经办人、审核人只能统计本单位；县政府办公室可统计任一单位（--unit）或全县（默认）。
            Overdue rate = (answered late + open past due) / (answered + open past due); see Docs/统计.md.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("统计年度（默认今年）。Year.", valueName: "YEAR"))
    var year: Int?

    @Option(help: ArgumentHelp("单位名称或编号；全县写 county（默认：本单位，县政府办公室为全县）。Unit.", valueName: "UNIT"))
    var unit: String?

    @Option(help: "输出格式 text|json。")
    var format: OutputFormat = .text

    @Option(help: ArgumentHelp("文字图表的宽度（默认 80）。Chart width.", valueName: "COLUMNS"))
    var width: Int = 80

    @Option(help: ArgumentHelp("条形字符 blocks|ascii（默认取设置文件的 bars，否则 blocks）。Bar glyphs.", valueName: "GLYPHS"))
    var bars: BarChart.Glyphs?

    /// The chart's width is a number for this command only: 40 to 1 000 columns.
    func validate() throws {
        guard (40...1_000).contains(width) else {
            throw ValidationError(CLIText.Common.outOfRange.text(["--width", "\(width)", "40", "1000"]))
        }
    }

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:stats")
        let y = year ?? context.service.today().year
        let s = try context.service.yearStatistics(year: y, unit: unit)
        switch format {
        case .json:
            try Console.json(s)
        case .text:
            let glyphs = bars ?? UserConfig.load(path: UserConfig.defaultPath(environment: ProcessInfo.processInfo.environment)).bars
            for line in StatisticsChart.lines(s, width: max(40, width), glyphs: glyphs) { Console.out(line.text) }
        }
    }
}

extension BarChart.Glyphs: ExpressibleByArgument {}
