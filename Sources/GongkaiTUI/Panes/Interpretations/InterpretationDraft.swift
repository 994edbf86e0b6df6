import Foundation
import GongkaiCore
import GongkaiStore

/// 解读草稿 — what is typed into the 解读 sheet (forms ticked, elements, leader, interpreting unit
/// and its reason, the body), written to the officer's draft store (`OfficerSide.files`, 0600) after
/// every change, so an SSH drop or `kill -9` loses nothing: opening the same document's
/// interpretation again restores it. Removed once saved or discarded.
/// `<workspace key>.interp-draft-<login>.json` (`DraftKind.interpretationSheet`).
public typealias InterpretationDraft = DraftJournal<InterpretationDraftSheet>

/// What the 解读 draft keeps: which interpretation (nil: a new one) of which document, and what was typed.
public struct InterpretationDraftSheet: Codable, Equatable, Sendable {
    public var documentId: String
    public var interpretationId: String?
    public var forms: [InterpretationForm]
    public var elements: [InterpretationElement]
    public var leader: String
    public var unit: String
    public var reason: String
    public var body: String
    public var caretLine: Int
    public var caretIndex: Int
}

extension InterpretationSheet {
    /// What was typed, cheap to compare from one key to the next (the body by its revision, not its
    /// text): a key that leaves it alone — a move — writes no draft.
    struct Typing: Equatable {
        var forms: [InterpretationForm]
        var elements: Set<InterpretationElement>
        var lines: [String]
        var bodyRevision: Int
    }

    var typing: Typing {
        Typing(forms: forms, elements: elements, lines: [leader.text, unit.text, reason.text], bodyRevision: body.buffer.revision)
    }

    /// What the draft keeps of the sheet now.
    var draftContent: InterpretationDraftSheet {
        InterpretationDraftSheet(
            documentId: documentId, interpretationId: interpretationId, forms: forms,
            elements: InterpretationElement.allCases.filter { elements.contains($0) },
            leader: leader.text, unit: unit.text, reason: reason.text, body: body.text,
            caretLine: body.caret.line, caretIndex: body.caret.index)
    }

    /// Whether `draft` was typed into this sheet: the same document, and the same interpretation
    /// (or both new).
    func takes(_ draft: InterpretationDraftSheet) -> Bool {
        editable && draft.documentId == documentId && draft.interpretationId == interpretationId
    }

    /// The sheet with what the draft holds typed into it (marked changed, so Esc asks first).
    mutating func restore(_ draft: InterpretationDraftSheet) {
        forms = draft.forms
        elements = Set(draft.elements)
        leader = Line(draft.leader)
        unit = Line(draft.unit)
        reason = Line(draft.reason)
        body.replaceAll(with: draft.body)
        body.moveCaret(to: TextPosition(line: draft.caretLine, index: draft.caretIndex))
        modified = true
    }
}
