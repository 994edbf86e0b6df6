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
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CLIError("无法读取文件 \(file)（cannot read the file）")
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
            case .builtIn: what = "已替换内置的 \(report.year) 年安排"
            case .imported: what = "已替换此前导入的 \(report.year) 年安排"
            case .missing: what = "已录入 \(report.year) 年安排"
            }
            Console.out("\(what)：放假 \(arrangement.daysOff.count) 天，调休上班 \(arrangement.makeUpWorkdays.count) 天。")
            Console.out("已按新日历重新计算 \(report.recomputedOpenApplications) 件未办结申请的期限。")
        }
    }
}
