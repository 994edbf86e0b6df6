extension CoreText {
    /// 三同步 — the problems the sync check finds and the refusal of 签发/发布 (SyncCheck).
    enum Interpretations {
        static let createdLater = Phrase("（解读于 {1} 才建立）", " (the interpretation was only created on {1})")
        static let noneYet = Phrase("（至今尚无解读）", " (there is still none)")
        static let notOrganised = Phrase("文件于 {1} 提交审核时尚无解读材料{2}；解读方案和材料应与文件同步组织", "When the document was submitted on {1} it had no interpretation{2}; the interpretation is to be organised together with the document")
        static let missing = Phrase("该文件需要解读，尚未建立解读；提交审核前应同步组织解读材料", "This document needs an interpretation and has none yet; organise it before submitting for review")
        static let approvedLate = Phrase("解读于 {1} 才签发", "the interpretation was only signed off on {1}")
        static let noInterpretation = Phrase("没有解读", "there was no interpretation")
        static let notApprovedYet = Phrase("解读尚未签发", "the interpretation was not signed off")
        static let notSignedTogether = Phrase("文件于 {1} 签发时{2}；解读应与文件同步审签", "When the document was signed off on {1}, {2}; the interpretation is to be signed off together with the document")
        static let sameDay = Phrase("应与文件同日发布", "it is to be published on the same day as the document")
        static let withinDays = Phrase("应在文件发布后 {1} 个工作日内发布", "it is to be published within {1} working days of the document")
        static let publishedLate = Phrase("解读比文件（{1} 发布）晚 {2} 个工作日发布；{3}", "The interpretation was published {2} working days after the document (published {1}); {3}")
        static let publishedEarly = Phrase("解读比文件（{1} 发布）早 {2} 个工作日发布；解读应与文件同步发布", "The interpretation was published {2} working days before the document (published {1}); they are to be published together")
        static let notPublished = Phrase("文件已于 {1} 发布，解读尚未发布；{2}（最迟 {3}）", "The document was published on {1} and its interpretation is not; {2} (by {3} at the latest)")
        static let publishNone = Phrase("该文件需要解读，但没有解读；解读应与文件同步发布", "This document needs an interpretation and has none; they are to be published together")
        static let publishSameDay = Phrase("解读尚未发布；按设置解读应与文件同日发布，请先（或同时）发布解读", "The interpretation is not published; the settings want it on the same day, so publish it first (or together)")
        static let publishUnsigned = Phrase("解读尚未签发；按设置解读最迟在文件发布后 {1} 个工作日内发布，须先签发解读", "The interpretation is not signed off; the settings allow {1} working days after the document, but it must be signed off first")
        static let refusal = Phrase("不能{1}：{2}。政策文件与解读应同步组织、同步审签、同步部署；确需{1}的，请说明理由（{3}；将记入审计日志）", "Cannot {1}: {2}. A policy document and its interpretation are organised, signed off and published together; to {1} anyway give the reason ({3}; it is written to the audit log)")
        static let requiredByType = Phrase("{1}均须同步解读", "every {1} needs an interpretation")
        static let requiredByTag = Phrase("标注为“{1}”的文件须同步解读", "documents tagged “{1}” need an interpretation")
        static let refusalProblem = Phrase("【{1}】{2}", "[{1}] {2}")
        static let refusalSeparator = Phrase("；", "; ")
    }
}
