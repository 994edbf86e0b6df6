import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai app list` — the ledger by urgency (overdue first), with filters.
struct AppList: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "list", abstract: CLIText.Help.AppList.abstract.text())
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(CLIText.Help.AppList.state))
    var state: String?

    @Option(name: .customLong("due-within"), help: ArgumentHelp(CLIText.Help.AppList.dueWithin))
    var dueWithin: Int?

    @Flag(help: ArgumentHelp(CLIText.Help.AppList.overdue))
    var overdue = false

    @Option(help: ArgumentHelp(CLIText.Help.AppList.unit))
    var unit: String?

    @Option(help: ArgumentHelp(CLIText.Help.AppList.search))
    var search: String?

    @Option(help: ArgumentHelp(CLIText.Help.AppList.limit))
    var limit: Int = 200

    @Option(help: ArgumentHelp(CLIText.Help.AppList.offset))
    var offset: Int = 0

    @Option(help: ArgumentHelp(CLIText.Help.Common.format))
    var format: OutputFormat = .text

    func run() throws {
        let query = ApplicationQuery(
            state: try state.map { try DateArgument.code($0, ApplicationState.self, option: "--state") },
            dueWithin: dueWithin, overdue: overdue, unit: unit, search: search, offset: offset, limit: limit)
        let context = try WorkspaceContext.open(global, origin: "cli:app-list")
        let page = try context.service.listApplications(query)
        switch format {
        case .json:
            try Console.json(page)
        case .text:
            Console.out(CLIText.Common.total.text(["\(page.total)"]))
            if !page.items.isEmpty {
                Console.out(CLIText.Applications.listHeader.text())
            }
            for a in page.items {
                let left = a.workdaysLeft.map { $0 < 0 ? CLIText.Applications.overdueDays.text(["\(-$0)"]) : CLIText.Applications.daysLeft.text(["\($0)"]) } ?? "-"
                let due = a.due.map { ProvisionalDate.text($0, provisional: a.provisional) } ?? a.consultDeadline.map { CLIText.Applications.consultDue.text(["\($0)"]) }
                    ?? a.correctionDue.map { CLIText.Applications.correctionDue.text(["\($0)"]) } ?? "-"
                Console.out([a.id, a.applicantName, a.received.iso, a.state.displayName, left, due,
                             a.unitName, a.content].joined(separator: "\t")
                            + (a.provisional ? "\t" + CLIText.Applications.provisionalYears.text([CLIText.list(a.missingYears.map(String.init))]) : ""))
            }
        }
    }
}
