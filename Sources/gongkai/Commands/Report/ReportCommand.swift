import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai report` — the annual report (政府信息公开工作年度报告, 条例第四十九条; 国办公开办函〔2021〕30号).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "政府信息公开工作年度报告：生成、填报、报送。The annual report.",
        discussion: """
            --unit 可用单位编号或名称；county 或 全县 表示全县汇总报告；不写时为本人所在单位。
            --unit takes a unit id or name; county / 全县 is the county-wide report; default: your own unit.
            """,
        subcommands: [ReportAnnual.self, ReportFiguresCommand.self, ReportNarrativeCommand.self,
                      ReportCaseCommand.self, ReportFile.self, ReportFiled.self])
}

/// What the report verbs share: the year and the scope.
struct ReportScopeOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("报告年度。Report year.", valueName: "YEAR"))
    var year: Int

    @Option(help: ArgumentHelp("单位（编号或名称），county/全县 为全县汇总；默认本人所在单位。", valueName: "UNIT"))
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
