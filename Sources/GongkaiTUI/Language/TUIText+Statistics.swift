import GongkaiCore

extension TUIText {
    /// 统计视图 (`:stats`) and its bar charts.
    enum Statistics {
        static let commandSummary = Phrase("打开统计：stats 2025（本单位；县政府办公室为全县）/ stats 2025 县教育局 / stats 2025 county", "Open statistics: stats 2025 (own unit; county office: all units) / stats 2025 <unit> / stats 2025 county")
        static let usage = Phrase("用法：stats | stats 2025 | stats 2025 县教育局 | stats 2025 county", "Usage: stats | stats 2025 | stats 2025 <unit> | stats 2025 county")
        static let unsupported = Phrase("此数据源不支持统计", "This data source has no statistics")
        static let header = Phrase("统计 {1}  [{2}]   [/] 或 h/l 换年份  u 换单位  j/k 滚动  r 刷新  Esc 返回", "Statistics {1}  [{2}]   [/] or h/l year  u unit  j/k scroll  r refresh  Esc back")
        static let refreshed = Phrase("已按记录重新统计", "Recounted from the records")
        static let ownUnitOnly = Phrase("只能统计本单位（县政府办公室可统计任一单位）", "You can see your own unit only (the county office can choose any unit)")
        static let unitShown = Phrase("单位：{1}", "Unit: {1}")

        // The charts (StatisticsChart.Labels).
        static let title = Phrase("{1} 年统计  {2}", "Statistics {1}  {2}")
        static let allUnits = Phrase("全部单位", "All units")
        static let asOf = Phrase("统计截止 {1}", "as of {1}")
        static let monthly = Phrase("每月收到与答复的申请", "Applications received and answered per month")
        static let received = Phrase("收到", "In")
        static let answered = Phrase("答复", "Out")
        static let monthName = Phrase("{1}月", "M{1}")
        static let overdue = Phrase("逾期情况", "Overdue")
        static let overdueLine = Phrase("已答复 {1} 件，其中逾期答复 {2} 件；逾期未答复 {3} 件", "Answered {1}, of which late {2}; open past due {3}")
        static let rate = Phrase("逾期率 {1}", "Overdue rate {1}")
        static let noRate = Phrase("逾期率 -（没有可计的申请）", "Overdue rate - (nothing to count)")
        static let forms = Phrase("按形式统计的政策解读（共 {1} 条）", "Interpretations published, by form ({1})")
        static let areas = Phrase("按目录栏目统计的已发布文件（共 {1} 件）", "Documents published, by catalog column ({1})")
        static let none = Phrase("（无）", "(none)")
        static let provisional = Phrase("注意：{1} 年没有节假日安排，逾期按周一至周五暂计", "Note: no holiday arrangement for {1}; overdue counted Monday-Friday (provisional)")
        static let unfiled = Phrase("未归目录", "Not filed")
        static let lateClarify = Phrase("补正告知超期（晚于收到申请后 7 个工作日）{1} 件", "Correction notices sent late (over 7 working days after receipt): {1}")

        /// 解读形式 in the interface language.
        static func formName(_ f: InterpretationForm) -> String {
            let p: Phrase
            switch f {
            case .text: p = Phrase("文字解读", "Text")
            case .expert: p = Phrase("专家解读", "Expert")
            case .qa: p = Phrase("政策问答", "Q&A")
            case .graphic: p = Phrase("图解", "Graphic")
            case .video: p = Phrase("视频", "Video")
            case .audio: p = Phrase("音频", "Audio")
            case .animation: p = Phrase("动漫", "Animation")
            case .h5: p = Phrase("H5", "H5")
            case .onlineInterview: p = Phrase("在线访谈", "Online interview")
            case .mediaInterview: p = Phrase("媒体专访", "Media interview")
            case .pressQA: p = Phrase("答记者问", "Press Q&A")
            case .pressConference: p = Phrase("新闻发布会", "Press conference")
            }
            return p.text()
        }

        /// The chart words in the interface language.
        static func labels() -> StatisticsChart.Labels {
            var l = StatisticsChart.Labels.chinese
            l.title = title.text(); l.allUnits = allUnits.text(); l.asOf = asOf.text(); l.monthly = monthly.text()
            l.received = received.text(); l.answered = answered.text(); l.monthName = monthName.text()
            l.overdue = overdue.text(); l.overdueLine = overdueLine.text(); l.rate = rate.text(); l.noRate = noRate.text()
            l.forms = forms.text(); l.areas = areas.text(); l.none = none.text(); l.provisional = provisional.text()
            l.lateClarify = lateClarify.text()
            l.formName = { formName($0) }
            l.areaName = { $0.nodeId == nil ? unfiled.text() : $0.name }
            return l
        }
    }
}
