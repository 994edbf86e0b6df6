import Foundation
import GongkaiCore
import GongkaiStore

/// 解读草稿 — what is typed into the 解读 sheet (forms ticked, elements, leader, interpreting unit
/// and its reason, the body), written to the officer's draft store (`OfficerSide.files`, 0600) after
/// every change, so an SSH drop or `kill -9` loses nothing: opening the same document's
/// interpretation again restores it. Removed once saved or discarded (as `NarrativeDraft`).
public struct InterpretationDraft: Sendable {
    /// What is kept: which interpretation (nil: a new one) of which document, and what was typed.
    public struct Content: Codable, Equatable, Sendable {
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

        /// The same typing, wherever the caret is (a move alone writes no draft).
        func sameTyping(as other: Content) -> Bool {
            var moved = other
            moved.caretLine = caretLine
            moved.caretIndex = caretIndex
            return self == moved
        }
    }

    let journal: DraftJournal<Content>

    public var name: String? { journal.name }

    public init(name: String?, files: (any OfficerFiles)? = nil) { journal = DraftJournal(name: name, files: files) }

    /// `<workspace key>.interp-draft-<login>.json` in the officer's draft store.
    public static func forWorkspace(_ workspace: String, login: String, files: (any OfficerFiles)? = nil) -> InterpretationDraft {
        InterpretationDraft(name: DraftKind.interpretationSheet.fileName(workspace: workspace, login: login), files: files)
    }

    public func save(_ content: Content?) { journal.save(content) }

    public func load() -> Content? { journal.load() }
}

extension InterpretationSheet {
    /// What the draft keeps of the sheet now.
    var draftContent: InterpretationDraft.Content {
        InterpretationDraft.Content(
            documentId: documentId, interpretationId: interpretationId, forms: forms,
            elements: InterpretationElement.allCases.filter { elements.contains($0) },
            leader: leader.text, unit: unit.text, reason: reason.text, body: body.text,
            caretLine: body.caret.line, caretIndex: body.caret.index)
    }

    /// Whether `draft` was typed into this sheet: the same document, and the same interpretation
    /// (or both new).
    func takes(_ draft: InterpretationDraft.Content) -> Bool {
        editable && draft.documentId == documentId && draft.interpretationId == interpretationId
    }

    /// The sheet with what the draft holds typed into it (marked changed, so Esc asks first).
    mutating func restore(_ draft: InterpretationDraft.Content) {
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
