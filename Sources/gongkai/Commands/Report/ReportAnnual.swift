import ArgumentParser
import Foundation
import GongkaiCore
import GongkaiExchange
import GongkaiStore

/// `gongkai report annual` — the report computed from the records now, in one of four forms.
struct ReportAnnual: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annual",
        abstract: "生成年度报告（md 审阅 / html 网页 / docx Word / csv 表格 / json 程序）。Generate the annual report.",
        discussion: """
            html 和 docx 的表三、表四按国办公开办函〔2021〕30号模板的版式和原文行名输出；md、csv、json 在行名旁保留代码。
            docx 须用 -o 写入文件。
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, html, docx, csv, json
    }

    @OptionGroup var scope: ReportScopeOptions

    @Option(help: "输出格式 md|html|docx|csv|json。")
    var format: Format = .md

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("写入文件（docx 必须）。", valueName: "FILE"))
    var output: String?

    func validate() throws {
        if format == .docx && output == nil { throw ValidationError(G.Report.docxNeedsOutput.text()) }
    }

    /// Standard output, or the file of -o (written by the officer's side, issue 18).
    func emit(_ data: Data) throws {
        guard let output else { FileHandle.standardOutput.write(data); return }
        try OfficerSide.files.write(data, to: output)
        FileHandle.standardError.write(Data((G.Report.written.text([output]) + "\n").utf8))
    }

    func run() throws {
        let (service, reportScope) = try scope.open(origin: "cli:report annual")
        let progress = Progress(G.Report.progressCounting.text())
        let result = try service.annualReport(year: scope.year, scope: reportScope) { progress.update($0, $1) }
        progress.finish()
        switch format {
        case .json:
            if output != nil {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                try emit(try encoder.encode(result) + Data("\n".utf8))
            } else {
                try Console.json(result)
            }
        case .docx:
            try emit(try AnnualReportDOCX.data(result.report))
        case .md:
            var text = AnnualReportMarkdown.render(result.report, checks: result.checks)
            if !result.dataProblems.isEmpty {
                text += "\n## 数据问题\n\n" + result.dataProblems.map { "- " + $0 }.joined(separator: "\n") + "\n"
            }
            if output != nil { try emit(Data(text.utf8)) } else { Console.out(text) }
        case .html:
            // A file for the portal: written as is (the text inside is HTML-escaped).
            try emit(Data(AnnualReportHTML.render(result.report).utf8))
        case .csv:
            try emit(Data(ReportCSV.text(result.report.csvRows(includeCodes: true)).utf8))
        }
        for c in result.checks where !c.ok {
            FileHandle.standardError.write(Data((G.Report.checkFailed.text([TerminalText.safe(c.detail)]) + "\n").utf8))
        }
    }
}
