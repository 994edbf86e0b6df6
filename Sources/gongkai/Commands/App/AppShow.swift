import ArgumentParser
import GongkaiStore

/// `gongkai app show ID` — the application, its events, its clock and the derivation (C7).
struct AppShow: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "show", abstract: CLIText.Help.AppShow.abstract.text())
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(CLIText.Help.AppShow.id))
    var id: String

    @Option(help: ArgumentHelp(CLIText.Help.Common.format))
    var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:app-show")
        try Self.print(try context.service.application(id: id), format: format)
    }

    static func print(_ detail: ApplicationDetail, format: OutputFormat) throws {
        switch format {
        case .json: try Console.json(detail)
        case .text: Console.out(detail.textLines.joined(separator: "\n"))
        }
    }
}
