import GongkaiCore

extension StoreText {
    /// 导入 — the store's refusals of imported ledger rows (the file's own problems are told by
    /// GongkaiExchange).
    enum Import {
        static let lineProblem = Phrase("第 {1} 行{2}：{3}", "Line {1}{2}: {3}")
        static let lineField = Phrase("（{1}）", " ({1})")
        static let refused = Phrase("导入被拒绝，未导入任何记录：", "Import refused; nothing was imported:")
        static let unit = Phrase("单位“{1}”：{2}", "Unit \"{1}\": {2}")
        static let needsAttribute = Phrase("“{1}”的文件须有公开属性：{2}", "A document that is \"{1}\" needs its disclosure attribute: {2}")
        static let publishedNeedsDate = Phrase("已发布的文件须有发布日期", "A published document needs its publication date")
        static let onlyProactivePublished = Phrase("只有主动公开的文件可以是“已发布”（条例第十九条）", "Only proactive documents can be published (Regulations art. 19)")
        static let publishedBeforeFormed = Phrase("发布日期 {1} 早于成文日期 {2}", "The publication date {1} is before the date written ({2})")
        static let publishedInFuture = Phrase("发布日期 {1} 晚于今天 {2}", "The publication date {1} is after today ({2})")
        static let unpublishedWithDate = Phrase("“{1}”的文件不应有发布日期 {2}", "A document that is \"{1}\" should have no publication date ({2})")
        static let missingApplicant = Phrase("缺少申请人姓名或名称", "The applicant's name is missing")
        static let missingContent = Phrase("缺少申请内容", "The content of the request is missing")
    }
}
