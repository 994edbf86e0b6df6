import GongkaiCore

extension LettersText {
    /// 文书无法生成、模板检查.
    enum Letters {
        static let missingData = Phrase("缺少生成文书所需的数据（{1}）：{2}。未生成任何文件，也未取号。", "Missing data for the letter ({1}): {2}. No file was made and no number was taken.")
        static let listSeparator = Phrase("、", ", ")
        /// A missing item: its label and where it comes from (the labels are Chinese; English shows the variable).
        static let missingItem = Phrase("{1}（{2}）", "{1} ({2})")
        static let unknownVariable = Phrase("模板自设的变量 {1}", "the template's own variable {1}")
        /// After a deadline counted across a year whose holiday arrangement is missing (C5): the
        /// letter says the date is provisional and names the year.
        static let provisionalDate = Phrase("{1}（暂定：{2}年节假日安排尚未录入，按周一至周五推算，安排确定后可能调整）", "{1} (provisional: the {2} holiday arrangement is not entered yet; counted Monday to Friday, it may change)")
        static let noReply = Phrase("{1} 尚未登记答复，不能生成答复书；请先登记答复（gongkai app event {1} reply --outcome 代码）。", "{1} has no reply recorded, so there is no reply letter; record the reply first (gongkai app event {1} reply --outcome CODE)")
        static let noLetterForStep = Phrase("申请当前状态为“{1}”，没有对应的文书；可用 gongkai letter --kind 指定。", "The request is in state \"{1}\", which has no letter; choose one with gongkai letter --kind")
        static let missingEvent = Phrase("生成{1}需要先登记“{2}”环节。", "To make the {1}, record the {2} step first")
        static let consultStep = Phrase("征求意见", "consultation")
        static let extendStep = Phrase("延期", "extension")
        static let noTemplate = Phrase("没有名为 {1} 的文书模板", "No letter template named {1}")
        static let templateUnreadable = Phrase("无法读取模板 {1}：{2}", "Cannot read the template {1}: {2}")
        static let templateSyntax = Phrase("模板 {1} 第 {2} 行第 {3} 列有语法错误：{4}", "Syntax error in template {1}, line {2}, column {3}: {4}")
        static let feeQuantityRange = Phrase("计费数量应为正整数，本件件数不能超过本月累计件数", "The fee quantity must be a positive whole number, and this request's items cannot exceed the month's running total")
        static let payByTooEarly = Phrase("缴费期限 {1} 早于应给申请人的期限 {2}（收到通知次日起 {3} 个工作日，国办函〔2020〕109号）", "The payment date {1} is earlier than the applicant is owed ({2}: {3} working days after receiving the notice)")
        static let noFeeDue = Phrase("{1}{2}{3}在免费范围内（国办函〔2020〕109号），不收信息处理费，无需缴费通知", "{1}: {2} {3} is within the free allowance (Guobanhan [2020] No. 109); no processing fee is due, so there is no fee notice")
        static let unitRequests = Phrase("件", "request(s)")
        static let unitPages = Phrase("页", "page(s)")
        static let builtInTemplate = Phrase("{1}，内置模板", "{1}, built-in template")
        static let unsupportedTag = Phrase("不支持的标签 {{{1}}}", "Unsupported tag {{{1}}}")
        static let unknownVariableTag = Phrase("未知变量 {{{1}}}：文书数据中没有这一项", "Unknown variable {{{1}}}: the letter data has no such item")
        static let unknownTemplateName = Phrase("文件名不对应任何文书：可用 {1} 或 reply.<处理结果代码>", "The file name matches no letter: use {1} or reply.<outcome code>")
    }
}
