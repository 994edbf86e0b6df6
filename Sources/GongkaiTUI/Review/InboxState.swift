import GongkaiCore
import GongkaiStore

/// 待办箱 — the review inbox's state (mutt-style: a list, marks, one-key actions, undo).
/// The queue is read a window at a time (`ReviewPlan`, Docs/性能.md): `items` holds the rows read
/// around the screen, from queue position `first` on, and `count` is the queue's length.
public struct InboxState: Equatable, Sendable {
    /// The rows read: the queue's items at positions `first ..< first + items.count`.
    public var items: [ReviewItem] = []
    /// The queue position of `items[0]`.
    public var first = 0
    /// How the queue is paged; nil when `items` is the whole queue (as a test sets it).
    public var plan: ReviewPlan?
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
    /// The words last typed at a prompt and not given yet (`ReviewCommentDraft`, read when the
    /// inbox opens, kept in step with the draft file).
    public var commentDraft: ReviewCommentWords?

    static func key(_ item: ReviewItem) -> String { item.kind.rawValue + "|" + item.id }

    public var current: ReviewItem? { item(at: selected) }

    /// How many items the queue holds.
    public var count: Int { plan?.total ?? items.count }

    /// The item at queue position `position`, when it has been read.
    public func item(at position: Int) -> ReviewItem? {
        items.indices.contains(position - first) ? items[position - first] : nil
    }

    /// The queue as a test sets it: every item read, no paging.
    public init(items: [ReviewItem] = []) {
        self.items = items
    }
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
