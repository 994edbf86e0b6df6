import ArgumentParser
import Foundation
import GongkaiCore
import GongkaiStore

/// `gongkai report figures` — 表二 填报数字 (第二十条第（五）（六）（八）项); options left out keep their value.
struct ReportFiguresCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "figures",
            abstract: CLIText.Help.ReportFiguresCommand.abstract.text())
    }

    @OptionGroup var scope: ReportScopeOptions

    @Option(help: ArgumentHelp(CLIText.Help.ReportFiguresCommand.licensing)) var licensing: String?
    @Option(help: ArgumentHelp(CLIText.Help.ReportFiguresCommand.penalty)) var penalty: String?
    @Option(help: ArgumentHelp(CLIText.Help.ReportFiguresCommand.compulsion)) var compulsion: String?
    @Option(help: ArgumentHelp(CLIText.Help.ReportFiguresCommand.fees)) var fees: String?
    @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

    func run() throws {
        // Parse everything before opening the workspace: a bad figure changes nothing.
        func count(_ text: String?, _ field: String) throws -> Int? {
            guard let text else { return nil }
            do { return try ReportFigures.parseCount(text, field: field) } catch { throw CLIError("\(error)") }
        }
        let l = try count(licensing, CLIText.Report.fieldLicensing.text())
        let p = try count(penalty, CLIText.Report.fieldPenalty.text())
        let c = try count(compulsion, CLIText.Report.fieldCompulsion.text())
        var fee: Decimal?
        if let fees {
            do { fee = try ReportFigures.parseAmount(fees, field: CLIText.Report.fieldFees.text()) } catch { throw CLIError("\(error)") }
        }
        let (service, reportScope) = try scope.open(origin: "cli:report figures")
        var figures = try service.figures(year: scope.year, scope: reportScope)
        if l != nil || p != nil || c != nil || fee != nil {
            figures.licensingDecisions = l ?? figures.licensingDecisions
            figures.penaltyDecisions = p ?? figures.penaltyDecisions
            figures.compulsionDecisions = c ?? figures.compulsionDecisions
            figures.feeAmount = fee ?? figures.feeAmount
            figures = try service.setFigures(year: scope.year, scope: reportScope, figures: figures)
        }
        switch format {
        case .json: try Console.json(figures)
        case .text:
            Console.out("""
                \(scope.year) 年表二填报数字：
                  行政许可 本年处理决定数量  \(figures.licensingDecisions)
                  行政处罚 本年处理决定数量  \(figures.penaltyDecisions)
                  行政强制 本年处理决定数量  \(figures.compulsionDecisions)
                  行政事业性收费 本年收费金额（万元）  \(ReportFigures.formatAmount(figures.feeAmount))
                """)
        }
    }
}
