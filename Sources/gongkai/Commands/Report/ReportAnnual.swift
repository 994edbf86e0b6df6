import ArgumentParser
import Foundation
import GongkaiCore
import GongkaiExchange
import GongkaiStore

/// `gongkai report annual` — the report computed from the records now, in one of four forms.
struct ReportAnnual: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "annual",
            abstract: CLIText.Help.ReportAnnual.abstract.text(),
            discussion: CLIText.Help.ReportAnnual.discussion.text())
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, html, docx, csv, json
    }

    @OptionGroup var scope: ReportScopeOptions

    @Option(help: ArgumentHelp(CLIText.Help.ReportAnnual.format))
    var format: Format = .md

    @Option(name: .shortAndLong, help: ArgumentHelp(CLIText.Help.ReportAnnual.output, valueName: "FILE"))
    var output: String?

    func validate() throws {
        if format == .docx && output == nil { throw ValidationError(CLIText.Report.docxNeedsOutput.text()) }
    }

    func run() throws {
        let (service, reportScope) = try scope.open(origin: "cli:report annual")
        let progress = Progress(CLIText.Report.progressCounting.text())
        let result = try service.annualReport(year: scope.year, scope: reportScope) { progress.update($0, $1) }
        progress.finish()
        if let output, !OfficerOutput.isStandardOutput(output) {
            // A file for the officer: the report exactly as written to standard output, unfiltered.
            let data: Data
            switch format {
            case .json:
                let enc = JSONEncoder()
                enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                data = try enc.encode(result) + Data("\n".utf8)
            case .md: data = Data((markdown(result) + "\n").utf8)
            case .html: data = Data(AnnualReportHTML.render(result.report).utf8)
            case .csv: data = Data(ReportCSV.text(result.report.csvRows(includeCodes: true)).utf8)
            case .docx: data = try AnnualReportDOCX.data(result.report)
            }
            try OfficerOutput.write(data, to: output)
            ConsoleError.write(CLIText.Applications.written.text([OfficerOutput.shown(output)]))
        } else {
            switch format {
            case .json:
                try Console.json(result)
            case .md:
                Console.out(markdown(result))
            case .html:
                // A file for the portal (the text inside is HTML-escaped), with no control or bidi
                // character from older data, since standard output may be a terminal.
                Console.data(Data(TerminalSanitizer.sanitizeMarkup(AnnualReportHTML.render(result.report)).utf8))
            case .csv:
                Console.data(Data(TerminalSanitizer.sanitizeMarkup(ReportCSV.text(result.report.csvRows(includeCodes: true))).utf8))
            case .docx:
                // `-o -`: a Word file to standard output, for a pipe (validate() asked for -o).
                try OfficerOutput.write(try AnnualReportDOCX.data(result.report), to: "-")
            }
        }
        for c in result.checks where !c.ok {
            FileHandle.standardError.write(Data((CLIText.Report.checkFailed.text([TerminalText.safe(c.detail)]) + "\n").utf8))
        }
    }

    func markdown(_ result: AnnualReportResult) -> String {
        var text = AnnualReportMarkdown.render(result.report, checks: result.checks)
        if !result.dataProblems.isEmpty {
            text += "\n## 数据问题\n\n" + result.dataProblems.map { "- " + $0 }.joined(separator: "\n") + "\n"
        }
        return text
    }
}
