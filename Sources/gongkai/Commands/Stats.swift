import ArgumentParser
import Foundation
import GongkaiCore
import GongkaiStore
import GongkaiTUI

/// `gongkai stats` — the statistics view's figures and bar charts on the command line.
struct Stats: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "stats",
            abstract: CLIText.Help.Stats.abstract.text(),
            discussion: CLIText.Help.Stats.discussion.text())
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(CLIText.Help.Stats.year, valueName: "YEAR"))
    var year: Int?

    @Option(help: ArgumentHelp(CLIText.Help.Stats.unit, valueName: "UNIT"))
    var unit: String?

    @Option(help: ArgumentHelp(CLIText.Help.Common.format))
    var format: OutputFormat = .text

    @Option(help: ArgumentHelp(CLIText.Help.Stats.width, valueName: "COLUMNS"))
    var width: Int = 80

    @Option(help: ArgumentHelp(CLIText.Help.Stats.bars, valueName: "GLYPHS"))
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
