import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai report` — the annual report (政府信息公开工作年度报告, 条例第四十九条; 国办公开办函〔2021〕30号).
struct ReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "report",
            abstract: CLIText.Help.ReportCommand.abstract.text(),
            discussion: CLIText.Help.ReportCommand.discussion.text(),
            subcommands: [ReportAnnual.self, ReportFiguresCommand.self, ReportNarrativeCommand.self,
                          ReportCaseCommand.self, ReportFile.self, ReportFiled.self])
    }
}

/// What the report verbs share: the year and the scope.
struct ReportScopeOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(CLIText.Help.ReportCommand.reportScopeOptionsYear, valueName: "YEAR"))
    var year: Int

    @Option(help: ArgumentHelp(CLIText.Help.ReportCommand.reportScopeOptionsUnit, valueName: "UNIT"))
    var unit: String?

    func open(origin: String) throws -> (GongkaiService, ReportScope) {
        let context = try WorkspaceContext.open(global, origin: origin)
        return (context.service, try context.service.reportScope(unit))
    }
}

/// The check marks printed for people: unambiguous ASCII.
enum CheckMark {
    static func line(_ c: ReportCheck) -> String { (c.ok ? "[ok] " : "[!!] ") + c.detail }
}
