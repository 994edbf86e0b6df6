import ArgumentParser
import Foundation
import GongkaiStore

/// `gongkai reindex` — rebuilds the full-text index of documents (admin only, audited).
struct Reindex: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "reindex",
            abstract: CLIText.Help.Reindex.abstract.text())
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:reindex")
        let progress = Progress(CLIText.Workspace.progressReindex.text())
        let result = try context.service.reindexSearch { done, total in progress.update(done, total) }
        progress.finish()
        switch format {
        case .json: try Console.json(result)
        case .text:
            Console.out(CLIText.Workspace.reindexed.text(["\(result.documents)", "\(result.staleRowsRemoved)", "\(result.missingRowsAdded)"]))
        }
    }
}
