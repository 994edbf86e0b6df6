import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai report file` — freezes the report as filed (审核人、管理员); re-filing makes a new version.
struct ReportFile: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "file",
        abstract: "报送（冻结）年度报告，再次报送生成新版本（审核人、管理员）。File the report.")

    @OptionGroup var scope: ReportScopeOptions
    @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

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
    static let configuration = CommandConfiguration(
        commandName: "filed",
        abstract: "列出已报送的年度报告及版本。List filed reports.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "报告年度。") var year: Int
    @Option(help: "单位（编号或名称），county/全县 为全县汇总；不写时列出可见的全部。") var unit: String?
    @Option(help: "输出格式 text|json（json 含每一版的完整报告）。") var format: OutputFormat = .text

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
