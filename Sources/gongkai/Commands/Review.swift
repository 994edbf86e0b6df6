import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai review list` — the review inbox: what waits for me, most urgent first.
struct Review: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "review",
            abstract: CLIText.Help.Review.abstract.text(),
            subcommands: [List.self])
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: CLIText.Help.Review.listAbstract.text())
        }

        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

        func run() throws {
            let context = try WorkspaceContext.open(global, origin: "cli:review list")
            let items = try context.service.reviewQueue()
            switch format {
            case .json: try Console.json(items)
            case .text:
                if items.isEmpty { Console.out(CLIText.Common.nothingToDo.text()) }
                for i in items {
                    Console.out("\(i.due?.iso ?? "----------")  \(i.kind.displayName)  \(i.id)  \(i.title)  — \(i.reason)")
                }
            }
        }
    }
}
