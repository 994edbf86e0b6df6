import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai calendar add-workdays --from D --days N` — the N-th working day after D (C1), with the
/// skipped days (C7) and the provisional marker (C5).
struct CalendarAddWorkdays: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "add-workdays",
            abstract: CLIText.Help.CalendarAddWorkdays.abstract.text())
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(CLIText.Help.CalendarAddWorkdays.from, valueName: "DATE"))
    var from: String

    @Option(help: ArgumentHelp(CLIText.Help.CalendarAddWorkdays.days))
    var days: Int

    @Option(help: ArgumentHelp(CLIText.Help.Common.format))
    var format: OutputFormat = .text

    func run() throws {
        let start = try DateArgument.parse(from, option: "--from")
        let context = try WorkspaceContext.open(global, origin: "cli:calendar-add-workdays")
        let count = try context.service.addWorkdays(from: start, days: days)
        switch format {
        case .json:
            try Console.json(count)
        case .text:
            Console.out(count.due.iso + (count.provisional ? CLIText.Calendar.provisional.text([CLIText.list(count.missingYears.map(String.init))]) : ""))
            let skipped = count.skipped.map { "\($0.date) \($0.reason.displayName)" }
            if !skipped.isEmpty { Console.out(CLIText.Calendar.skipped.text([CLIText.list(skipped)])) }
        }
    }
}
