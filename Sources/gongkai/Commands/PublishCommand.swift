import ArgumentParser
import Foundation
import GongkaiExchange
import GongkaiServer
import GongkaiStore

/// `gongkai publish --out DIR` — writes the static portal pages of the public information
/// (指南、目录、文件与解读、规范性文件、权责清单、公众参与、年度报告、搜索). County office only. See Docs/导入导出与发布.md.
struct PublishCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "publish",
            abstract: CLIText.Help.PublishCommand.abstract.text(),
            discussion: CLIText.Help.PublishCommand.discussion.text())
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("out"), help: ArgumentHelp(CLIText.Help.PublishCommand.out, valueName: "DIR"))
    var out: String

    @Option(name: .customLong("site-name"), help: ArgumentHelp(CLIText.Help.PublishCommand.siteName))
    var siteName: String?   // "政府信息公开" when not given (Chinese by law; no English help's default)

    @Option(help: ArgumentHelp(CLIText.Help.PublishCommand.templates, valueName: "DIR"))
    var templates: String?

    @Option(help: ArgumentHelp(CLIText.Help.Common.format))
    var format: OutputFormat = .text

    /// Where the site goes: `--out` as given; through the service, only the service's site folder
    /// (`serve --site`) or a folder inside it, never a place the officer chose on the server.
    func destination() throws -> String {
        guard SessionMode.active else { return out }
        guard templates == nil else { throw CLIError(ServiceText.Service.publishNoTemplates.text()) }
        guard let site = ProcessInfo.processInfo.environment["GONGKAI_SESSION_SITE"], !site.isEmpty else {
            throw CLIError(ServiceText.Service.publishNoSite.text())
        }
        let target = URL(fileURLWithPath: out, relativeTo: URL(fileURLWithPath: site, isDirectory: true))
            .standardizedFileURL.path
        guard target == site || target.hasPrefix(site + "/") else {
            throw CLIError(ServiceText.Service.publishOutsideSite.text([site, out]))
        }
        return target
    }

    func run() throws {
        let out = try destination()
        let context = try WorkspaceContext.open(global, origin: "cli:publish")
        let progress = Progress(CLIText.Exchange.progressPublishing.text())
        let result = try Publisher.publish(context.service, to: out, siteName: siteName ?? "政府信息公开",
                                           templateDirectory: templates ?? Publisher.templateDirectory(forWorkspace: context.service.workspace.path),
                                           // The workspace's own templates belong to its owner; a folder given with --templates to this user.
                                           templateOwner: templates == nil ? TemplateFile.owner(ofWorkspace: context.service.workspace.path) : geteuid(),
                                           progress: { progress.update($0, $1) })
        progress.finish()
        switch format {
        case .json: try Console.json(result)
        case .text:
            Console.out(CLIText.Exchange.published.text([result.directory, "\(result.documents)", "\(result.register)", "\(result.reports)",
                                                   "\(result.duties)", "\(result.consultations)", "\(result.files)"])
                + (result.customTemplates.isEmpty ? "" : CLIText.Exchange.customTemplates.text([CLIText.list(result.customTemplates)])))
        }
    }
}
