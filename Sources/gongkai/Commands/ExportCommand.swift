import ArgumentParser
import Foundation
import GongkaiCore
import GongkaiExchange
import GongkaiStore

/// `gongkai export KIND --format csv|xlsx|json|md [--year Y] [--unit U] -o FILE` — any list as a
/// file: CSV (UTF-8 with BOM, CRLF; what Excel opens), XLSX, JSON or Markdown. The columns of the
/// applications and documents exports are the import headers, so an export imports back.
struct ExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "export",
            abstract: CLIText.Help.ExportCommand.abstract.text(),
            discussion: CLIText.Help.ExportCommand.discussion.text())
    }

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case applications, documents, register, review, audit, duties, consultations, inspections
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, xlsx, json, md
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(CLIText.Help.ExportCommand.kind))
    var kind: Kind

    @Option(help: ArgumentHelp(CLIText.Help.ExportCommand.format))
    var format: Format = .csv

    @Option(help: ArgumentHelp(CLIText.Help.ExportCommand.year))
    var year: Int?

    @Option(help: ArgumentHelp(CLIText.Help.ExportCommand.unit))
    var unit: String?

    @Flag(help: ArgumentHelp(CLIText.Help.ExportCommand.mask))
    var mask = false

    @Option(name: .shortAndLong, help: ArgumentHelp(CLIText.Help.ExportCommand.output, valueName: "FILE"))
    var output: String?

    func run() throws {
        let exportKind = ExportKind(rawValue: kind.rawValue)!
        let exportFormat = ExportFormat(rawValue: format.rawValue)!
        let toStdout = output == nil || output == "-"
        if toStdout, !exportFormat.isText {
            throw CLIError(CLIText.Exchange.xlsxNeedsOutput.text())
        }
        let context = try WorkspaceContext.open(global, origin: "cli:export")
        let progress = Progress(CLIText.Exchange.progressExporting.text())
        progress.update(0, 1)
        let table = try exportKind.table(context.service, ExportOptions(year: year, unit: unit, mask: mask))
        let data = try exportFormat.data(table)
        progress.update(1, 1)
        progress.finish()
        if toStdout {
            Console.data(data)  // ExportFormat made it terminal-safe (sanitised cells, escaped JSON)
        } else if let output {
            // On the officer's side, 0600: exports hold applicants' names.
            try OfficerOutput.write(data, to: output)
            let kindName = UILanguage.current == .en ? exportKind.rawValue : exportKind.chineseName
            ConsoleError.write(CLIText.Exchange.exported.text([kindName, "\(table.rows.count)", OfficerOutput.shown(output)]))
        }
    }
}
