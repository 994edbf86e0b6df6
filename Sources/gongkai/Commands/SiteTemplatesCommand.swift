import ArgumentParser
import Foundation
import GongkaiExchange
import GongkaiStore

/// `gongkai site-templates set NAME --file F | reset NAME` — the published site's templates in the
/// workspace's `templates/site/`: changed only by an admin, through the service door, audited
/// (`template.set` / `template.reset`); `publish` reads only the workspace owner's files there.
struct SiteTemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site-templates",
        abstract: "设置或恢复网站模板（仅管理员，记入审计）。Set or reset the site templates (admins only).",
        subcommands: [SetTemplate.self, Reset.self])

    struct SetTemplate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "检查后设置网站模板（仅管理员，记入审计）。Set a site template.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "模板名称：layout index guide catalog document register reports search duties dutyList consultations。") var name: String
        @Option(help: ArgumentHelp("模板文件（UTF-8）。", valueName: "FILE")) var file: String

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
        static let configuration = CommandConfiguration(
            abstract: "恢复内置网站模板（仅管理员，记入审计）。Reset a site template to the built-in one.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "模板名称。") var name: String

        func run() throws {
            let context = try WorkspaceContext.open(global, origin: "cli:site-templates reset")
            try context.service.setTemplate(.site, name: name, text: nil)
            Console.out(CLIText.Applications.templateReset.text([name]))
        }
    }
}
