extension CoreText {
    /// 依申请公开: the receipt-date rules (第三十一条) and the clock's warnings (第三十条至第三十四条).
    enum Applications {
        static let receiptInPerson = Phrase("当面提交的，以提交之日为收到申请之日（第三十一条）", "In person: the date of receipt is the day it was handed in (art. 31)")
        static let receiptRegisteredMail = Phrase("邮寄的，以行政机关签收之日为收到申请之日（第三十一条）", "By post: the date of receipt is the day the agency signed for it (art. 31)")
        static let receiptOrdinaryMail = Phrase("平常信函等无需签收的，以与申请人确认之日为收到申请之日（第三十一条）", "Ordinary letter: the date of receipt is the day it was confirmed with the applicant (art. 31)")
        static let receiptOnline = Phrase("互联网或传真提交的，以双方确认之日为收到申请之日（第三十一条）", "Online or fax: the date of receipt is the day both sides confirmed it (art. 31)")

        static let silenceThirdParty = Phrase("第三方逾期未提出意见的，由行政机关依照条例决定是否公开（第三十二条）", "If the third party does not answer in time, the agency decides under the Regulations whether to disclose (art. 32).")
        static let silenceAgency = Phrase("其他机关逾期未提出意见的，视为同意公开（第三十四条）", "If the other agency does not answer in time, it is taken to agree to disclosure (art. 34).")

        static let warnEventInFuture = Phrase("{1}记录日期 {2} 晚于今天 {3}", "{1} is dated {2}, after today ({3})")
        static let warnClarifyLate = Phrase("补正告知于 {1} 发出，超过收到申请后 {2} 个工作日的期限 {3}（条例第三十条）", "Clarification notice sent on {1}, after the limit of {2} working days from receipt ({3}; art. 30)")
        static let warnRepeatedClarify = Phrase("再次发出补正告知；条例第三十条要求一次性告知", "A second clarification notice; art. 30 asks for everything in one notice")
        static let warnConsultAfterDue = Phrase("征求意见时答复期限 {1} 已过，征求意见不能使期限恢复", "The consultation started after the due date {1}; it cannot revive the deadline")
        static let warnConsultAnswerLate = Phrase("意见于 {1} 返回，已超过征求意见期限 {2}；不计算期间止于期限日。{3}", "The answer came on {1}, after the consultation deadline {2}; the paused period ends on the deadline. {3}")
        static let warnCorrectionOverdue = Phrase("补正期限 {1} 已过，未收到补正；无正当理由的，视为放弃申请，可按“逾期不补正、不再处理”（other.no-correction）办结（条例第三十条）", "The correction period ended on {1} without a correction; without good reason the request counts as abandoned and may be closed as other.no-correction (art. 30)")
    }
}
