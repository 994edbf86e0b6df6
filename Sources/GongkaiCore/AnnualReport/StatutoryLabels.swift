/// 年度报告法定用语 — the words of the statutory form (国办公开办函〔2021〕30号) for table 二 and the
/// table headings, kept once: the report's outputs (text, CSV, Markdown, HTML, Word) and the TUI's
/// report view (`LegalLabels`) all read them here. Table 三's row labels are `ReportRow.officialLabel`.
public enum StatutoryLabels {
    public static let article20Item1 = "第二十条第（一）项"
    public static let article20Item5 = "第二十条第（五）项"
    public static let article20Item6 = "第二十条第（六）项"
    public static let article20Item8 = "第二十条第（八）项"
    public static let content = "信息内容"
    public static let issuedThisYear = "本年制发件数"
    public static let repealedThisYear = "本年废止件数"
    public static let inForce = "现行有效件数"
    public static let decisionsThisYear = "本年处理决定数量"
    public static let feesThisYear = "本年收费金额（单位：万元）"
    public static let regulations = "规章"
    public static let normativeDocuments = "行政规范性文件"
    public static let licensing = "行政许可"
    public static let penalty = "行政处罚"
    public static let compulsion = "行政强制"
    public static let fees = "行政事业性收费"
    public static let total = "总计"
}
