import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai doc list` — documents, newest first, with the 第二十六条 publication due date.
struct DocList: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: CLIText.Help.DocList.abstract.text())
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(CLIText.Help.DocList.state)) var state: String?
    @Flag(help: ArgumentHelp(CLIText.Help.DocList.overdue)) var overdue = false
    @Option(help: ArgumentHelp(CLIText.Help.DocList.unit)) var unit: String?
    @Option(help: ArgumentHelp(CLIText.Help.DocList.offset)) var offset = 0
    @Option(help: ArgumentHelp(CLIText.Help.DocList.limit)) var limit = 100
    @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

    func run() throws {
        let query = DocumentQuery(state: try state.map { try DateArgument.code($0, DocumentState.self, option: "--state") },
                                  overdue: overdue, unit: unit, offset: offset, limit: limit)
        let context = try WorkspaceContext.open(global, origin: "cli:doc list")
        let page = try context.service.listDocuments(query)
        switch format {
        case .json: try Console.json(page)
        case .text:
            Console.out(CLIText.Common.total.text(["\(page.total)"]))
            for d in page.items {
                let due = d.publishDue.map { $0.iso + (d.overdue ? CLIText.Documents.overdueMark.text() : "") } ?? "-"
                Console.out([d.id, d.state.displayName, d.attribute?.displayName ?? CLIText.Documents.undecided.text(), d.formed.iso, due,
                             d.unitName, d.docNumber ?? "-", d.title].joined(separator: "\t"))
            }
        }
    }
}
