/// 台账字段 — a field of an import/export table: its Chinese header (the column title of the
/// ledger and of every export), its English name (accepted too), other headers offices use for
/// it, and whether an import needs it.
public protocol LedgerField: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    var header: String { get }
    var aliases: [String] { get }
    var isRequired: Bool { get }
    /// Written by export, ignored by import (ids are allocated; states and due dates computed).
    var isExportOnly: Bool { get }
}

extension LedgerField {
    /// The field a header names (Chinese header, English name or alias; spaces and case ignored).
    public static func named(_ header: String) -> Self? {
        let h = normalized(header)
        return allCases.first { f in
            normalized(f.header) == h || normalized(f.rawValue) == h || f.aliases.contains { normalized($0) == h }
        }
    }

    static func normalized(_ s: String) -> String {
        s.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " ", with: "").lowercased()
    }
}

/// 依申请公开登记台账的列.
public enum ApplicationField: String, LedgerField {
    case id, applicantName, applicantType, received, channel, content, unit, formWanted, idNumber, contact,
         replyDate, outcome, state, due

    public var header: String {
        switch self {
        case .id: return "编号"
        case .applicantName: return "申请人"
        case .applicantType: return "申请人类型"
        case .received: return "收到日期"
        case .channel: return "收到方式"
        case .content: return "申请内容"
        case .unit: return "承办单位"
        case .formWanted: return "获取方式"
        case .idNumber: return "证件号码"
        case .contact: return "联系方式"
        case .replyDate: return "答复日期"
        case .outcome: return "处理结果"
        case .state: return "办理状态"
        case .due: return "答复期限"
        }
    }

    public var aliases: [String] {
        switch self {
        case .id: return ["申请编号", "序号"]
        case .applicantName: return ["申请人姓名", "申请人名称", "申请人姓名或名称", "姓名"]
        case .applicantType: return ["类型"]
        case .received: return ["收到申请日期", "申请日期", "收到申请之日", "登记日期"]
        case .channel: return ["申请方式", "提交方式"]
        case .content: return ["申请公开内容", "所需信息", "内容"]
        case .unit: return ["办理单位", "承办机关"]
        case .formWanted: return ["获取信息的方式", "提供方式"]
        case .idNumber: return ["身份证件号码", "身份证号"]
        case .contact: return ["联系电话", "电话"]
        case .replyDate: return ["答复时间", "办结日期"]
        case .outcome: return ["答复类型", "办理结果", "答复结果"]
        case .state: return []
        case .due: return []
        }
    }

    public var isRequired: Bool {
        switch self {
        case .applicantName, .applicantType, .received, .channel, .content: return true
        default: return false
        }
    }

    public var isExportOnly: Bool { self == .id || self == .state || self == .due }
}

/// 文件目录（发文登记）的列.
public enum DocumentField: String, LedgerField {
    case id, title, docNumber, type, attribute, withheldReason, unit, formed, state, published, category,
         validUntil, channels, tags, body

    public var header: String {
        switch self {
        case .id: return "编号"
        case .title: return "标题"
        case .docNumber: return "文号"
        case .type: return "文件类型"
        case .attribute: return "公开属性"
        case .withheldReason: return "不予公开理由"
        case .unit: return "发文单位"
        case .formed: return "成文日期"
        case .state: return "状态"
        case .published: return "发布日期"
        case .category: return "公开目录"
        case .validUntil: return "有效期至"
        case .channels: return "公开渠道"
        case .tags: return "标签"
        case .body: return "正文"
        }
    }

    public var aliases: [String] {
        switch self {
        case .id: return ["文件编号", "序号"]
        case .title: return ["文件标题", "名称", "文件名称"]
        case .docNumber: return ["发文字号", "文件编号（文号）"]
        case .type: return ["类型", "文种"]
        case .attribute: return ["公开方式"]
        case .withheldReason: return ["不公开理由"]
        case .unit: return ["发布机构", "发文机关", "单位"]
        case .formed: return ["成文时间", "形成日期"]
        case .state: return ["文件状态"]
        case .published: return ["公开日期", "发布时间"]
        case .category: return ["目录", "栏目", "公开目录路径"]
        case .validUntil: return ["有效期"]
        case .channels: return ["渠道"]
        case .tags: return ["主题词"]
        case .body: return ["内容", "全文"]
        }
    }

    public var isRequired: Bool { self == .title || self == .type || self == .formed }
    public var isExportOnly: Bool { self == .id }
}
