import ArgumentParser
import Foundation
import GongkaiExchange
import GongkaiServer
import GongkaiStore

/// `gongkai publish --out DIR` — writes the static portal pages of the public information
/// (指南、目录、文件与解读、规范性文件、权责清单、公众参与、年度报告、搜索). County office only. See Docs/导入导出与发布.md.
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "生成政府信息公开网站（静态网页）。Publish the portal pages.",
        discussion: """
            只发布“主动公开”且“已发布”的文件及其已发布的解读、各单位的现行权责清单和已办结的公众参与事项，
            不含任何申请和申请人信息，也不含网站巡检记录和公众意见概要。
            先写入临时目录，全部成功后才替换 DIR；DIR 须为空目录或以前发布的网站。
            模板可在工作区所在目录的 templates/site/*.mustache 中覆盖（见文档）。
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("out"), help: ArgumentHelp("输出目录。Output folder.", valueName: "DIR"))
    var out: String

    @Option(name: .customLong("site-name"), help: "网站名称（页眉），如“某某县政府信息公开”。")
    var siteName: String = "政府信息公开"

    @Option(help: ArgumentHelp("模板目录（默认：工作区所在目录的 templates/site）。", valueName: "DIR"))
    var templates: String?

    @Option(help: "输出格式 text|json。")
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
        let result = try Publisher.publish(context.service, to: out, siteName: siteName,
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
