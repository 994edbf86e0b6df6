import ArgumentParser
import Foundation
import GongkaiCore
import GongkaiExchange
import GongkaiStore

/// `gongkai import applications|documents FILE` — imports an existing ledger kept in Excel/WPS
/// (CSV in UTF-8 with or without BOM, or GB18030; or an .xlsx workbook). The whole file is
/// checked first; any bad row → a `file:line:column: reason` line per problem and nothing is
/// imported. See Docs/导入导出与发布.md.
struct ImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "import",
            abstract: CLIText.Help.ImportCommand.abstract.text(),
            discussion: CLIText.Help.ImportCommand.discussion.text())
    }

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case applications, documents
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(CLIText.Help.ImportCommand.kind))
    var kind: Kind

    @Argument(help: ArgumentHelp(CLIText.Help.ImportCommand.file))
    var file: String

    @Option(help: ArgumentHelp(CLIText.Help.ImportCommand.map, valueName: "FILE"))
    var map: String?

    @Option(help: ArgumentHelp(CLIText.Help.ImportCommand.encoding,
                               valueName: "NAME"),
            completion: .list(["utf-8", "gb18030", "utf-16", "utf-16be"]),
            transform: { name in
                guard ImportEncoding(name: name) != nil else {
                    throw ValidationError(CLIText.Exchange.badEncoding.text([name, ImportEncoding.names]))
                }
                return name
            })
    var encoding: String?

    @Option(help: ArgumentHelp(CLIText.Help.ImportCommand.d, valueName: "SEP"),
            completion: .list([",", "tab", ";"]),
            transform: { name in
                guard let d = ImportDelimiter(name: name) else {
                    throw ValidationError(CLIText.Exchange.badDelimiter.text([name]))
                }
                return d
            })
    var delimiter: ImportDelimiter?

    @Option(help: ArgumentHelp(CLIText.Help.ImportCommand.unit))
    var unit: String?

    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(CLIText.Help.ImportCommand.dryRun))
    var dryRun = false

    @Option(help: ArgumentHelp(CLIText.Help.Common.format))
    var format: OutputFormat = .text

    func run() throws {
        guard let data = (try? OfficerSide.files.read(file)) else {
            throw CLIError(CLIText.Common.cannotReadFile.text([file]))
        }
        var forced: ImportEncoding?
        if let encoding {
            guard let e = ImportEncoding(name: encoding) else {
                throw CLIError(CLIText.Exchange.badEncoding.text([encoding, ImportEncoding.names]))
            }
            forced = e
        }
        let progress = Progress(dryRun ? CLIText.Exchange.progressChecking.text() : CLIText.Exchange.progressImporting.text())
        do {
            var columnMap: ColumnMap?
            if let map {
                guard let bytes = (try? OfficerSide.files.read(map)) else {
                    throw CLIError(CLIText.Exchange.cannotReadMap.text([map]))
                }
                let (text, _) = try TextDecoding.decode([UInt8](bytes), file: map)
                columnMap = try ColumnMap.parse(text, file: map)
            }
            let source = ImportSource(name: file, bytes: [UInt8](data), encoding: forced, delimiter: delimiter, map: columnMap)
            let context = try WorkspaceContext.open(global, origin: "cli:import")
            let result = try LedgerImport.run(kind == .applications ? .applications : .documents, source,
                                              service: context.service, unit: unit, dryRun: dryRun,
                                              progress: { progress.update($0, $1) })
            progress.finish()
            switch format {
            case .json: try Console.json(result)
            case .text:
                let what = kind == .applications ? CLIText.Exchange.requests.text() : CLIText.Exchange.documents.text()
                let ids = result.ids.isEmpty ? "" : CLIText.Exchange.ids.text([Self.range(result.ids)])
                Console.out(result.dryRun
                    ? CLIText.Exchange.dryRun.text([what, "\(result.count)", ids])
                    : CLIText.Exchange.imported.text([what, "\(result.count)", ids]))
            }
        } catch let failure as ImportFailure {
            progress.finish()
            ConsoleError.write(failure.description)
            throw ExitCode(1)
        }
    }

    /// "A2026-0001 … A2026-0120" for a long list.
    static func range(_ ids: [String]) -> String {
        ids.count <= 5 ? CLIText.list(ids) : CLIText.Exchange.idRange.text([ids.first!, ids.last!])
    }
}
