import ArgumentParser
import GongkaiStore

/// `gongkai calendar show YEAR` — one year's arrangement and where it comes from (C5).
struct CalendarShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "显示某年的节假日安排。Show a year's holiday arrangement.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "年度，如 2026。")
    var year: Int

    @Option(help: "输出格式 text|json。")
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
