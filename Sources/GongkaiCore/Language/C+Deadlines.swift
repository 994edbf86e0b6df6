extension C {
    /// 办理记录被拒绝的原因 (DeadlineError; 条例第三十条至第三十四条, C1–C4).
    enum Deadlines {
        static let eventBeforeReceipt = Phrase("{1} 早于收到申请之日 {2}", "{1} is before the date of receipt {2}")
        static let eventBeforePrevious = Phrase("{1} 早于上一条办理记录的日期 {2}；请按时间顺序登记", "{1} is before the previous event ({2}); record events in date order")
        static let eventAfterClose = Phrase("申请已于 {1} {2}，不能再登记“{3}”", "the application was closed by {2} on {1}; cannot record {3}")
        static let eventInFuture = Phrase("{1} 晚于今天 {2}，不能登记未发生的事项", "{1} is after today ({2})")
        static let missingParameter = Phrase("“{1}”缺少{2}", "{1} needs {2}")
        static let correctionDueBeforeNotice = Phrase("补正期限 {1} 早于补正告知日期 {2}", "correction due date {1} is before the notice date {2}")
        static let clarifyAlreadyPending = Phrase("已于 {1} 发出补正告知，尚未收到补正；条例第三十条要求一次性告知", "a clarification request sent on {1} is still pending")
        static let clarifyReceivedWithoutRequest = Phrase("没有待补正的补正告知，不能登记“收到补正”", "clarify-received without a pending clarify-request")
        static let consultationAlreadyOpen = Phrase("{1} 起的征求意见尚未返回（期限 {2}），请先登记意见返回", "the consultation started {1} is still open (deadline {2})")
        static let consultEndWithoutConsultation = Phrase("没有待返回的征求意见，不能登记“意见返回”", "consult-end with no open consultation")
        static let replyWhileConsulting = Phrase("{1} 起的征求意见尚未返回且未到期（期限 {2}），请先登记意见返回", "reply while the consultation started {1} is open (deadline {2})")
        static let extensionDaysOutOfRange = Phrase("延期天数 {1} 无效：每次应为 1–{2} 个工作日（条例第三十三条）", "extension of {1} days: each extension must be 1–{2} working days")
        static let extensionTotalExceeded = Phrase("已延期 {1} 个工作日，再延期 {2} 个工作日将超过合计 {3} 个工作日的上限（条例第三十三条）", "already extended {1} days; {2} more exceeds the {3}-day total")
        static let extensionAfterDue = Phrase("答复期限 {2} 已过，{1} 不能再延期", "extension on {1} is after the due date {2}")
        static let extensionWhileAwaitingCorrection = Phrase("申请待补正，答复期限尚未开始计算，不能延期", "cannot extend while awaiting the applicant's correction")
        static let feeBasisNotOne = Phrase("收费通知须且只能选择一种计收方式：--count 件数 或 --pages 页数（国办函〔2020〕109号）", "a fee notice charges either by count (--count) or by pages (--pages), exactly one")
        static let feeNothingToCharge = Phrase("{1} {2} 在免费额度内，无需收费（国办函〔2020〕109号）", "{1} {2} is within the free allowance; nothing to charge")
        static let feeAmountPages = Phrase("收费金额 {1} 元与按量计收标准不符，应为 {2} 元（国办函〔2020〕109号）", "amount {1} yuan does not follow the per-page schedule; it is {2} yuan")
        static let feeAmountCount = Phrase("收费金额 {1} 元无效：按件计收应为 1 至 {2} 元（国办函〔2020〕109号）", "amount {1} yuan is invalid: per request it is 1 to {2} yuan")
        static let feeAlreadyPending = Phrase("{1} 的收费通知尚未缴费，请先登记缴纳费用", "the fee notice of {1} is still unpaid")
        static let feePaidWithoutNotice = Phrase("没有未缴费的收费通知，不能登记“缴纳费用”", "fee-paid without an unpaid fee notice")
        /// The Chinese reading of a refusal: Chinese, then the English in brackets.
        static let withEnglish = Phrase("{1}（{2}）", "{1} ({2})")
        static let parameterCorrectionDue = Phrase("补正期限", "correctionDue")
        static let parameterParty = Phrase("征求意见对象（第三方/其他机关）", "party")
        static let parameterDays = Phrase("延期天数", "days")
        static let parameterApprover = Phrase("批准人", "approver")
        static let parameterOutcome = Phrase("答复类型", "outcome")
        static let parameterAmount = Phrase("收费金额", "amount")
    }
}
