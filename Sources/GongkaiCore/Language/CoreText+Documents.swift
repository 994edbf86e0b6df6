extension CoreText {
    /// 文号检查 (GB/T 9704) and 栏目更新 — the document-number findings and the stale-column note.
    enum Documents {
        static let numberEmpty = Phrase("文号为空", "The document number is empty")
        static let numberSpaces = Phrase("文号中含有空格，应连续书写", "The number contains spaces; write it without them")
        static let numberNoBracket = Phrase("未找到括入年份的括号：文号应为“发文机关代字〔年份〕序号号”，如 X政发〔2026〕3号", "No brackets around the year: a number reads issuer code, year in brackets, sequence and the character hao, as in X-zhengfa [2026] 3")
        static let numberNoIssuer = Phrase("缺少发文机关代字：文号应为“发文机关代字〔年份〕序号号”，如 X政发〔2026〕3号", "The issuer code is missing: a number reads issuer code, year in brackets, sequence and the character hao")
        static let numberIssuerNoText = Phrase("发文机关代字“{1}”不含文字", "The issuer code \"{1}\" has no letters")
        static let numberNoYear = Phrase("括号内应为年份（四位数字），如〔2026〕", "The brackets should hold the year (four digits), as in [2026]")
        static let numberShortYear = Phrase("年份应标全称（四位数字）：括号内为 {1} 位数字", "Write the full year (four digits): the brackets hold {1} digits")
        static let numberNoCloser = Phrase("年份后缺少右括号，应为〔{1}〕", "The closing bracket after the year {1} is missing")
        static let numberBrackets = Phrase("年份应使用六角括号“〔〕”，不应使用“{1}”", "The year takes hexagonal brackets, not \"{1}\"")
        static let numberOrdinal = Phrase("发文顺序号前不加“第”字", "No ordinal character (di) before the sequence number")
        static let numberTooLong = Phrase("发文顺序号过长", "The sequence number is too long")
        static let numberNoSequence = Phrase("年份后缺少发文顺序号（阿拉伯数字），如〔{1}〕3号", "The sequence number (Arabic digits) after the year {1} is missing")
        static let numberZero = Phrase("发文顺序号不能为 0", "The sequence number cannot be 0")
        static let numberLeadingZeros = Phrase("发文顺序号不编虚位：应为“{1}号”，不应为“{2}号”", "No leading zeros in the sequence number: {1}, not {2}")
        static let numberNoHao = Phrase("发文顺序号后应加“号”字", "The sequence number is followed by the character hao")
        static let numberTrailing = Phrase("发文顺序号后有多余内容“{1}”", "Unexpected text after the sequence number: \"{1}\"")
        static let numberFullWidth = Phrase("年份和顺序号应使用半角阿拉伯数字", "Use half-width Arabic digits for the year and the sequence")
        static let numberYearRange = Phrase("年份 {1} 不在 {2}–{3} 之间，请核对", "The year {1} is not between {2} and {3}; please check")

        static let staleNever = Phrase("自 {1} 设立以来从未更新", "never updated since it was set up on {1}")
        static let staleSince = Phrase("最近一次更新为 {1}", "last updated {1}")
        static let stale = Phrase("栏目“{1}”{2}，已 {3} 天无新内容（超过 {4} 天）", "Column \"{1}\": {2}, nothing new for {3} days (more than {4})")
    }
}
