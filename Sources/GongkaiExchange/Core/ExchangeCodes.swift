import GongkaiCore

/// 表格中的代码 — the codes of DOMAIN.md section 8 as ledgers write them: the code (`natural-person`),
/// the Chinese name (`自然人`) via `DomainCode(codeOrName:)`, and the short forms offices use
/// (`邮寄` for 邮寄(签收), `规范性文件` for 行政规范性文件 …), listed here and in Docs/导入导出与发布.md.
public enum ExchangeCodes {
    /// Common ledger words for codes whose Chinese name is longer.
    public static let aliases: [String: String] = [
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
        // 文件类型
        "规范性文件": "normative", "政策文件": "policy", "一般": "general",
        // 公开属性
        "主动": "proactive", "依申请": "on-request", "不公开": "withheld",
        // 文件状态
        "已公开": "published", "待审": "in-review", "已审核": "approved",
    ]

    public static func parse<T: DomainCode>(_ text: String, as type: T.Type) -> T? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let v = T(codeOrName: t) { return v }
        // Full-width brackets as Excel users type them: 邮寄（签收）.
        let halfWidth = t.replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ")")
        if let v = T(codeOrName: halfWidth) { return v }
        if let code = aliases[t], let v = T(rawValue: code) { return v }
        return nil
    }

    /// "natural-person（自然人）、business（商业企业）…" for a refusal.
    public static func choices<T: DomainCode>(_ type: T.Type) -> String {
        T.allCases.map { "\($0.rawValue)（\($0.chineseName)）" }.joined(separator: "、")
    }
}
