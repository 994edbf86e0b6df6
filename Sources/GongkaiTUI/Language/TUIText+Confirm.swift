import GongkaiCore

extension TUIText {
    /// 确认 — the one question asked before a step that cannot be taken back with one key (App/Confirmation).
    enum Confirm {
        static let question = Phrase("{1} {2}？y 确认，其他键取消", "{1} {2}? y confirms, any other key cancels")
        static let item = Phrase("{1}《{2}》", "{1} “{2}”")
        static let cancelled = Phrase("已取消：{1} {2} 未执行，没有改动。", "Cancelled: {1} {2} not done, nothing changed.")
        static let discardQuestion = Phrase("{1}有未保存的输入，放弃？y 放弃，其他键继续编辑", "{1} has unsaved input. Discard it? y discards, any other key keeps editing")
        static let keepEditing = Phrase("继续编辑，输入都还在。", "Still editing; nothing was lost.")
        static let discarded = Phrase("已放弃未保存的输入，没有改动。", "Unsaved input discarded; nothing changed.")
        static let batchItems = Phrase("已标记的 {1} 件（{2}）", "the {1} marked items ({2})")
        static let letterVerb = Phrase("生成{1}", "Make the {1} for")
        static let letterAgain = Phrase("{1}（已有{2} {3}（{4}），再生成一份将占用新的编号）", "{1} (it already has {2} {3} ({4}); another takes a new number)")
        static let replyVerb = Phrase("答复（{1}）", "Reply ({1}) to")
        static let reportItem = Phrase("{1}（第 {2} 版，报送后内容冻结）", "{1} (version {2}; frozen once filed)")
        static let newDocumentForm = Phrase("新建文件表单", "The new document form")
        static let applicationForm = Phrase("申请表单", "The request form")
        static let catalogForm = Phrase("目录表单", "The catalog form")
        static let figuresForm = Phrase("表二填报表单", "The table II figures form")
        static let narrative = Phrase("年度报告文字", "The annual report text")
        static let interpretationSheet = Phrase("解读", "The interpretation")
        static let registerForm = Phrase("登记簿表单", "The register form")
    }
}
