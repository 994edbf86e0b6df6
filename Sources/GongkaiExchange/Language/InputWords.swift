/// 导入时接受的中文 — the Chinese words the importer *reads* in a ledger, a column map or
/// `--delimiter` (in both interface languages, since the files are Chinese). Not texts shown.
enum ExchangeInputWords {
    /// Common ledger words for codes whose Chinese name is longer (listed in Docs/导入导出与发布.md).
    static let codeAliases: [String: String] = [
        // 申请方式
        "邮寄": "registered-mail", "挂号信": "registered-mail", "快递": "registered-mail", "EMS": "registered-mail",
        "邮寄（签收）": "registered-mail", "平信": "ordinary-mail", "信函": "ordinary-mail",
        "网上": "online", "网络": "online", "网上申请": "online", "在线": "online", "电子邮件": "online",
        "当面提交": "in-person", "现场": "in-person", "窗口": "in-person",
        // 申请人类型
        "公民": "natural-person", "个人": "natural-person", "企业": "business", "律师事务所": "legal-services",
        "其他组织": "other-org",
        // 处理结果
        "公开": "granted", "同意公开": "granted", "部分予以公开": "partially-granted",
        "已经公开": "granted.already-public", "已主动公开": "granted.already-public", "已公开信息": "granted.already-public",
        "不属于本机关": "unavailable.not-this-agency", "非本机关信息": "unavailable.not-this-agency",
        "不属于本机关负责公开": "unavailable.not-this-agency", "告知向其他机关申请": "unavailable.not-this-agency",
        // 文件类型
        "规范性文件": "normative", "政策文件": "policy", "一般": "general",
        // 公开属性
        "主动": "proactive", "依申请": "on-request", "不公开": "withheld",
        // 文件状态
        "已公开": "published", "待审": "in-review", "已审核": "approved",
    ]

    /// Full-width brackets as Excel users type them: 邮寄（签收）.
    static let fullWidthOpen = "（", fullWidthClose = "）"

    /// `2026年3月5日`: the day suffix and the separators of a date.
    static let daySuffix = "日"
    static let dateSeparators = "-/.年月"

    /// `--delimiter` by name.
    static let delimiterNames: [String: ImportDelimiter] = [
        ",": .comma, "comma": .comma, "逗号": .comma, "，": .comma,
        "tab": .tab, "\t": .tab, "\\t": .tab, "制表符": .tab, "tsv": .tab,
        ";": .semicolon, "semicolon": .semicolon, "分号": .semicolon, "；": .semicolon,
    ]

    /// A column map's optional title row, and the targets that mean "ignore this column".
    static let mapTitleWords = ["表头", "column", "header"]
    static let ignoreWords = ["-", "忽略", "ignore"]

    /// 处理结果 cells that mean the applicant withdrew.
    static let withdrawnWords = ["撤回", "withdraw", "已撤回", "申请人撤回"]

    /// What separates the 公开渠道 and 标签 of a document: 、，, ; or ；.
    static let listSeparators = "、，,;；"
}
