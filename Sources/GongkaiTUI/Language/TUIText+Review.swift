import GongkaiCore

extension TUIText {
    enum Review {
        static let noneSelected = Phrase("没有选中的事项", "No item selected")
        static let noHistory = Phrase("（没有修改记录）", "(no changes recorded)")
        static let onBehalf = Phrase("{1}（由 {2} 代）", "{1} (by {2} on their behalf)")
        static let historyTitle = Phrase(" 修改记录：{1} ", " History: {1} ")
        static let historyFooter = Phrase("{1} 关闭", "{1} close")
        static let noneMarked = Phrase("没有已标记的待审核文件或解读（{1} 标记）", "No marked documents or interpretations awaiting review ({1} marks)")
        static let onlyReviewReturn = Phrase("只有待审核的文件和待审签的解读可以退回", "Only documents and interpretations awaiting review can be returned")
        static let returnComment = Phrase("退回意见：", "Return comment: ")
        static let snoozeUntil = Phrase("暂缓到（YYYY-MM-DD）：", "Snooze until (YYYY-MM-DD): ")
        static let readFailed = Phrase("读取待办失败：{1}", "Could not read the inbox: {1}")
        static let onlyReviewApprove = Phrase("只有待审核的文件和待审签的解读可以签发", "Only documents and interpretations awaiting review can be signed off")
        static let overrideReason = Phrase("三同步检查未通过（{1}），特批理由（Esc 取消）：", "Three-in-sync check failed ({1}); reason for the override (Esc cancels): ")
        static let documentCount = Phrase("{1} 件", "{1} items")
        static let done = Phrase("已{1}：{2}（u 撤销）", "Done: {1}: {2} (u undoes)")
        static let failed = Phrase("未能{1}：", "Could not {1}: ")
        static let nothingToUndo = Phrase("没有可以撤销的操作", "Nothing to undo")
        static let undone = Phrase("已撤销", "Undone")
        static let cannotUndo = Phrase("不能撤销：{1}", "Cannot undo: {1}")
        static let cancelled = Phrase("已取消", "Cancelled")
        static let commentRestored = Phrase("已恢复上次未提交的意见（{1} 提交，{2} 放弃）", "Restored the words you had not given ({1} gives them, {2} drops them)")
        static let commentRequired = Phrase("退回须填写意见", "A return needs a comment")
        static let badDate = Phrase("日期无效：{1}（格式 YYYY-MM-DD）", "Invalid date: {1} (format YYYY-MM-DD)")
        static let snoozed = Phrase("已暂缓到 {1}（u 撤销）", "Snoozed until {1} (u undoes)")
        static let reasonRequired = Phrase("特批须填写理由（将记入审计日志）", "An override needs a reason (it is written to the audit log)")
        static let markedCount = Phrase("  已标记 {1}", "  marked {1}")
        static let inboxTitle = Phrase(">待办  [{1}]{2}   Enter 阅读  a 签发  r 退回  s 暂缓  Space 标记  A 批量签发  u 撤销  Esc 返回", ">Inbox  [{1}]{2}   Enter read  a sign off  r return  s snooze  Space mark  A sign off marked  u undo  Esc back")
        static let empty = Phrase("没有待办事项。", "Nothing in the inbox.")
    }
}
