import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai officer add|list` — the officers register (login → name, unit, role).
struct OfficerCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "officer",
            abstract: CLIText.Help.OfficerCommand.abstract.text(),
            subcommands: [Add.self, List.self])
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "add",
                abstract: CLIText.Help.OfficerCommand.addAbstract.text())
        }

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(CLIText.Help.OfficerCommand.addLogin)) var login: String
        @Option(help: ArgumentHelp(CLIText.Help.OfficerCommand.addName)) var name: String
        @Option(help: ArgumentHelp(CLIText.Help.OfficerCommand.addUnit)) var unit: String
        @Option(help: ArgumentHelp(CLIText.Help.OfficerCommand.addRole)) var role: String
        @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

        func run() throws {
            guard let r = Role(codeOrName: role) else {
                throw CLIError(CLIText.Workspace.unknownRole.text([role, Role.codeList]))
            }
            let context = try WorkspaceContext.open(global, origin: "cli:officer add")
            let officer = try context.service.addOfficer(Officer(login: login, name: name, unitId: unit, role: r))
            switch format {
            case .json: try Console.json(officer)
            case .text: Console.out(CLIText.Workspace.officerAdded.text([officer.login, officer.name, officer.unitId, officer.role.displayName]))
            }
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: CLIText.Help.OfficerCommand.listAbstract.text())
        }

        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

        func run() throws {
            let context = try WorkspaceContext.open(global, origin: "cli:officer list")
            let officers = try context.service.officers()
            switch format {
            case .json: try Console.json(officers)
            case .text:
                for o in officers { Console.out("\(o.login)\t\(o.name)\t\(o.unitId)\t\(o.role.displayName)") }
            }
        }
    }
}
