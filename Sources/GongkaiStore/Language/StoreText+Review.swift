import GongkaiCore

extension StoreText {
    /// 待办 (the review inbox): item titles and reasons.
    enum Review {
        static let documentReview = Phrase("文件待审核", "Document awaiting review")
        static let interpretationReviewTitle = Phrase("解读：{1}", "Interpretation: {1}")
        static let interpretationReview = Phrase("解读待审签（解读文件 {1}）", "Interpretation awaiting sign-off (of document {1})")
        static let publishBy = Phrase("，应于 {1} 前发布（第二十六条）", "; to be published by {1} (art. 26)")
        static let publicationOverdue = Phrase("主动公开文件成文于 {1}，应于 {2} 前发布，已逾期 {3} 个工作日", "Proactive document formed {1}, due for publication by {2}, {3} working days late")
        static let provisional = Phrase("（暂定：缺少 {1} 年节假日安排）", " (provisional: no holiday arrangements for {1})")
        static let listSeparator = Phrase("、", ", ")
        static let returned = Phrase("{1} 被 {2} 退回：{3}", "Returned on {1} by {2}: {3}")
        static let annualReportTitle = Phrase("{1} 年政府信息公开工作年度报告", "Annual report on government information disclosure {1}")
        static let annualReportReason = Phrase("应于 {1} 前向社会公布（第四十九条）", "To be published by {1} (art. 49)")
        static let applicationTitle = Phrase("申请 {1}：{2}", "Request {1}: {2}")
        static let applicationOverdue = Phrase("答复期限 {1} 已过 {2} 个工作日（第三十三条）", "Reply was due {1}, {2} working days ago (art. 33)")
        static let dueToday = Phrase("今天（{1}）是答复期限", "The reply is due today ({1})")
        static let dueIn = Phrase("还剩 {1} 个工作日答复（{2}）", "{1} working days left to reply ({2})")
        static let article33 = Phrase("（第三十三条）", " (art. 33)")
        static let clarifyNoticeDue = Phrase("如需补正，须在 {1} 前发出补正告知（第三十条）", "Any clarification notice must go out by {1} (art. 30)")
        static let consultationDue = Phrase("征求意见的答复期限为 {1}（15 个工作日，第三十二条、第三十四条）；期满未收到意见的，答复期限恢复计算（C2）", "The consultee must answer by {1} (15 working days, arts. 32 and 34); without an answer the reply clock runs again (C2)")
        static let feePaymentEnded = Phrase("缴费期限 {1} 已过，申请人未缴费，可按“逾期未缴费”结案（国办函〔2020〕109号）", "The payment period ended {1} without payment; may be closed as fee unpaid")
        static let clarifyLate = Phrase("；补正告知超期（条例第三十条）", "; correction notice was late (art. 30)")
        static let correctionEnded = Phrase("补正期限 {1} 已过，申请人未补正，可按“逾期不补正”结案（第三十条）", "The correction period ended {1} without a correction; may be closed as not corrected in time (art. 30)")
        static let normativeExpiring = Phrase("{1}有效期至 {2}，请在到期前评估是否继续施行、修改或废止（有效期满前 6 个月评估）", "{1} valid until {2}: evaluate before then whether to keep, amend or repeal it (6 months before expiry)")
        static let syncProblem = Phrase("【{1}】{2}", "[{1}] {2}")
        static let syncSeparator = Phrase("；", "; ")
        static let consultationTitle = Phrase("公众参与：{1}", "Public participation: {1}")
        static let consultationClosedAgo = Phrase("意见征集已于 {1} 截止 {2} 天，请登记意见采纳情况并公开反馈", "Comments closed {1}, {2} days ago: record what was adopted and publish the feedback (consult close)")
        static let consultationClosesToday = Phrase("意见征集今天（{1}）截止", "Comments close today ({1})")
        static let consultationClosesIn = Phrase("意见征集还有 {1} 天截止（{2}）", "Comments close in {1} days ({2})")
        static let consultationAfterClose = Phrase("，截止后登记采纳情况并公开反馈", "; then record what was adopted and publish the feedback")
        static let snoozeNotFuture = Phrase("暂缓日期须晚于今天（{1}）", "The snooze date must be after today ({1})")
    }
}
