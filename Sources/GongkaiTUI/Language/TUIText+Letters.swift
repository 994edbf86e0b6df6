import GongkaiCore

extension TUIText {
    /// 文书 — the 申请 pane's `W` key.
    enum Letters {
        static let commandSummary = Phrase("生成当前环节的文书（补正告知书、征求意见函、延期答复告知书或答复书，DOCX）", "Make the letter for the current step (DOCX)")
        static let made = Phrase("已生成{1} {2}：{3}", "{1} {2} written to {3}")
        static let confirmAnother = Phrase("{1} 已有{2} {3}（{4}）；再生成一份将占用新的编号。按 y 生成，其他键取消", "{1} already has a {2}, {3} ({4}); another one takes a new number. Press y to make it, any other key to cancel")
        static let cancelled = Phrase("已取消，未生成文书", "Cancelled; no letter made")
        static let noSelection = Phrase("没有选中的申请", "No application selected")
        static let noStep = Phrase("{1} 当前状态为“{2}”，没有对应的文书（命令行 gongkai letter 可指定种类）", "{1} is {2}: no letter for this step (use gongkai letter --kind)")
        static let failed = Phrase("未生成文书：{1}", "No letter made: {1}")
        static let writeFailed = Phrase("无法写入 {1}：{2}；文书未生成，未取号", "Cannot write {1}: {2}; no letter was made and no number taken")
    }
}
