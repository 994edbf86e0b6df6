import ArgumentParser
import Foundation
import GongkaiExchange
import GongkaiStore

/// `gongkai site-templates set NAME --file F | reset NAME` — the published site's templates in the
/// workspace's `templates/site/`: changed only by an admin, through the service door, audited
/// (`template.set` / `template.reset`); `publish` reads only the workspace owner's files there.
struct SiteTemplatesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "site-templates",
            abstract: CLIText.Help.SiteTemplatesCommand.abstract.text(),
            subcommands: [SetTemplate.self, Reset.self])
    }

    struct SetTemplate: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "set",
                abstract: CLIText.Help.SiteTemplatesCommand.setTemplateAbstract.text())
        }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(CLIText.Help.SiteTemplatesCommand.setTemplateName)) var name: String
        @Option(help: ArgumentHelp(CLIText.Help.SiteTemplatesCommand.setTemplateFile, valueName: "FILE")) var file: String

        func run() throws {
            let context = try WorkspaceContext.open(global, origin: "cli:site-templates set")
            guard let data = (try? OfficerSide.files.read(file)), let text = String(data: data, encoding: .utf8) else {
                throw CLIError(CLIText.Applications.templateFileUnreadable.text([file]))
            }
            do { try SiteTemplates.check(name: name, text: text) } catch let e as SiteError { throw CLIError(e.description) }
            let changed = try context.service.setTemplate(.site, name: name, text: text)
            Console.out(CLIText.Applications.templateSet.text([name, changed.sha256 ?? ""]))
        }
    }

    struct Reset: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "reset",
                abstract: CLIText.Help.SiteTemplatesCommand.resetAbstract.text())
        }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(CLIText.Help.SiteTemplatesCommand.resetName)) var name: String

        func run() throws {
            let context = try WorkspaceContext.open(global, origin: "cli:site-templates reset")
            try context.service.setTemplate(.site, name: name, text: nil)
            Console.out(CLIText.Applications.templateReset.text([name]))
        }
    }
}
