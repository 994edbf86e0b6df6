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
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "导入 Excel/WPS 台账（CSV 或 .xlsx）。Import a ledger.",
        discussion: """
            申请台账的标准表头：申请人、申请人类型、收到日期、收到方式、申请内容、答复日期、处理结果
            （可选：承办单位、获取方式、证件号码、联系方式）；文件目录：标题、文件类型、成文日期
            （可选：文号、公开属性、不予公开理由、发文单位、状态、发布日期、公开目录、有效期至、公开渠道、标签、正文）。
            英文字段名同样可用；表头不同时用 --map 指定对应关系。整个文件先全部校验，有任何错误则一条也不导入。
            详见 Docs/导入导出与发布.md。
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case applications, documents
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: "台账种类：applications（依申请公开登记台账）| documents（文件目录）。")
    var kind: Kind

    @Argument(help: "CSV/TSV/TXT 文件（UTF-8、GB18030 或 UTF-16；逗号、制表符或分号分隔）或 .xlsx 工作簿。")
    var file: String

    @Option(help: ArgumentHelp("列映射文件（CSV 两列：表头,字段）。Column map.", valueName: "FILE"))
    var map: String?

    @Option(help: ArgumentHelp("文件编码 utf-8|gb18030|utf-16|utf-16be（默认自动识别；utf-16 无 BOM 时按 LE）。Encoding.",
                               valueName: "NAME"),
            completion: .list(["utf-8", "gb18030", "utf-16", "utf-16be"]),
            transform: { name in
                guard ImportEncoding(name: name) != nil else {
                    throw ValidationError(CLIText.Exchange.badEncoding.text([name, ImportEncoding.names]))
                }
                return name
            })
    var encoding: String?

    @Option(help: ArgumentHelp("分隔符 ,|tab|;（默认按表头和前几行自动识别）。Delimiter.", valueName: "SEP"),
            completion: .list([",", "tab", ";"]),
            transform: { name in
                guard let d = ImportDelimiter(name: name) else {
                    throw ValidationError(CLIText.Exchange.badDelimiter.text([name]))
                }
                return d
            })
    var delimiter: ImportDelimiter?

    @Option(help: "没有“承办单位/发文单位”列的记录归入的单位（编号或名称；默认本人单位）。")
    var unit: String?

    @Flag(name: .customLong("dry-run"), help: "只校验并报告将导入什么，不写入。Check only.")
    var dryRun = false

    @Option(help: "输出格式 text|json。")
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
