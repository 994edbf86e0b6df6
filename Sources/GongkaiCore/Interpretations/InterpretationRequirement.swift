/// 解读设置 — the workspace settings of the 三同步 rule (C6): which tags make a document
/// require an interpretation, and the allowed publication lag.
public struct InterpretationSettings: Hashable, Sendable, Codable {
    /// 需解读的标签 — a document of another type requires an interpretation when tagged with one.
    public var requiredTags: [String]
    /// 允许滞后工作日数 — C6: default 0 (same day); some cities allow 3.
    public var allowedLagWorkdays: Int

    /// 六稳六保, 重要政策, 惠企政策 — the seed's own categories (“六稳”和“六保”、涉企优惠政策) and
    /// the usual “重要政策” label.
    public static let defaultRequiredTags = ["六稳六保", "重要政策", "惠企政策"]

    public static let `default` = InterpretationSettings(requiredTags: defaultRequiredTags, allowedLagWorkdays: 0)

    /// A negative lag is read as 0.
    public init(requiredTags: [String] = InterpretationSettings.defaultRequiredTags, allowedLagWorkdays: Int = 0) {
        self.requiredTags = requiredTags
        self.allowedLagWorkdays = max(0, allowedLagWorkdays)
    }
}

/// 是否需要解读及原因 — the answer of `InterpretationRequirement.evaluate`.
public enum InterpretationRequirement: Hashable, Sendable, Codable {
    /// 规章 / 行政规范性文件 — always (国办发〔2016〕80号; Docs/领域规则.md §5).
    case byType(DocumentType)
    /// Tagged with a tag of the setting (the first that matched, as written in the setting).
    case byTag(String)
    /// Not required.
    case notRequired

    public var isRequired: Bool { self != .notRequired }

    /// 需要解读的依据 in `lang` (a tag is shown as written in the setting), nil when not required.
    public func reason(in lang: UILanguage) -> String? {
        typealias I = CoreText.Interpretations
        switch self {
        case .byType(let t): return I.requiredByType.text([lang == .en ? t.englishName.lowercased() : t.chineseName], in: lang)
        case .byTag(let tag): return I.requiredByTag.text([tag], in: lang)
        case .notRequired: return nil
        }
    }

    /// 需要解读的依据 in the interface language in force.
    public var reason: String? { reason(in: UILanguage.current) }

    /// 需要解读的文件 — 规章 and 行政规范性文件 always; others when tagged with one of
    /// `settings.requiredTags`. Tags compare ignoring spaces and quotation marks, so “六稳”“六保”
    /// style typing still matches 六稳六保.
    public static func evaluate(type: DocumentType, tags: [String],
                                settings: InterpretationSettings = .default) -> InterpretationRequirement {
        if type == .regulation || type == .normative { return .byType(type) }
        let mine = Set(tags.map(normalizeTag))
        if let hit = settings.requiredTags.first(where: { mine.contains(normalizeTag($0)) }) { return .byTag(hit) }
        return .notRequired
    }

    /// Drops whitespace, quotation marks and the 和 of “六稳”和“六保”.
    static func normalizeTag(_ tag: String) -> String {
        var t = String(tag.filter { !$0.isWhitespace && !"“”\"'‘’「」『』".contains($0) })
        if t == "六稳和六保" { t = "六稳六保" }
        return t
    }
}
