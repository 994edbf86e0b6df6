import GongkaiCore

extension CLIText {
    /// `gongkai app …` and `gongkai letter …` — requests and the letters sent for them.
    enum Applications {
        static let minCorrectionDays = Phrase("最短补正期限：{1} 个工作日（条例第三十条；C9）", "Minimum correction period: {1} working days (art. 30; C9)")
        static let listHeader = Phrase("编号\t申请人\t收到日期\t状态\t剩余\t答复期限\t承办单位\t申请内容", "No.\tApplicant\tReceived\tState\tLeft\tReply by\tUnit\tContent")
        static let overdueDays = Phrase("逾期{1}日", "{1}d overdue")
        static let daysLeft = Phrase("剩{1}日", "{1}d left")
        static let consultDue = Phrase("意见 {1}", "comments {1}")
        static let correctionDue = Phrase("补正 {1}", "correction {1}")
        /// Next to a provisional due date: the years whose holiday arrangement is missing (C5).
        static let provisionalYears = Phrase("暂定（{1} 年节假日安排未录入）", "provisional (no holiday arrangement for {1})")
        // letters
        static let countOrPages = Phrase("--count（按件计收）与 --pages（按量计收）只能选一种（国办函〔2020〕109号第三条）", "Give --count (per request) or --pages (per page), not both (State Council General Office letter [2020] No. 109, art. 3)")
        static let countOnlyForFee = Phrase("--count / --pages 只用于 --kind fee", "--count / --pages are only for --kind fee")
        static let feeNeedsQuantity = Phrase("信息处理费须给出 --count N（按件）或 --pages N（按量）。", "The processing fee needs --count N (per request) or --pages N (per page).")
        static let letterNotWritten = Phrase("无法写入 {1}：{2}。文书未生成，未取号，未记入办理记录。", "Cannot write {1}: {2}. No letter was made: no number was taken and nothing was recorded.")
        static let templateFileUnreadable = Phrase("无法读取模板文件 {1}（须为 UTF-8 文本）", "Cannot read the template file {1} (it must be UTF-8 text)")
        static let templateSet = Phrase("已设置模板 {1}（sha256 {2}），已记入审计", "Template {1} set (sha256 {2}); recorded in the audit log")
        static let templateReset = Phrase("模板 {1} 已恢复为内置模板，已记入审计", "Template {1} is the shipped one again; recorded in the audit log")
        static let letterMade = Phrase("已生成{1} {2}：{3}", "Made {1} {2}: {3}")
        static let templatesExist = Phrase("没有写入文件：目录中已有同名模板（--overwrite 覆盖）。", "Nothing written: the folder already has templates of these names (--overwrite replaces them).")
        static let written = Phrase("已写出 {1}", "Written: {1}")
        static let required = Phrase("  必需：{1}", "  required: {1}")
        static let conditional = Phrase("  有则显示：{1}", "  shown when present: {1}")
        static let templateProblem = Phrase("  问题：{1}", "  problem: {1}")
        static let pattern = Phrase("{1}（{2}）编号规则：{3}{4}", "{1} ({2}) numbering pattern: {3}{4}")
        static let patternDefault = Phrase("（默认）", " (default)")
        static let shortNameUnset = Phrase("（未设，用单位名称）", "(not set; the unit's name is used)")
        static let shortNameAndNext = Phrase("简称：{1}  {2} 年下一个文号：{3}", "Short name: {1}  next number in {2}: {3}")
    }
}
