import Foundation
import GongkaiCore

/// 文件列表行 — a document with its publication clock (第二十六条), as `doc list` and the 文件 pane
/// show it.
public struct DocumentListItem: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var docNumber: String?
    public var type: DocumentType
    public var attribute: DisclosureAttribute?
    public var state: DocumentState
    public var unitId: String
    public var unitName: String
    public var formed: CivilDate
    public var published: CivilDate?
    /// 公开期限 (主动公开 only).
    public var publishDue: CivilDate?
    /// Working days left to `publishDue` (negative once past); nil when published or no clock.
    public var workdaysLeft: Int?
    public var overdue: Bool
    /// A year without a holiday arrangement was touched (C5).
    public var provisional: Bool
    /// 效力状态 today (规章、规范性文件).
    public var regulationStatus: RegulationStatus?
    public var version: Int
}

/// One page of the document list and how many match in all.
public struct DocumentPage: Codable, Sendable, Hashable {
    public var total: Int
    public var offset: Int
    public var items: [DocumentListItem]
}
