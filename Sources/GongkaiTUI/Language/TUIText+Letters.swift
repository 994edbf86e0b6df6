import GongkaiCore

extension TUIText {
    /// 文书 — the 申请 pane's `W` key.
    enum Letters {
        static let commandSummary = Phrase("生成当前环节的文书（补正告知书、征求意见函、延期答复告知书或答复书，DOCX）", "Make the letter for the current step (DOCX)")
        static let made = Phrase("已生成{1} {2}：{3}", "{1} {2} written to {3}")
        static let noSelection = Phrase("没有选中的申请", "No application selected")
        static let noStep = Phrase("{1} 当前状态为“{2}”，没有对应的文书", "{1} is {2}: no letter for this step")
        static let failed = Phrase("未生成文书：{1}", "No letter made: {1}")
        static let writeFailed = Phrase("无法写入 {1}：{2}；文书未生成，未取号", "Cannot write {1}: {2}; no letter was made and no number taken")
    }
}
