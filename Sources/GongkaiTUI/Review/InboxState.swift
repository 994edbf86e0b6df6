import GongkaiCore
import GongkaiStore

/// 待办箱 — the review inbox's state (mutt-style: a list, marks, one-key actions, undo).
public struct InboxState: Equatable, Sendable {
    public var items: [ReviewItem] = []
    public var selected = 0
    public var scroll = 0
    /// Marked items (Space), by `kind|id`.
    public var marked: Set<String> = []
    /// The prompt on the bottom line, if one is open.
    public var prompt: InboxPrompt?
    /// The last review action, while it can still be undone (`u`).
    public var lastAction: InboxUndo?
    /// 审阅器 — the current item read in full, while open (Enter).
    public var reader: ReaderState?

    static func key(_ item: ReviewItem) -> String { item.kind.rawValue + "|" + item.id }

    public var current: ReviewItem? { items.indices.contains(selected) ? items[selected] : nil }
}

/// A one-line question the inbox asks before acting.
public struct InboxPrompt: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        /// 退回意见 for the document or interpretation.
        case returnComment(item: ReviewItem)
        /// 暂缓到 (a date) for the item.
        case snoozeUntil(kind: ReviewKind, id: String)
        /// 三同步特批理由 — the step was refused by a 三同步 check; a reason lets it through (audited).
        case overrideReason(documentId: String, action: DocumentAction)
    }
    public var purpose: Purpose
    public var label: String
    public var text: String
    public var caret: Int
}

/// What `u` can undo.
public enum InboxUndo: Equatable, Sendable {
    /// The sign-offs and returns of the last decision, documents' and interpretations'.
    case reviewSteps(documents: [GongkaiService.DocumentStep], interpretations: [InterpretationStep])
    case snooze(kind: ReviewKind, id: String, previous: CivilDate?)
}
