import ArgumentParser
import GongkaiStore

/// `gongkai calendar show YEAR` — one year's arrangement and where it comes from (C5).
struct CalendarShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "显示某年的节假日安排。Show a year's holiday arrangement.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "年度，如 2026。")
    var year: Int

    @Option(help: "输出格式 text|json。")
    var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:calendar-show")
        let y = try context.service.calendarYear(year)
        switch format {
        case .json:
            try Console.json(y)
        case .text:
            Console.out("\(y.year) 年节假日安排（\(y.source.chineseName)）")
            if y.provisional {
                Console.out("尚未录入 \(y.year) 年安排：按周一至周五计算，涉及该年的期限均为暂定（C5）。")
                if !y.estimatedHolidays.isEmpty {
                    Console.out("法定节日估算（仅供参考，不参与计算）：" + y.estimatedHolidays.joined(separator: "、"))
                }
                return
            }
            if let n = y.notice { Console.out("通知：\(n)（\(y.noticeDate?.iso ?? "")）") }
            Console.out("放假：" + y.daysOff.joined(separator: "、"))
            Console.out("调休上班：" + (y.makeUpWorkdays.isEmpty ? "无" : y.makeUpWorkdays.joined(separator: "、")))
            if let at = y.importedAt { Console.out("导入：\(at)  \(y.importedBy ?? "")") }
        }
    }
}
