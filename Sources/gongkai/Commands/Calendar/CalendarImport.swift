import ArgumentParser
import Foundation
import GongkaiCore
import GongkaiStore

/// `gongkai calendar import FILE` — the administrator enters a year's State Council arrangement
/// from a TOML or JSON file; open applications are recomputed (C5, C7).
struct CalendarImport: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "import",
            abstract: CLIText.Help.CalendarImport.abstract.text(),
            discussion: CLIText.Help.CalendarImport.discussion.text())
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(CLIText.Help.CalendarImport.file))
    var file: String

    @Option(help: ArgumentHelp(CLIText.Help.Common.format))
    var format: OutputFormat = .text

    func run() throws {
        guard let data = (try? OfficerSide.files.read(file)) else {
            throw CLIError(CLIText.Common.cannotReadFile.text([file]))
        }
        let arrangement = try ArrangementFile.parse(data, fileName: file)
        let context = try WorkspaceContext.open(global, origin: "cli:calendar-import")
        let report = try context.service.importArrangement(arrangement)
        switch format {
        case .json:
            try Console.json(report)
        case .text:
            let what: String
            switch report.replaced {
            case .builtIn: what = CLIText.Calendar.replacedBuiltIn.text(["\(report.year)"])
            case .imported: what = CLIText.Calendar.replacedImported.text(["\(report.year)"])
            case .missing: what = CLIText.Calendar.entered.text(["\(report.year)"])
            }
            Console.out(CLIText.Calendar.importSummary.text([what, "\(arrangement.daysOff.count)", "\(arrangement.makeUpWorkdays.count)"]))
            Console.out(CLIText.Calendar.recomputed.text(["\(report.recomputedOpenApplications)"]))
        }
    }
}
