extension CoreText {
    /// 办理记录规则 (CaseHistoryGuard; 条例第三十条、第三十六条; C8, C9) and the fee pause (C8).
    enum Guards {
        static let refused = Phrase("拒绝登记（规则 {1}「{2}」，{3}）：{4}", "Refused (rule {1} \"{2}\", {3}): {4}")
        static let article30 = Phrase("条例第三十条", "Regulations art. 30")
        static let article30and32 = Phrase("条例第三十条、第三十二条", "Regulations arts. 30 and 32")
        static let article30and36 = Phrase("条例第三十条、第三十六条", "Regulations arts. 30 and 36")
        static let feeMeasures = Phrase("国办函〔2020〕109号", "State Council Office letter [2020] No. 109")

        static let secondNotice = Phrase("已于 {1} 发出补正告知，补正告知只能发一次（一次性告知）", "a correction notice was already sent on {1}; only one notice is allowed")
        static let periodTooShort = Phrase("补正期限 {1} 距告知日 {2} 只有 {3} 个工作日，少于本工作区规定的最短 {4} 个工作日", "the correction due date {1} is only {3} working days after the notice ({2}); the workspace minimum is {4}")
        static let whileConsulting = Phrase("{1} 起的征求意见尚未返回（期限 {2}）；请在意见返回后再一次性告知补正", "the consultation started {1} is still open (deadline {2}); send the correction notice after it ends")
        static let lateCorrection = Phrase("补正于 {1} 收到，晚于补正期限 {2}；请写明申请人有无正当理由（{3}）", "the correction arrived on {1}, after its due date {2}; say whether there was good reason ({3})")
        static let noNotice = Phrase("没有补正告知，不能按“逾期不补正”办结", "there was no correction notice, so the case cannot be closed as not corrected")
        static let correctionAlreadyReceived = Phrase("已于 {1} 收到补正，不能按“逾期不补正”办结", "the correction was received on {1}, so the case cannot be closed as not corrected")
        static let correctionPeriodRunning = Phrase("补正期限 {1} 尚未届满，{2} 不能按“逾期不补正”办结", "the correction period runs until {1}; on {2} the case cannot be closed as not corrected")
        static let noCorrectionReceived = Phrase("没有收到补正，不能答复“补正后申请内容仍不明确”", "no correction was received, so the reply cannot be still-unclear")
        static let noFeeNotice = Phrase("没有未缴费的收费通知，不能按“逾期未缴费”办结", "there is no unpaid fee notice, so the case cannot be closed as fee unpaid")
        static let feePeriodRunning = Phrase("缴费期限 {1} 尚未届满，{2} 不能按“逾期未缴费”办结", "the payment period runs until {1}; on {2} the case cannot be closed as fee unpaid")

        static let warnGuard = Phrase("记录不符合规则：{1}", "Record breaks a rule: {1}")
        static let warnClarifyAfterDue = Phrase("补正告知于 {1} 发出时答复期限 {2} 已过；告知不改变已经错过的期限，申请仍为逾期（C9）", "The correction notice of {1} came after the due date {2}; it does not move a missed deadline, the case stays overdue (C9)")
        static let warnFeeOverdue = Phrase("缴费期限 {1} 已过，未缴费；可按“逾期未缴纳信息处理费、不再处理”（other.fee-unpaid）办结（国办函〔2020〕109号）", "The payment period ended on {1} without payment; the case may be closed as other.fee-unpaid")
        static let warnFeeAfterDue = Phrase("收费通知于 {1} 发出时答复期限 {2} 已过；收费通知不改变已经错过的期限", "The fee notice of {1} came after the due date {2}; it does not move a missed deadline")

    }
}
