import GongkaiCore

extension StoreText {
    /// 年度报告的输入 — figures, narrative sections, review cases, the report year; and the
    /// calendar and demo generation refusals.
    enum Reports {
        static let countyFigures = Phrase("全县报告的表二填报数字是各单位之和，请为具体单位填报（--unit）", "The county report's table 2 figures are the units' sum; enter them for a unit (--unit)")
        static let notNarrative = Phrase("“{1}”由记录生成，不能直接编写；可编写一、五、六", "\"{1}\" is made from the records and cannot be written; sections 1, 5 and 6 can")
        static let noCase = Phrase("没有编号为 {1} 的复议诉讼案件", "No review or litigation case numbered {1}")
        static let errorSeparator = Phrase("；", "; ")
        static let badFiledYear = Phrase("立案年度 {1} 无效", "The filing year {1} is not valid")
        static let filedDateYear = Phrase("立案日期 {1} 与立案年度 {2} 不一致", "The filing date {1} does not agree with the filing year {2}")
        static let decidedDateYear = Phrase("审结日期 {1} 与审结年度 {2} 不一致", "The decision date {1} does not agree with the decision year {2}")
        static let pendingDecided = Phrase("尚未审结的案件不能有审结年度或日期", "A pending case has no decision year or date")
        static let resultNeedsDecided = Phrase("结果为“{1}”的案件须填写审结年度或日期（--decided）", "A case with the result \"{1}\" needs its decision year or date (--decided)")
        static let decidedBeforeFiled = Phrase("审结年度 {1} 早于立案年度 {2}", "The decision year {1} is before the filing year {2}")
        static let decidedDateBeforeFiled = Phrase("审结日期 {1} 早于立案日期 {2}", "The decision date {1} is before the filing date {2}")
        static let badYear = Phrase("报告年度 {1} 无效：应在 2008 至 {2} 之间", "The report year {1} is not valid: it is 2008 to {2}")
        static let negativeWorkdays = Phrase("工作日天数不能为负数（days must be ≥ 0）", "The number of working days cannot be negative")
        static let negativeCounts = Phrase("文件数和申请数应不小于 0（counts must be ≥ 0）", "The numbers of documents and requests cannot be negative")
        static let badYears = Phrase("年份范围无效：{1}-{2}", "Not a valid range of years: {1}-{2}")
        static let futureYears = Phrase("年份范围 {1}-{2} 全部晚于今天 {3}", "The years {1}-{2} are all after today ({3})")
    }
}
