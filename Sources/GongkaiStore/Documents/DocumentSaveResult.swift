import Foundation
import GongkaiCore

/// 保存结果 — what adding or saving a document returned: the document as stored and the 文号
/// warnings (an unusual 文号 is accepted and stored in its standard form; GB/T 9704-2012 7.2.4).
public struct DocumentSaved: Codable, Sendable, Hashable {
    public var id: String
    public var version: Int
    /// 文号提示 — empty when the 文号 was standard or absent.
    public var warnings: [DocumentNumberIssue]
    /// The 文号 as typed, when it was stored in a different (standard) form.
    public var docNumberTyped: String?
    public var document: DocumentDetail
}

/// 修改冲突 — another officer changed the document after it was opened: nothing was written; both
/// versions are handed back so the officer can compare and choose (never a silent overwrite).
public struct DocumentConflict: Codable, Sendable, Hashable {
    /// What this officer tried to save.
    public var yours: DocumentEdit
    /// The document as it is now.
    public var theirs: DocumentDetail
    /// Who changed it last, and when (from the audit log).
    public var changedBy: String?
    public var changedAt: String?
    /// The fields that differ between `yours` and `theirs` (`title`, `body`, `state` …).
    public var fields: [String]
}

/// 保存 — saved, or refused because of a conflict.
public enum DocumentUpdateResult: Codable, Sendable, Hashable {
    case saved(DocumentSaved)
    case conflict(DocumentConflict)
}
