import ArgumentParser
import Foundation
import GongkaiCore
import GongkaiStore

/// `gongkai report annual` — the report computed from the records now, in one of four forms.
struct ReportAnnual: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annual",
        abstract: "生成年度报告（md 审阅 / html 网页 / csv 表格 / json 程序）。Generate the annual report.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, html, csv, json
    }

    @OptionGroup var scope: ReportScopeOptions

    @Option(help: "输出格式 md|html|csv|json。")
    var format: Format = .md

    func run() throws {
        let (service, reportScope) = try scope.open(origin: "cli:report annual")
        let progress = Progress(G.Report.progressCounting.text())
        let result = try service.annualReport(year: scope.year, scope: reportScope) { progress.update($0, $1) }
        progress.finish()
        switch format {
        case .json:
            try Console.json(result)
        case .md:
            var text = AnnualReportMarkdown.render(result.report, checks: result.checks)
            if !result.dataProblems.isEmpty {
                text += "\n## 数据问题\n\n" + result.dataProblems.map { "- " + $0 }.joined(separator: "\n") + "\n"
            }
            Console.out(text)
        case .html:
            // A file for the portal (the text inside is HTML-escaped), with no control or bidi
            // character from older data, since standard output may be a terminal.
            Console.data(Data(TerminalSanitizer.sanitizeMarkup(AnnualReportHTML.render(result.report)).utf8))
        case .csv:
            Console.data(Data(TerminalSanitizer.sanitizeMarkup(ReportCSV.text(result.report.csvRows(includeCodes: true))).utf8))
        }
        for c in result.checks where !c.ok {
            FileHandle.standardError.write(Data((G.Report.checkFailed.text([TerminalText.safe(c.detail)]) + "\n").utf8))
        }
    }
}
