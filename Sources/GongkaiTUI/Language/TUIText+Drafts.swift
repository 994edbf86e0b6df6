import GongkaiCore

extension TUIText {
    enum Drafts {
        static let unfinished = Phrase("有未完成的草稿：", "Unfinished drafts: ")
        static let entry = Phrase("{1}（{2}）{3}", "{1} ({2}) {3}")
        static let applicationForm = Phrase("申请表单", "request form")
        static let reportNarrative = Phrase("年度报告文字", "annual report text")
        static let documentEdit = Phrase("文件编辑", "document edit")
        static let resumeApplication = Phrase("在“申请”窗格重新打开同一表单即可恢复", "reopen the same form in the Requests pane to resume")
        static let resumeReport = Phrase("在 :report 视图中重新编写同一部分即可恢复", "write the same part again in the :report view to resume")
        static let registerForm = Phrase("登记簿表单", "register form")
        static let resumeRegister = Phrase("在登记簿（:duties、:consult、:inspect）重新打开同一表单即可恢复", "reopen the same form in the register (:duties, :consult, :inspect) to resume")
        static let interpretationSheet = Phrase("解读表", "interpretation sheet")
        static let resumeInterpretation = Phrase("在“解读”窗格重新打开同一文件的解读即可恢复", "open the same document's interpretation in the Interpretations pane again to resume")
        static let reviewComment = Phrase("审核意见", "review comment")
        static let resumeReview = Phrase("按 {1} 打开待办箱，对同一事项再按 {2}（或重新签发）即可恢复", "press {1} for the inbox and {2} (or sign again) on the same item to resume")
        static let reportFigures = Phrase("年度报告表二数字", "annual report table 2 figures")
        static let resumeFigures = Phrase("在 :report 视图中再按 {1} 填报即可恢复", "press {1} again in the :report view to resume")
        static let resumeDocument = Phrase("启动工作台时按 {1} 恢复", "press {1} at start-up to resume")
        static let storeRefused = Phrase("草稿无法保存，正在输入的内容断线后不能恢复：{1}", "Drafts cannot be kept, so typing would be lost on a dropped link: {1}")
    }
}
