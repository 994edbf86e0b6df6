import Foundation

/// 解读形式 — the forms of a policy interpretation (国办发〔2016〕80号; Docs/领域规则.md §5); an
/// interpretation may use several.
public enum InterpretationForm: String, DomainCode {
    case text
    case expert
    case qa
    case graphic
    case video
    case audio
    case animation
    case h5
    case onlineInterview = "online-interview"
    case mediaInterview = "media-interview"
    case pressQA = "press-qa"
    case pressConference = "press-conference"

    public var chineseName: String {
        switch self {
        case .text: return "文字解读"
        case .expert: return "专家解读"
        case .qa: return "政策问答"
        case .graphic: return "图解"
        case .video: return "视频"
        case .audio: return "音频"
        case .animation: return "动漫"
        case .h5: return "H5"
        case .onlineInterview: return "在线访谈"
        case .mediaInterview: return "媒体专访"
        case .pressQA: return "答记者问"
        case .pressConference: return "新闻发布会"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .text: return "Text interpretation"
        case .expert: return "Expert interpretation"
        case .qa: return "Policy Q&A"
        case .graphic: return "Infographic"
        case .video: return "Video"
        case .audio: return "Audio"
        case .animation: return "Animation"
        case .h5: return "H5 page"
        case .onlineInterview: return "Online interview"
        case .mediaInterview: return "Media interview"
        case .pressQA: return "Press Q&A"
        case .pressConference: return "Press conference"
        }
    }

    /// Other names in use for the same form (section 5 lists 文字/撰稿解读 and 图解/图表).
    public var aliases: [String] {
        switch self {
        case .text: return ["文字", "撰稿解读"]
        case .graphic: return ["图表", "图表解读", "图解解读"]
        case .h5: return ["h5"]
        case .qa: return ["问答"]
        default: return []
        }
    }

    /// A code, Chinese name or alias.
    public static func named(_ text: String) -> InterpretationForm? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let f = InterpretationForm(codeOrName: t) { return f }
        return allCases.first { $0.aliases.contains(t) }
    }

    /// 解读形式列表 — `图解,政策问答` (also split on ，、; and spaces) for `interp add --forms`.
    /// Returns the forms in the order given, without repeats, or the names not understood.
    public static func parseList(_ text: String) -> Result<[InterpretationForm], UnknownFormsError> {
        let parts = text.split(whereSeparator: { ",，、;；".contains($0) || $0.isWhitespace }).map(String.init)
        var forms: [InterpretationForm] = []
        var unknown: [String] = []
        for p in parts {
            if let f = named(p) {
                if !forms.contains(f) { forms.append(f) }
            } else {
                unknown.append(p)
            }
        }
        return unknown.isEmpty ? .success(forms) : .failure(UnknownFormsError(names: unknown))
    }
}

/// 无法识别的解读形式 — names given to `--forms` that are no form.
public struct UnknownFormsError: Error, Equatable, Sendable, CustomStringConvertible {
    public let names: [String]

    public var description: String {
        "无法识别的解读形式：\(names.joined(separator: "、"))（可用：" +
            InterpretationForm.allCases.map(\.chineseName).joined(separator: "、") + "）"
    }
}

/// 解读要素 — what a good interpretation covers (甘肃 rule; Docs/领域规则.md §5): the checklist.
public enum InterpretationElement: String, DomainCode {
    case background
    case objectives
    case mainContent = "main-content"
    case scope
    case standards
    case cautions
    case glossary
    case benefits
    case changes

    public var chineseName: String {
        switch self {
        case .background: return "背景依据"
        case .objectives: return "目标任务"
        case .mainContent: return "主要内容"
        case .scope: return "适用范围"
        case .standards: return "执行标准"
        case .cautions: return "注意事项"
        case .glossary: return "关键词注释"
        case .benefits: return "惠民利民举措"
        case .changes: return "新旧政策差异"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .background: return "Background and basis"
        case .objectives: return "Objectives"
        case .mainContent: return "Main content"
        case .scope: return "Scope"
        case .standards: return "Standards"
        case .cautions: return "Cautions"
        case .glossary: return "Glossary"
        case .benefits: return "Benefits for the public"
        case .changes: return "Changes from old policy"
        }
    }
}
