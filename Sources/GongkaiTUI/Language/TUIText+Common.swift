import GongkaiCore

extension TUIText {
    enum Common {
        static let clauseSeparator = Phrase("；", "; ")
        static let colonMessage = Phrase("：{1}", ": {1}")
        static let parenthesized = Phrase("（{1}）", " ({1})")
        static let listSeparator = Phrase("、", ", ")
        static let labelled = Phrase("{1}：{2}", "{1}: {2}")
        static let colon = Phrase("：", ": ")
        static let formKeysMulti = Phrase("{1} 确定  {2} 下一项  {3} 取消", "{1} OK  {2} next field  {3} cancel")
        static let formKeysSingle = Phrase("{1} 确定  {2} 取消", "{1} OK  {2} cancel")
        static let transition = Phrase("{1}：{2} → {3}（{4}）", "{1}: {2} -> {3} ({4})")
        static let notSaved = Phrase("未保存：{1}", "Not saved: {1}")
        static let cancelledNoChange = Phrase("已取消，未做任何修改", "Cancelled; nothing changed")
        static let sentenceEnd = Phrase("。", ". ")
    }
}
