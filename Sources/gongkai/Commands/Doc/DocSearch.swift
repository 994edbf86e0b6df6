import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai doc search TERM` — full-text search over titles, 文号 and bodies, best first.
struct DocSearch: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "search", abstract: CLIText.Help.DocSearch.abstract.text())
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.Help.DocSearch.terms)) var terms: [String]
    @Option(help: ArgumentHelp(CLIText.Help.DocSearch.limit)) var limit = 50
    @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:doc search")
        let hits = try context.service.searchDocuments(terms.joined(separator: " "), limit: limit)
        switch format {
        case .json: try Console.json(hits)
        case .text:
            if hits.isEmpty { Console.out(CLIText.Common.notFound.text()) }
            for h in hits { Console.out("\(h.id)\t\(h.title)\n    \(h.snippet)") }
        }
    }
}
