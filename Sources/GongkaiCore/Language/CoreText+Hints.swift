extension CoreText {
    /// 输入提示 in the workstation: the form field where the officer gives what a refusal asks
    /// for (InputHint; on the command line the refusal names the CLI option instead).
    enum Hints {
        static let changeDate = Phrase("「生效日期」栏", "the “Effective date” field")
        static let shortReason = Phrase("「期限较短的理由」栏", "the “Short period reason” field")
        static let summary = Phrase("「意见概要」栏", "the “Summary” field")
        static let adoption = Phrase("「采纳情况」栏", "the “Adoption” field")
        static let feedback = Phrase("「公开反馈」栏", "the “Published feedback” field")
        static let earlyReason = Phrase("「提前办结的理由」栏", "the “Early close reason” field")
        static let inspector = Phrase("「巡检人」栏", "the “Inspector” field")
        static let channel = Phrase("「渠道名称」栏", "the “Channel” field")
        static let problems = Phrase("「发现的问题」栏", "the “Problems found” field")
        static let note = Phrase("「备注」栏", "the “Note” field")
        static let count = Phrase("「按件计收件数」栏", "the “Requests charged” field")
        static let pages = Phrase("「按量计收页数」栏", "the “Pages charged” field")
        static let override = Phrase("「越过规则理由」栏", "the “Override reason” field")
        static let overrideReason = Phrase("在待办箱中审核时填写特批理由", "give the override reason when deciding it in the inbox")
        static let cancel = Phrase("权责清单中的取消事项表单", "the duties register's cancel form")
    }
}
