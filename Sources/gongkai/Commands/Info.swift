import ArgumentParser
import GongkaiStore

/// `gongkai info` — the workspace at a glance: where it is, who you are, what it holds.
struct Info: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "info",
            abstract: CLIText.Help.Info.abstract.text())
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(CLIText.Help.Common.format))
    var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:info")
        let o = try context.service.overview()
        switch format {
        case .json:
            try Console.json(o)
        case .text:
            Console.out(CLIText.Workspace.workspace.text([o.workspace]))
            Console.out(CLIText.Workspace.user.text([o.user]))
            Console.out(CLIText.Workspace.counts.text(["\(o.units)", "\(o.documents)", "\(o.applications)", "\(o.pending)"]))
            Console.out(CLIText.Workspace.migrationList.text([o.migrations.joined(separator: ", ")]))
        }
    }
}
