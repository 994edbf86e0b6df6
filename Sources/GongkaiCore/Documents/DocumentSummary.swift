/// 政府信息（文件） — one line of the document list: what the 文件 pane and `doc list` show.
public struct DocumentSummary: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var title: String
    /// 文号, e.g. `X政发〔2026〕3号`; nil for information that has none.
    public var docNumber: String?
    public var type: DocumentType
    /// 公开属性 — nil while a draft has not fixed it yet (it must be set before review).
    public var attribute: DisclosureAttribute?
    public var state: DocumentState
    public var unitId: String
    public var unitName: String
    /// 成文日期 / 形成或变更日期 — the 20-working-day publication clock (第二十六条) starts here.
    public var formed: CivilDate
    public var published: CivilDate?

    public init(id: String, title: String, docNumber: String?, type: DocumentType,
                attribute: DisclosureAttribute?, state: DocumentState, unitId: String,
                unitName: String, formed: CivilDate, published: CivilDate?) {
        self.id = id
        self.title = title
        self.docNumber = docNumber
        self.type = type
        self.attribute = attribute
        self.state = state
        self.unitId = unitId
        self.unitName = unitName
        self.formed = formed
        self.published = published
    }

    /// 需要解读 — 规章 and 行政规范性文件 always need a policy interpretation (三同步, section 5).
    public var requiresInterpretation: Bool { type == .regulation || type == .normative }
}
