import Foundation
import GongkaiCore
import GongkaiStore

/// 审核意见草稿 — what a reviewer types at the inbox's prompts that take words (退回意见, 三同步特批理由),
/// written to the officer's draft store (`OfficerSide.files`, 0600) as it is typed, so an SSH drop or
/// `kill -9` loses nothing: asking the same question on the same item again offers it back. Read when
/// the inbox opens (the loop reads it with the queue); removed once the answer is given or cancelled.
/// `<workspace key>.review-draft-<login>.json` (`DraftKind.reviewComment`).
public typealias ReviewCommentDraft = DraftJournal<ReviewCommentWords>

/// What the review comment draft keeps: which question on which item (`InboxPrompt.draftKey`), and
/// the words typed.
public struct ReviewCommentWords: Codable, Equatable, Sendable {
    public var question: String
    public var text: String
}

extension InboxPrompt {
    /// The question and item a draft of this prompt belongs to; nil for a prompt whose answer is
    /// not words worth keeping (the snooze date).
    var draftKey: String? {
        switch purpose {
        case .returnComment(let item): return "return|" + item.kind.rawValue + "|" + item.id
        case let .overrideReason(documentId, action): return "override|" + documentId + "|" + action.rawValue
        case .snoozeUntil: return nil
        }
    }

    /// The prompt with the words kept for the same question on the same item, if any (`restored`).
    func restoring(_ draft: ReviewCommentWords?) -> (prompt: InboxPrompt, restored: Bool) {
        guard let key = draftKey, let draft, draft.question == key, !draft.text.isEmpty else { return (self, false) }
        var prompt = self
        prompt.text = draft.text
        prompt.caret = draft.text.count
        return (prompt, true)
    }
}
