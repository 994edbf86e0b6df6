import GongkaiCore

extension S {
    /// 输入规则 — refusals of the input policy (`TextInputPolicy`) and the bounds (`InputBounds`).
    enum Input {
        static let controlCharacter = Phrase("{1}的第 {3} 个字符是控制字符 {2}，不能保存；没有做任何修改",
                                             "{1}: character {3} is the control character {2}, which cannot be stored; nothing was changed")
        static let controlCharacterAt = Phrase("{1}的第 {3} 个字符（第 {4} 行第 {5} 列）是控制字符 {2}，不能保存；没有做任何修改",
                                               "{1}: character {3} (line {4}, column {5}) is the control character {2}, which cannot be stored; nothing was changed")
        static let tooLong = Phrase("{1}有 {2} 个字符，超过上限 {3}；没有做任何修改",
                                    "{1} has {2} characters, more than the limit of {3}; nothing was changed")
        static let dateOutOfRange = Phrase("{1} {2} 不在允许的范围 {3} 至 {4} 内；没有做任何修改",
                                           "{1} {2} is outside the accepted range {3} to {4}; nothing was changed")
        static let numberOutOfRange = Phrase("{1} {2} 不在允许的范围 {3} 至 {4} 内",
                                             "{1} {2} is outside the accepted range {3} to {4}")
        static let fieldWithKey = Phrase("{1}（{2}）", "{1} ({2})")

        /// Field names of the requests, for the refusals above.
        static let fieldLabels: [String: Phrase] = [
            "applicantName": Phrase("申请人姓名或名称", "the applicant's name"),
            "content": Phrase("申请内容", "the content of the request"),
            "title": Phrase("标题", "the title"),
            "body": Phrase("正文", "the body"),
            "docNumber": Phrase("文号", "the document number"),
            "name": Phrase("名称", "the name"),
            "note": Phrase("备注", "the note"),
            "comment": Phrase("意见", "the comment"),
            "contact": Phrase("联系方式", "the contact"),
            "idNumber": Phrase("身份证件号码", "the ID number"),
            "formWanted": Phrase("获取信息的方式", "the form wanted"),
            "unit": Phrase("单位", "the unit"),
            "approver": Phrase("审批人", "the approver"),
            "category": Phrase("类别", "the category"),
            "search": Phrase("检索词", "the search words"),
            "text": Phrase("文字", "the text"),
            "received": Phrase("收到申请之日", "the date of receipt"),
            "formed": Phrase("成文日期", "the date of the document"),
            "date": Phrase("日期", "the date"),
            "validUntil": Phrase("有效期至", "valid until"),
            "correctionDue": Phrase("补正期限", "the correction deadline"),
            "published": Phrase("发布日期", "the publication date"),
            "limit": Phrase("条数上限", "the limit"),
            "offset": Phrase("起始位置", "the offset"),
            "dueWithin": Phrase("期限内工作日数", "due within (working days)"),
            "days": Phrase("天数", "the number of days"),
            "year": Phrase("年度", "the year"),
            "stalenessDays": Phrase("更新周期天数", "the update period in days"),
        ]
    }
}
