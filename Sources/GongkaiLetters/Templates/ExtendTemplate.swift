/// 延期答复告知书 — shipped template (条例第三十三条第二款). Exported as `extend.mustache`.
enum ExtendTemplate {
    static let text = """
        {{! 政府信息公开申请延期答复告知书 — 条例第三十三条第二款。 }}
        # 政府信息公开申请延期答复告知书
        ## {{letterNumber}}

        << {{applicantName}}：
        本机关于{{receivedDate}}收到{{honorific}}提出的政府信息公开申请（申请编号：{{applicationId}}），申请获取“{{content}}”的政府信息。
        因需要延长答复期限，经本机关政府信息公开工作机构负责人{{approver}}于{{extensionDate}}同意，根据《中华人民共和国政府信息公开条例》第三十三条第二款的规定，答复期限延长{{extensionDays}}个工作日。本机关将于{{newDueDate}}前作出答复。
        \(ShippedRemedies.clause("告知书"))
        \(ShippedRemedies.signature)

        """
}
