import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai report file` — freezes the report as filed (审核人、管理员); re-filing makes a new version.
struct ReportFile: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "file",
            abstract: CLIText.Help.ReportFile.abstract.text())
    }

    @OptionGroup var scope: ReportScopeOptions
    @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

    func run() throws {
        let (service, reportScope) = try scope.open(origin: "cli:report file")
        let filed = try service.fileReport(year: scope.year, scope: reportScope)
        switch format {
        case .json: try Console.json(filed)
        case .text:
            Console.out(CLIText.Report.filed.text([filed.report.title, "\(filed.version)", filed.filedBy, "\(filed.filedAt)"]))
            let checks = try service.annualReport(year: scope.year, scope: reportScope).checks
            for c in checks where !c.ok { Console.out(CheckMark.line(c)) }
        }
    }
}

/// `gongkai report filed` — the filed versions of a year.
struct ReportFiled: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "filed",
            abstract: CLIText.Help.ReportFile.reportFiledAbstract.text())
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(CLIText.Help.ReportFile.reportFiledYear)) var year: Int
    @Option(help: ArgumentHelp(CLIText.Help.ReportFile.reportFiledUnit)) var unit: String?
    @Option(help: ArgumentHelp(CLIText.Help.ReportFile.reportFiledFormat)) var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:report filed")
        let scope = try unit.map { try context.service.reportScope($0) }
        let filed = try context.service.filedReports(year: year, scope: scope)
        switch format {
        case .json: try Console.json(filed)
        case .text:
            if filed.isEmpty { Console.out(CLIText.Report.noneFiled.text(["\(year)"])) }
            for f in filed {
                Console.out(CLIText.Report.filedLine.text([f.report.title, "\(f.version)", f.filedBy, "\(f.filedAt)"]))
            }
        }
    }
}
