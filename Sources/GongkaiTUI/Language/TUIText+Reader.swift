import GongkaiCore

extension TUIText {
    /// 审阅器 — the inbox item read in full (Review/ReaderController).
    enum Reader {
        static let cmdOpen = Phrase("在待办中阅读选中的事项", "Read the selected inbox item")
        static let cmdNext = Phrase("阅读下一件待办", "Read the next inbox item")
        static let cmdPrev = Phrase("阅读上一件待办", "Read the previous inbox item")
        static let cmdClose = Phrase("关闭阅读，回到待办", "Close the reader, back to the inbox")
        static let cmdApprove = Phrase("签发选中或正在阅读的文件或解读", "Sign off the document or interpretation selected or being read")
        static let cmdReturn = Phrase("退回选中或正在阅读的文件或解读（填写意见）", "Return the document or interpretation selected or being read (with a comment)")
        static let cmdSnooze = Phrase("暂缓选中或正在阅读的事项（到某日）", "Snooze the item selected or being read (until a date)")
        static let cmdUndo = Phrase("撤销上一次审核操作", "Undo the last review action")
        static let cmdGoto = Phrase("到事项所在的视图办理", "Go to the item in its own view")
        static let notOpen = Phrase("阅读器未打开（在待办中按 {1} 阅读）", "The reader is not open (press {1} in the inbox)")

        static let title = Phrase(">阅读  [{1}]  {2} {3}  {4}", ">Reader  [{1}]  {2} {3}  {4}")
        static let keysDecidable = Phrase("a 签发 r 退回 s 暂缓 n/p 下/上一件 o 所在视图 H 记录 q 返回", "a sign r return s snooze n/p next/prev o view H history q back")
        static let keysOther = Phrase("s 暂缓 n/p 下/上一件 o 所在视图 H 记录 q 返回", "s snooze n/p next/prev o view H history q back")
        static let allDone = Phrase("待办已全部处理", "The inbox is empty: everything is dealt with")
        static let firstItem = Phrase("已是第一件待办", "This is the first inbox item")
        static let lastItem = Phrase("已是最后一件待办", "This is the last inbox item")
        static let readFailed = Phrase("读取失败：{1}", "Could not read it: {1}")
        static let notVisible = Phrase("（无法读取此事项：它可能已被他人处理）", "(This item cannot be read: someone may have dealt with it)")

        // Documents
        static let issuer = Phrase("发文单位", "Issuing unit")
        static let category = Phrase("公开目录", "Catalog")
        static let published = Phrase("发布日期", "Published")
        static let publishDue = Phrase("公开期限", "Publish by")
        static let overdue = Phrase("（已逾期）", " (overdue)")
        static let provisional = Phrase("（暂定：{1} 年节假日安排未录入）", " (provisional: no holiday calendar for {1})")
        static let undetermined = Phrase("未定", "not decided")
        static let validity = Phrase("效力状态", "Validity")
        static let version = Phrase("版本", "Version")
        static let emptyBody = Phrase("（正文为空）", "(no text)")

        // 三同步
        static let syncHeading = Phrase("三同步（{1}）", "Three-in-sync ({1})")
        static let syncPlain = Phrase("三同步", "Three-in-sync")
        static let notRequired = Phrase("此文件不要求同步解读", "no interpretation required for this document")
        static let organised = Phrase("同步组织", "Organised together")
        static let signed = Phrase("同步审签", "Signed together")
        static let publishedTogether = Phrase("同步部署", "Published together")
        static let problem = Phrase("问题：{1}", "Problem: {1}")
        static let interpretations = Phrase("解读：{1}", "Interpretations: {1}")
        static let interpretationEntry = Phrase("{1} {2}", "{1} {2}")
        static let noInterpretation = Phrase("尚无解读", "none yet")

        // Interpretations
        static let document = Phrase("所解读文件", "Document")
        static let created = Phrase("创建日期", "Created")
        static let approved = Phrase("签发日期", "Signed")
        static let missing = Phrase("尚缺要素：{1}", "Elements missing: {1}")

        // Other items
        static let kind = Phrase("事项", "Item")
        static let number = Phrase("编号", "Number")
        static let matter = Phrase("事由", "Matter")
        static let reason = Phrase("原因", "Reason")
        static let due = Phrase("期限", "Due")
        static let gotoHint = Phrase("按 {1} 到所在视图办理。", "Press {1} to deal with it in its own view.")
    }
}
