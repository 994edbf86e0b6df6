/// 法定表格用语 — labels of the statutory annual report form (国办公开办函〔2021〕30号).
/// The report tables print them in Chinese in both interface languages: they are the legal
/// form, which is filed in Chinese (Docs/设置与配色.md).
enum LegalLabels {
    static let regulations = "规章"
    static let normativeDocuments = "行政规范性文件"
    static let article20Item1 = "第二十条第（一）项"
    static let issuedThisYear = "本年制发件数"
    static let repealedThisYear = "本年废止件数"
    static let inForce = "现行有效件数"
    static let licensing = "（五）行政许可"
    static let penalty = "（六）行政处罚"
    static let compulsion = "（六）行政强制"
    static let fees = "（八）行政事业性收费（万元）"
    static let article20Items568 = "第二十条第（五）（六）（八）项（e 填报）"
    static let countOrAmount = "本年数量 / 金额"
    static let balanceNote = "（勾稽：一 + 二 = 三（七）+ 四）"
    static let applicantHeader = "  申请人情况：自然人 | 法人或其他组织（商业企业、科研机构、社会公益组织、法律服务机构、其他）| 总计"
    static let litigationPrefix = "行政诉讼·"
    static let category = "类别"
    static let total = "总计"
}
