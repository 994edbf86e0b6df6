import GongkaiCore

extension StoreText {
    /// 输入规则 — refusals of the input policy (`TextInputPolicy`) and the bounds (`InputBounds`).
    enum Input {
        static let controlCharacter = Phrase("{1}的第 {3} 个字符是控制字符 {2}，不能保存；没有做任何修改", "{1}: character {3} is the control character {2}, which cannot be stored; nothing was changed")
        static let controlCharacterAt = Phrase("{1}的第 {3} 个字符（第 {4} 行第 {5} 列）是控制字符 {2}，不能保存；没有做任何修改", "{1}: character {3} (line {4}, column {5}) is the control character {2}, which cannot be stored; nothing was changed")
        static let tooLong = Phrase("{1}有 {2} 个字符，超过上限 {3}；没有做任何修改", "{1} has {2} characters, more than the limit of {3}; nothing was changed")
        static let dateOutOfRange = Phrase("{1} {2} 不在允许的范围 {3} 至 {4} 内；没有做任何修改", "{1} {2} is outside the accepted range {3} to {4}; nothing was changed")
        static let numberOutOfRange = Phrase("{1} {2} 不在允许的范围 {3} 至 {4} 内", "{1} {2} is outside the accepted range {3} to {4}")
        static let fieldWithKey = Phrase("{1}（{2}）", "{1} ({2})")

        static let field_applicantName = Phrase("申请人姓名或名称", "the applicant's name")
        static let field_content = Phrase("申请内容", "the content of the request")
        static let field_title = Phrase("标题", "the title")
        static let field_body = Phrase("正文", "the body")
        static let field_docNumber = Phrase("文号", "the document number")
        static let field_name = Phrase("名称", "the name")
        static let field_note = Phrase("备注", "the note")
        static let field_comment = Phrase("意见", "the comment")
        static let field_contact = Phrase("联系方式", "the contact")
        static let field_idNumber = Phrase("身份证件号码", "the ID number")
        static let field_formWanted = Phrase("获取信息的方式", "the form wanted")
        static let field_unit = Phrase("单位", "the unit")
        static let field_approver = Phrase("审批人", "the approver")
        static let field_category = Phrase("类别", "the category")
        static let field_search = Phrase("检索词", "the search words")
        static let field_text = Phrase("文字", "the text")
        static let field_received = Phrase("收到申请之日", "the date of receipt")
        static let field_formed = Phrase("成文日期", "the date of the document")
        static let field_date = Phrase("日期", "the date")
        static let field_validUntil = Phrase("有效期至", "valid until")
        static let field_correctionDue = Phrase("补正期限", "the correction deadline")
        static let field_published = Phrase("发布日期", "the publication date")
        static let field_limit = Phrase("条数上限", "the limit")
        static let field_offset = Phrase("起始位置", "the offset")
        static let field_dueWithin = Phrase("期限内工作日数", "due within (working days)")
        static let field_days = Phrase("天数", "the number of days")
        static let field_year = Phrase("年度", "the year")
        static let field_stalenessDays = Phrase("更新周期天数", "the update period in days")
        /// Field names of the requests, for the refusals above.
        static var fieldLabels: [String: Phrase] {
            [
                "applicantName": field_applicantName,
                "content": field_content,
                "title": field_title,
                "body": field_body,
                "docNumber": field_docNumber,
                "name": field_name,
                "note": field_note,
                "comment": field_comment,
                "contact": field_contact,
                "idNumber": field_idNumber,
                "formWanted": field_formWanted,
                "unit": field_unit,
                "approver": field_approver,
                "category": field_category,
                "search": field_search,
                "text": field_text,
                "received": field_received,
                "formed": field_formed,
                "date": field_date,
                "validUntil": field_validUntil,
                "correctionDue": field_correctionDue,
                "published": field_published,
                "limit": field_limit,
                "offset": field_offset,
                "dueWithin": field_dueWithin,
                "days": field_days,
                "year": field_year,
                "stalenessDays": field_stalenessDays,
            ]
        }
    }
}
