import Foundation

/// 政策解读 — one interpretation record linked to one policy document (国办发〔2016〕80号).
/// The dates are those of its own workflow steps; the 三同步 check compares them with the
/// document's.
public struct Interpretation: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    /// The interpreted document's id.
    public var documentId: String
    /// 解读单位 — by default the drafting unit (谁起草、谁解读).
    public var unit: InterpretingUnit
    /// 责任领导 — the unit's head is the first interpreter (第一解读人).
    public var leader: String?
    /// 解读形式 — several allowed, in the order chosen.
    public var forms: [InterpretationForm]
    /// 解读要素 ticked on the checklist.
    public var elements: Set<InterpretationElement>
    public var state: InterpretationState
    /// 创建日期 — when the interpretation was first recorded (同步组织 compares it).
    public var created: CivilDate
    /// 签发日期 — the latest approval (同步审签).
    public var approved: CivilDate?
    /// 发布日期 (同步部署).
    public var published: CivilDate?

    public init(id: String, documentId: String, unit: InterpretingUnit, leader: String? = nil,
                forms: [InterpretationForm], elements: Set<InterpretationElement> = [],
                state: InterpretationState = .draft, created: CivilDate, approved: CivilDate? = nil,
                published: CivilDate? = nil) {
        self.id = id
        self.documentId = documentId
        self.unit = unit
        self.leader = leader
        self.forms = forms
        self.elements = elements
        self.state = state
        self.created = created
        self.approved = approved
        self.published = published
    }

    /// 要素缺项 — the checklist items not yet covered, in checklist order. Advice for the pane;
    /// no element is mandatory in law (the 甘肃 list is guidance).
    public var missingElements: [InterpretationElement] {
        InterpretationElement.allCases.filter { !elements.contains($0) }
    }
}

/// 解读单位 — 谁起草、谁解读 (国办发〔2016〕80号): the drafting unit interprets; another unit (the
/// lead unit of a joint document, say) only with a recorded reason.
public struct InterpretingUnit: Hashable, Sendable, Codable {
    public let unitId: String
    /// Why a unit other than the drafting one interprets; nil when it is the drafting unit.
    public let reason: String?

    /// The drafting unit itself.
    public init(draftingUnit: String) {
        self.unitId = draftingUnit
        self.reason = nil
    }

    /// Decodable/stored form; `resolve` is the checked path for new records.
    public init(unitId: String, reason: String?) {
        self.unitId = unitId
        self.reason = reason
    }

    /// `interp add [--unit U]`: no unit (or the drafting unit) → the drafting unit; another unit
    /// needs a non-blank reason.
    public static func resolve(draftingUnit: String, requested: String?, reason: String?)
        throws(InterpretationRuleError) -> InterpretingUnit {
        guard let requested, requested != draftingUnit else { return InterpretingUnit(draftingUnit: draftingUnit) }
        let r = reason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !r.isEmpty else {
            throw .otherUnitWithoutReason(draftingUnit: draftingUnit, interpretingUnit: requested)
        }
        return InterpretingUnit(unitId: requested, reason: r)
    }

    /// Whether it is the drafting unit.
    public func isDraftingUnit(_ draftingUnit: String) -> Bool { unitId == draftingUnit }
}
