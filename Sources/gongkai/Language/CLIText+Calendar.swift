import GongkaiCore

extension CLIText {
    /// `gongkai calendar …` — the working-day calendar and holiday arrangements.
    enum Calendar {
        static let provisional = Phrase("（暂定：{1} 年安排未录入）", " (provisional: no arrangement for {1})")
        static let yearSeparator = Phrase("、", ", ")
        static let skipped = Phrase("不计入：{1}", "Not counted: {1}")
        static let tomlError = Phrase("TOML 格式错误（第 {1} 行）：{2}", "TOML error (line {1}): {2}")
        static let missingYear = Phrase("安排文件缺少整数字段 year（如 year = 2027）", "The arrangement file lacks the integer field year (e.g. year = 2027)")
        static let missingNotice = Phrase("安排文件缺少字段 notice（通知标题）", "The arrangement file lacks the field notice (the notice's title)")
        static let missingNoticeDate = Phrase("安排文件缺少字段 noticeDate（通知发布日期 YYYY-MM-DD）", "The arrangement file lacks the field noticeDate (the notice's date, YYYY-MM-DD)")
        static let missingDaysOff = Phrase("安排文件缺少数组 daysOff（放假日期）", "The arrangement file lacks the array daysOff (the days off)")
        static let notADate = Phrase("{1} 中的“{2}”不是日期或日期区间", "\"{2}\" in {1} is not a date or a date range")
        static let replacedBuiltIn = Phrase("已替换内置的 {1} 年安排", "Replaced the built-in arrangement for {1}")
        static let replacedImported = Phrase("已替换此前导入的 {1} 年安排", "Replaced the arrangement imported earlier for {1}")
        static let entered = Phrase("已录入 {1} 年安排", "Entered the arrangement for {1}")
        static let importSummary = Phrase("{1}：放假 {2} 天，调休上班 {3} 天。", "{1}: {2} days off, {3} make-up working days.")
        static let recomputed = Phrase("已按新日历重新计算 {1} 件未办结申请的期限。", "Due dates of {1} open requests recomputed on the new calendar.")
        static let yearTitle = Phrase("{1} 年节假日安排（{2}）", "Holiday arrangement {1} ({2})")
        static let notEntered = Phrase("尚未录入 {1} 年安排：按周一至周五计算，涉及该年的期限均为暂定（C5）。", "No arrangement entered for {1}: Monday to Friday are counted, and due dates in that year are provisional (C5).")
        static let estimated = Phrase("法定节日估算（仅供参考，不参与计算）：{1}", "Estimated public holidays (for reference, not counted): {1}")
        static let notice = Phrase("通知：{1}（{2}）", "Notice: {1} ({2})")
        static let daysOff = Phrase("放假：{1}", "Days off: {1}")
        static let makeUpDays = Phrase("调休上班：{1}", "Make-up working days: {1}")
        static let imported = Phrase("导入：{1}  {2}", "Imported: {1}  {2}")
    }
}
