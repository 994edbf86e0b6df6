import GongkaiCore

extension CLIText {
    /// `gongkai report …` — the annual report's inputs and filing (the report's own tables and
    /// text are statutory and stay Chinese).
    enum Report {
        static let docxNeedsOutput = Phrase("--format docx 须用 -o 指定要写入的文件", "--format docx needs -o FILE")
        static let written = Phrase("已写入 {1}", "Written to {1}")
        static let progressCounting = Phrase("统计申请", "Counting requests")
        static let checkFailed = Phrase("校验未通过：{1}", "Check failed: {1}")
        static let noCases = Phrase("没有案件。", "No cases.")
        static let year = Phrase("{1} 年", "{1}")
        static let filedOn = Phrase("立案 {1}", "filed {1}")
        static let fieldLicensing = Phrase("--licensing（行政许可）", "--licensing (licensing decisions)")
        static let fieldPenalty = Phrase("--penalty（行政处罚）", "--penalty (penalty decisions)")
        static let fieldCompulsion = Phrase("--compulsion（行政强制）", "--compulsion (compulsion decisions)")
        static let fieldFees = Phrase("--fees（行政事业性收费，万元）", "--fees (administrative fees, 10,000 yuan)")
        static let filed = Phrase("已报送：{1}，第 {2} 版（{3}，{4}）", "Filed: {1}, version {2} ({3}, {4})")
        static let noneFiled = Phrase("{1} 年尚无已报送的报告。", "No report filed for {1} yet.")
        static let filedLine = Phrase("{1}  第 {2} 版  {3}  {4}", "{1}  version {2}  {3}  {4}")
        static let badSection = Phrase("--section 的值“{1}”无效，可用：overview（一）、problems（五）、other-matters（六）", "--section: \"{1}\" is not valid; use overview, problems or other-matters")
        static let textOrFile = Phrase("请给出 --text 或 --file 之一", "Give --text or --file")
        static let narrativeSaved = Phrase("已保存 {1} 年报告的“{2}”（{3} 字）", "Saved \"{2}\" of the {1} report ({3} characters)")
    }
}
