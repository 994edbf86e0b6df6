import GongkaiCore

extension StoreText {
    /// 操作被拒绝 (ServiceError) — the general refusals of the service door.
    enum Service {
        static let unknownApplication = Phrase("没有编号为 {1} 的申请", "No request numbered {1}")
        static let unknownUnit = Phrase("没有名为或编号为“{1}”的单位", "No unit named or numbered \"{1}\"")
        static let unitNotResolved = Phrase("“{1}”不能确定为一个单位（请写单位代码或完整名称）；可选：{2}", "\"{1}\" does not name exactly one unit (give its code or exact name); candidates: {2}")
        static let candidateSeparator = Phrase("、", ", ")
        static let missingField = Phrase("缺少{1}", "Missing: {1}")
        static let fieldApplicantName = Phrase("申请人姓名或名称", "the applicant's name")
        static let fieldContent = Phrase("申请内容", "the content of the request")
        static let fieldDocumentTitle = Phrase("文件标题", "the document's title")
        static let receivedInFuture = Phrase("收到申请之日 {1} 晚于今天 {2}", "The date of receipt {1} is after today ({2})")
    }
}
