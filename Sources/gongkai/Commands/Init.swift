import ArgumentParser
import GongkaiServer
import GongkaiStore

/// `gongkai init [--demo]` — creates the workspace explicitly; `--demo` adds sample units,
/// documents and applications so that a newcomer sees a living workstation.
struct Init: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "init",
            abstract: CLIText.Help.Init.abstract.text())
    }

    @OptionGroup var global: GlobalOptions

    @Flag(help: ArgumentHelp(CLIText.Help.Init.demo))
    var demo = false

    @Option(help: ArgumentHelp(CLIText.Help.Init.admin, valueName: "LOGIN"))
    var admin: String?

    @Option(help: ArgumentHelp(CLIText.Help.Common.format))
    var format: OutputFormat = .text

    func run() throws {
        // 服务账户建库 — the service account creates the workspace and names its first admin, an
        // ordinary login: the bootstrap is done in that login's name (the audit keeps who really ran it).
        let demo = self.demo, admin = self.admin
        func bootstrap(_ service: GongkaiService) throws -> GongkaiService {
            guard let admin, admin != service.actor.login else { return service }
            guard PeerIdentity.uid(of: admin) != nil else { throw CLIError(CLIText.Workspace.adminNoAccount.text([admin])) }
            let existing = try service.adminLogins()
            guard existing.isEmpty else { throw CLIError(CLIText.Workspace.adminAlready.text([CLIText.list(existing)])) }
            return GongkaiService(workspace: service.workspace,
                                  actor: Actor(login: admin, origin: "cli:init", realLogin: service.actor.login))
        }
        // A new workspace is initialised under its creation lock; an existing one afterwards.
        var made: InitReport?
        let context = try WorkspaceContext.open(global, origin: "cli:init", seedOnCreate: false) { service in
            made = try bootstrap(service).initialize(demo: demo, created: true)
        }
        let report = try made ?? bootstrap(context.service).initialize(demo: demo, created: context.created)
        switch format {
        case .json:
            try Console.json(report)
        case .text:
            Console.out((report.created ? CLIText.Workspace.created : CLIText.Workspace.exists).text([report.workspace]))
            Console.out(CLIText.Workspace.migrations.text(["\(report.migrations.count)", report.migrations.joined(separator: ", ")]))
            if report.seededUnits > 0 { Console.out(CLIText.Workspace.unitsSeeded.text(["\(report.seededUnits)"])) }
            if let first = report.registeredAdmin { Console.out(CLIText.Workspace.adminRegistered.text([first])) }
            if report.catalogNodes > 0 { Console.out(CLIText.Workspace.catalogSeeded.text(["\(report.catalogNodes)"])) }
            if demo {
                if report.demoUnits + report.demoDocuments + report.demoApplications == 0 {
                    Console.out(CLIText.Workspace.demoAlready.text())
                } else {
                    Console.out(CLIText.Workspace.demoAdded.text(["\(report.demoUnits)", "\(report.demoDocuments)", "\(report.demoApplications)"]))
                }
            }
            Console.out(CLIText.Workspace.runToOpen.text())
        }
    }
}
