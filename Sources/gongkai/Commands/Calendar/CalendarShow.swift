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
            Console.out(G.Calendar.yearTitle.text(["\(y.year)", y.source.displayName]))
            if y.provisional {
                Console.out(G.Calendar.notEntered.text(["\(y.year)"]))
                if !y.estimatedHolidays.isEmpty {
                    Console.out(G.Calendar.estimated.text([G.list(y.estimatedHolidays)]))
                }
                return
            }
            if let n = y.notice { Console.out(G.Calendar.notice.text([n, y.noticeDate?.iso ?? ""])) }
            Console.out(G.Calendar.daysOff.text([G.list(y.daysOff)]))
            Console.out(G.Calendar.makeUpDays.text([y.makeUpWorkdays.isEmpty ? G.Common.none.text() : G.list(y.makeUpWorkdays)]))
            if let at = y.importedAt { Console.out(G.Calendar.imported.text(["\(at)", y.importedBy ?? ""])) }
        }
    }
}
