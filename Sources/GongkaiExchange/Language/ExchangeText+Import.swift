import GongkaiCore

extension ExchangeText {
    /// 导入文件的问题: why a ledger file (or a column map) was refused.
    enum Import {
        static let problemsFooter = Phrase("共 {1} 处问题，未导入任何记录。", "{1} problem(s); nothing imported.")
        static let cellControlCharacter = Phrase("单元格的第 {2} 个字符（第 {3} 行第 {4} 列）是控制字符 {1}，不能导入", "character {2} of the cell (line {3}, column {4}) is the control character {1}, which cannot be imported")
        static let cellTooLong = Phrase("单元格有 {1} 个字符，超过上限 {2}", "the cell has {1} characters, more than the limit of {2}")
        static let listSeparator = Phrase("、", ", ")
        static let nameAndCode = Phrase("{1}（{2}）", "{1} ({2})")
        static let encodingNames = Phrase("utf-8、gb18030、utf-16（utf-16le）、utf-16be", "utf-8, gb18030, utf-16 (utf-16le), utf-16be")

        static let mapUnreadable = Phrase("映射文件无法解析：{1}", "The column map cannot be read: {1}")
        static let mapRowShape = Phrase("映射行应为“表头,字段”两列", "A map row has two cells: header,field")
        static let mapUnknownField = Phrase("映射文件把这一列对应到未知字段“{1}”；可用字段：{2}", "The column map gives this column the unknown field \"{1}\"; fields: {2}")
        static let unknownColumn = Phrase("不认识的列“{1}”；请改成标准表头，或用 --map 指定它对应的字段（或“忽略”）。标准表头：{2}", "Unknown column \"{1}\"; rename it to a standard header, or give its field with --map (or \"ignore\"). Standard headers: {2}")
        static let duplicateColumn = Phrase("与第 {1} 列“{2}”重复，都对应“{3}”", "Duplicates column {1} \"{2}\": both are \"{3}\"")
        static let missingColumn = Phrase("缺少必需的列“{1}”（{2}）", "The required column \"{1}\" ({2}) is missing")

        static let comma = Phrase("逗号", "comma")
        static let tab = Phrase("制表符", "TAB")
        static let semicolon = Phrase("分号", "semicolon")
        static let delimiterForced = Phrase("按{1}分隔（--delimiter 指定）", "split by {1} (--delimiter)")
        static let delimiterDetected = Phrase("按{1}分隔（自动识别）", "split by {1} (detected)")
        static let delimiterGuessed = Phrase("按{1}分隔；逗号、制表符、分号都不能使各行列数一致，请检查文件或用 --delimiter 指定", "split by {1}; no delimiter (comma, TAB, semicolon) gives every row the same number of cells: check the file or choose one with --delimiter")

        static let required = Phrase("{1}不能为空（required）", "{1} is required")
        static let badDate = Phrase("日期“{1}”无法识别或不存在；可写 2026-03-05、2026/3/5 或 2026年3月5日", "The date \"{1}\" is not recognised or does not exist; write 2026-03-05 or 2026/3/5")
        static let unknownCode = Phrase("“{1}”不是有效的{2}；可用：{3}", "\"{1}\" is not a valid {2}; use one of: {3}")
        static let replyWithoutOutcome = Phrase("有答复日期就须填写处理结果", "A reply date needs an outcome")
        static let outcomeWithoutReply = Phrase("有处理结果就须填写答复日期", "An outcome needs a reply date")
        static let replyBeforeReceipt = Phrase("答复日期 {1} 早于收到日期 {2}", "The reply date {1} is before the date received {2}")
        static let notWithheldReason = Phrase("“{1}”不是不予公开的理由；应为 withheld.*（属于国家秘密 …）", "\"{1}\" is not a reason to withhold; use a withheld.* code (state secret ...)")
        static let validBeforeFormed = Phrase("有效期至 {1} 早于成文日期 {2}", "Valid until {1} is before the date formed {2}")

        static let emptyFile = Phrase("文件为空，没有表头", "The file is empty: no header row")
        static let csvUnreadable = Phrase("CSV 无法解析：{1}", "The CSV cannot be read: {1}")
        static let csvLinesMismatch = Phrase("CSV 记录数无法对应到行号（{1} ≠ {2}）", "The CSV records do not match the lines ({1} != {2})")
        static let notAWorkbook = Phrase("不是有效的 Excel 工作簿（.xlsx）：{1}", "Not a valid Excel workbook (.xlsx): {1}")
        static let noWorksheet = Phrase("不是有效的 Excel 工作簿（.xlsx）：没有工作表", "Not a valid Excel workbook (.xlsx): it has no worksheet")
        static let withNote = Phrase("{1}；{2}", "{1}; {2}")
        static let raggedRow = Phrase("这一行有 {1} 列，表头有 {2} 列", "This row has {1} cells, the header {2}")
        static let raggedRowNote = Phrase("这一行有 {1} 列，表头有 {2} 列（{3}）", "This row has {1} cells, the header {2} ({3})")
        static let textAfterQuote = Phrase("引号括起的字段在右引号后还有字符；字段中的引号应写成两个引号（\"\"）", "Text after a closing quote; a quote inside a field is written as two quotes (\"\")")
        static let strayQuote = Phrase("字段中间出现引号；含引号的字段须整体用引号括起，引号写成两个", "A stray quote inside a field; a field holding quotes is quoted whole, each quote doubled")
        static let unclosedQuote = Phrase("引号没有闭合，文件到此结束", "Unclosed quote: the file ends inside it")

        static let bomContradicts = Phrase("文件以 {1} 的字节顺序标记（BOM）开头，与 --encoding {2} 不符；去掉 --encoding 即可自动识别", "The file starts with a {1} byte order mark (BOM), which contradicts --encoding {2}; leave out --encoding to detect it")
        static let notUTF8NorGB18030 = Phrase("文件既不是有效的 UTF-8 也不是 GB18030 文本（第 {1} 个字节起）；请在 Excel/WPS 中另存为 CSV UTF-8，或用 --encoding 指定编码", "The file is neither UTF-8 nor GB18030 text (from byte {1}); save it as CSV UTF-8 in Excel/WPS, or name its encoding with --encoding")
        static let notUTF16 = Phrase("文件不是有效的 UTF-16{1} 文本（{2}）；请在 Excel/WPS 中重新另存为“Unicode 文本”或 CSV UTF-8", "The file is not valid UTF-16{1} text ({2}); save it again in Excel/WPS as \"Unicode Text\" or CSV UTF-8")
        static let unpairedSurrogate = Phrase("第 {1} 个字节起有不成对的代理项", "an unpaired surrogate from byte {1}")
        static let oddByteCount = Phrase("字节数为奇数，文件不完整", "an odd number of bytes: the file is cut short")
        static let notGB18030 = Phrase("文件不是有效的 GB18030 文本", "The file is not valid GB18030 text")
    }
}
