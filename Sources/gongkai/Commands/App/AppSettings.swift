import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai app settings` — 办理规则设置: the shortest 补正期限 (条例第三十条 “合理的补正期限”; C9),
/// stored in the workspace; admins change it.
struct AppSettings: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "settings",
            abstract: CLIText.Help.AppSettings.abstract.text())
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("min-correction-days"),
            help: ArgumentHelp(CLIText.Help.AppSettings.minCorrectionDays))
    var minCorrectionDays: Int?

    @Option(help: ArgumentHelp(CLIText.Help.Common.format))
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
