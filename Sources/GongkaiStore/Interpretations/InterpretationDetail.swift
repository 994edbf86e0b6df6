import GongkaiCore

/// 解读详情 — what `interp add|show` print and the 解读 pane's form edits.
public struct InterpretationDetail: Codable, Sendable, Equatable {
    public var id: String
    public var doc: String
    public var documentTitle: String
    /// 起草单位 — the document's unit.
    public var draftingUnit: String
    /// 解读单位 and, when not the drafting unit, why.
    public var unit: String
    public var unitName: String
    public var unitReason: String?
    public var leader: String?
    /// Form codes, in the order chosen.
    public var forms: [InterpretationForm]
    /// Ticked element codes, in checklist order.
    public var elements: [InterpretationElement]
    public var missingElements: [InterpretationElement]
    public var state: InterpretationState
    public var created: CivilDate
    public var approved: CivilDate?
    public var published: CivilDate?
    public var body: String
}

/// 解读办理记录 — one step of an interpretation's workflow.
public struct InterpretationStep: Codable, Sendable, Equatable {
    public var id: Int64
    public var interpretationId: String
    public var from: InterpretationState
    public var to: InterpretationState
    public var action: String
    public var actor: String
    public var date: CivilDate
    public var comment: String?
}

/// 解读窗格的一行 — a document that requires an interpretation, its 三同步 check and its
/// interpretations (the 解读 pane).
public struct InterpretationOverviewRow: Codable, Sendable, Equatable {
    public var doc: String
    public var title: String
    public var unitName: String
    public var documentState: DocumentState
    /// Why the document needs an interpretation (规章, or a tag of the settings).
    public var basis: InterpretationRequirement
    /// 需要解读的依据 in the interface language in force (规章均须同步解读 …).
    public var requirement: String { basis.reason ?? "" }
    public var check: SyncCheck
    /// The document's interpretations, oldest first.
    public var interpretations: [InterpretationDetail]

    /// Every form used by the document's interpretations, in form order.
    public var forms: [InterpretationForm] {
        let used = Set(interpretations.flatMap(\.forms))
        return InterpretationForm.allCases.filter(used.contains)
    }
}
