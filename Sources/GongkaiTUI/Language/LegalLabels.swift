import GongkaiCore

/// 法定表格用语 — labels of the statutory annual report form (国办公开办函〔2021〕30号).
/// The report tables print them in Chinese in both interface languages: they are the legal
/// form, which is filed in Chinese (Docs/设置与配色.md). The statutory words themselves come from
/// Core's `StatutoryLabels` and `ReportRow` (one source); the screen only adds its short forms.
enum LegalLabels {
    static let regulations = StatutoryLabels.regulations
    static let normativeDocuments = StatutoryLabels.normativeDocuments
    static let article20Item1 = StatutoryLabels.article20Item1
    static let issuedThisYear = StatutoryLabels.issuedThisYear
    static let repealedThisYear = StatutoryLabels.repealedThisYear
    static let inForce = StatutoryLabels.inForce
    static let licensing = "（五）" + StatutoryLabels.licensing
    static let penalty = "（六）" + StatutoryLabels.penalty
    static let compulsion = "（六）" + StatutoryLabels.compulsion
    static let fees = "（八）" + StatutoryLabels.fees + "（万元）"
    static let article20Items568 = "第二十条第（五）（六）（八）项（e 填报）"
    static let countOrAmount = "本年数量 / 金额"
    static let balanceNote = "（勾稽：一 + 二 = 三（七）+ 四）"
    static let applicantHeader = "  申请人情况：自然人 | 法人或其他组织（商业企业、科研机构、社会公益组织、法律服务机构、其他）| 总计"
    static let litigationPrefix = "行政诉讼·"
    static let category = "类别"
    static let total = StatutoryLabels.total
}
