import ArgumentParser
import Foundation
import GongkaiCore
import GongkaiExchange
import GongkaiStore

/// `gongkai export KIND --format csv|xlsx|json|md [--year Y] [--unit U] -o FILE` — any list as a
/// file: CSV (UTF-8 with BOM, CRLF; what Excel opens), XLSX, JSON or Markdown. The columns of the
/// applications and documents exports are the import headers, so an export imports back.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "导出列表（CSV、XLSX、JSON、Markdown）。Export a list.",
        discussion: """
            KIND：applications 依申请公开登记台账（内部使用：含申请人姓名，不含证件号码和联系方式；--mask 遮蔽自然人姓名）、
            documents 文件目录、register 规范性文件台账、review 待办事项、audit 审计日志、
            duties 现行权责清单（现行、调整，不含已取消的）、consultations 公众参与、inspections 网站巡检。
            按本人权限读取：本单位的，县政府办公室为全县的。-o - 或不写 -o 输出到标准输出（xlsx 须写 -o 文件）；文件权限 0600。
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case applications, documents, register, review, audit, duties, consultations, inspections
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, xlsx, json, md
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: "导出内容：applications | documents | register | review | audit | duties | consultations | inspections。")
    var kind: Kind

    @Option(help: "格式 csv|xlsx|json|md。")
    var format: Format = .csv

    @Option(help: "年份（申请按收到日期，文件按成文日期，台账为该年年底的状态，审计按记录时间，公众参与按开始日期，巡检按巡检日期；权责清单总是现行的）。")
    var year: Int?

    @Option(help: "单位（编号或名称；申请、文件、台账、权责清单、公众参与、巡检）。")
    var unit: String?

    @Flag(help: "遮蔽自然人申请人的姓名（张*）。Mask natural persons' names.")
    var mask = false

    @Option(name: .shortAndLong, help: ArgumentHelp("输出文件；- 为标准输出。Output file.", valueName: "FILE"))
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
