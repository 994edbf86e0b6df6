import ArgumentParser
import Foundation
import GongkaiCore
import GongkaiStore

/// `gongkai calendar import FILE` — the administrator enters a year's State Council arrangement
/// from a TOML or JSON file; open applications are recomputed (C5, C7).
struct CalendarImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "从 TOML 或 JSON 文件导入一年的节假日安排。Import a year's arrangement.",
        discussion: """
            文件示例（TOML）：
              year = 2027
              notice = "国务院办公厅关于2027年部分节假日安排的通知"
              noticeDate = "2026-11-10"
              daysOff = ["2027-01-01", "2027-02-05..2027-02-11"]
              makeUpWorkdays = ["2027-02-14"]
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "安排文件（.toml 或 .json）。")
    var file: String

    @Option(help: "输出格式 text|json。")
    var format: OutputFormat = .text

    func run() throws {
        guard let data = (try? OfficerSide.files.read(file)) else {
            throw CLIError(CLIText.Common.cannotReadFile.text([file]))
        }
        let arrangement = try ArrangementFile.parse(data, fileName: file)
        let context = try WorkspaceContext.open(global, origin: "cli:calendar-import")
        let report = try context.service.importArrangement(arrangement)
        switch format {
        case .json:
            try Console.json(report)
        case .text:
            let what: String
            switch report.replaced {
            case .builtIn: what = CLIText.Calendar.replacedBuiltIn.text(["\(report.year)"])
            case .imported: what = CLIText.Calendar.replacedImported.text(["\(report.year)"])
            case .missing: what = CLIText.Calendar.entered.text(["\(report.year)"])
            }
            Console.out(CLIText.Calendar.importSummary.text([what, "\(arrangement.daysOff.count)", "\(arrangement.makeUpWorkdays.count)"]))
            Console.out(CLIText.Calendar.recomputed.text(["\(report.recomputedOpenApplications)"]))
        }
    }
}
