import ArgumentParser
import GongkaiStore

/// `gongkai app show ID` — the application, its events, its clock and the derivation (C7).
struct AppShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "查看申请详情、期限和计算过程。Show an application.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "申请编号。")
    var id: String

    @Option(help: "输出格式 text|json。")
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
