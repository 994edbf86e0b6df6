import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai app settings` — 办理规则设置: the shortest 补正期限 (条例第三十条 “合理的补正期限”; C9),
/// stored in the workspace; admins change it.
struct AppSettings: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "办理规则设置：最短补正期限（管理员）。Case-history rule settings (admins change them).")

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("min-correction-days"),
            help: "最短补正期限（工作日，默认 10；补正告知给出的期限少于此数被拒绝）。")
    var minCorrectionDays: Int?

    @Option(help: "输出格式 text|json。")
    var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:app-settings")
        var settings = try context.service.applicationRuleSettings()
        if let minCorrectionDays {
            settings.minCorrectionWorkdays = minCorrectionDays
            settings = try context.service.setApplicationRuleSettings(settings)
        }
        switch format {
        case .json: try Console.json(settings)
        case .text: Console.out(CLIText.Applications.minCorrectionDays.text(["\(settings.minCorrectionWorkdays)"]))
        }
    }
}
