import GongkaiCore

extension StoreText {
    /// 权责清单、公众参与、巡检 — the refusals of the registers' services.
    enum Registers {
        static let cancelNoChanges = Phrase("取消事项时不能同时修改内容", "Cancelling a duty takes no changes to its fields")
        static let nothingToChange = Phrase("没有要调整的内容：请给出要修改的项目；取消事项请用{1}", "Nothing to change: give the fields to change; to cancel the duty use {1}")
        static let noDuty = Phrase("没有编号为 {1} 的权责事项", "No duty numbered {1}")
        static let noConsultation = Phrase("没有编号为 {1} 的公众参与事项", "No consultation numbered {1}")
        static let minimumDaysRange = Phrase("向社会公开征求意见的最短天数应在 0 至 365 之间（0 表示不检查）", "The shortest public comment period is 0 to 365 days (0: not checked)")
        static let closingSoonRange = Phrase("截止提醒天数应在 0 至 90 之间", "The days of warning before the close are 0 to 90")
        static let noInspection = Phrase("没有编号为 {1} 的巡检记录", "No inspection numbered {1}")
    }
}
