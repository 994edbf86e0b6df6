import GongkaiCore

/// 新建解读 — `interp add` and the 解读 pane's form. `unit` nil (or the drafting unit)
/// means the drafting unit interprets (谁起草、谁解读); another unit needs `reason`.
public struct AddInterpretationRequest: Codable, Sendable, Equatable {
    public var documentId: String
    public var forms: [InterpretationForm]
    public var unit: String?
    public var reason: String?
    public var leader: String?
    public var elements: [InterpretationElement]
    public var body: String

    public init(documentId: String, forms: [InterpretationForm], unit: String? = nil, reason: String? = nil,
                leader: String? = nil, elements: [InterpretationElement] = [], body: String = "") {
        self.documentId = documentId
        self.forms = forms
        self.unit = unit
        self.reason = reason
        self.leader = leader
        self.elements = elements
        self.body = body
    }
}

/// 修改解读 — only the fields given change (a draft only: a submitted interpretation is returned
/// first). `leader: ""` clears the leader.
public struct UpdateInterpretationRequest: Codable, Sendable, Equatable {
    public var forms: [InterpretationForm]?
    public var elements: [InterpretationElement]?
    public var leader: String?
    public var unit: String?
    public var reason: String?
    public var body: String?

    public init(forms: [InterpretationForm]? = nil, elements: [InterpretationElement]? = nil, leader: String? = nil,
                unit: String? = nil, reason: String? = nil, body: String? = nil) {
        self.forms = forms
        self.elements = elements
        self.leader = leader
        self.unit = unit
        self.reason = reason
        self.body = body
    }
}
