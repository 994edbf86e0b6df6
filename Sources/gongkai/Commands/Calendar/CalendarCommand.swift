import ArgumentParser

/// `gongkai calendar` — the working-day calendar (节假日安排; Docs/领域规则.md §4; C1, C5, C7).
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "工作日历：查看、导入节假日安排，计算工作日期限。Working-day calendar.",
        discussion: """
            内置 2023–2026 年国务院办公厅节假日安排；其他年份由管理员用 calendar import 导入。
            未录入安排的年份按周一至周五计算，结果标为“暂定”（provisional，C5）。
            """,
        subcommands: [CalendarShow.self, CalendarImport.self, CalendarAddWorkdays.self])
}
