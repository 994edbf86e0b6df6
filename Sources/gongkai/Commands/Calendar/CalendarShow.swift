import ArgumentParser
import GongkaiStore

/// `gongkai calendar show YEAR` — one year's arrangement and where it comes from (C5).
struct CalendarShow: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "show", abstract: CLIText.Help.CalendarShow.abstract.text())
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(CLIText.Help.CalendarShow.year))
    var year: Int

    @Option(help: ArgumentHelp(CLIText.Help.Common.format))
    var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:calendar-show")
        let y = try context.service.calendarYear(year)
        switch format {
        case .json:
            try Console.json(y)
        case .text:
            Console.out(CLIText.Calendar.yearTitle.text(["\(y.year)", y.source.displayName]))
            if y.provisional {
                Console.out(CLIText.Calendar.notEntered.text(["\(y.year)"]))
                if !y.estimatedHolidays.isEmpty {
                    Console.out(CLIText.Calendar.estimated.text([CLIText.list(y.estimatedHolidays)]))
                }
                return
            }
            if let n = y.notice { Console.out(CLIText.Calendar.notice.text([n, y.noticeDate?.iso ?? ""])) }
            Console.out(CLIText.Calendar.daysOff.text([CLIText.list(y.daysOff)]))
            Console.out(CLIText.Calendar.makeUpDays.text([y.makeUpWorkdays.isEmpty ? CLIText.Common.none.text() : CLIText.list(y.makeUpWorkdays)]))
            if let at = y.importedAt { Console.out(CLIText.Calendar.imported.text(["\(at)", y.importedBy ?? ""])) }
        }
    }
}
