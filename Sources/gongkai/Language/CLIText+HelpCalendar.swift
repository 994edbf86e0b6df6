import GongkaiCore

extension CLIText.Help {
    /// Sources/gongkai/Commands/Calendar/CalendarAddWorkdays.swift
    enum CalendarAddWorkdays {
        static let abstract = Phrase("计算 N 个工作日后的日期（起算当日不计入）。", "The date N working days after a date (the start day not counted).")
        static let from = Phrase("起算日期 YYYY-MM-DD（当日不计入）。", "Start date YYYY-MM-DD (the day itself is not counted).")
        static let days = Phrase("工作日天数。", "Number of working days.")
    }

    /// Sources/gongkai/Commands/Calendar/CalendarCommand.swift
    enum CalendarCommand {
        static let abstract = Phrase("工作日历：查看、导入节假日安排，计算工作日期限。", "Working-day calendar: show and import holiday arrangements, compute working-day deadlines.")
        static let discussion = Phrase("内置 2023–2026 年国务院办公厅节假日安排；其他年份由管理员用 calendar import 导入。\n未录入安排的年份按周一至周五计算，结果标为“暂定”（provisional，C5）。", "The State Council holiday arrangements for 2023–2026 are built in; admins import other years with calendar import.\nA year without an arrangement counts Monday to Friday, and results are marked provisional (C5).")
    }

    /// Sources/gongkai/Commands/Calendar/CalendarImport.swift
    enum CalendarImport {
        static let abstract = Phrase("从 TOML 或 JSON 文件导入一年的节假日安排。", "Import a year's arrangement.")
        static let discussion = Phrase("文件示例（TOML）：\n  year = 2027\n  notice = \"国务院办公厅关于2027年部分节假日安排的通知\"\n  noticeDate = \"2026-11-10\"\n  daysOff = [\"2027-01-01\", \"2027-02-05..2027-02-11\"]\n  makeUpWorkdays = [\"2027-02-14\"]", "Example file (TOML):\n  year = 2027\n  notice = \"…\"\n  noticeDate = \"2026-11-10\"\n  daysOff = [\"2027-01-01\", \"2027-02-05..2027-02-11\"]\n  makeUpWorkdays = [\"2027-02-14\"]")
        static let file = Phrase("安排文件（.toml 或 .json）。", "Arrangement file (.toml or .json).")
    }

    /// Sources/gongkai/Commands/Calendar/CalendarShow.swift
    enum CalendarShow {
        static let abstract = Phrase("显示某年的节假日安排。", "Show a year's holiday arrangement.")
        static let year = Phrase("年度，如 2026。", "Year, e.g. 2026.")
    }
}
