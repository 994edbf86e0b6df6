import Foundation
import GongkaiCore

/// 栏目统计 — what a column holds: standard catalog items (标准目录事项), documents, documents awaiting
/// review (待审核) and proactive documents past their 20-working-day publication limit (逾期未公开,
/// 条例第二十六条).
public struct CatalogNodeCounts: Codable, Sendable, Equatable, Hashable {
    public var items = 0
    public var documents = 0
    public var pending = 0
    public var overdue = 0

    public init(items: Int = 0, documents: Int = 0, pending: Int = 0, overdue: Int = 0) {
        self.items = items
        self.documents = documents
        self.pending = pending
        self.overdue = overdue
    }
}

/// 目录树节点 — one column as `catalog tree` and the 目录 pane show it. JSON always carries
/// `id`, `name`, `path` and `children`; the rest describes the column.
public struct CatalogTreeNode: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var path: String
    public var parentId: String?
    /// 1-based position among its siblings.
    public var order: Int
    /// `seed`, `unit-template` or `custom` (`CatalogNodeOrigin`).
    public var origin: String
    /// 责任单位 — the column's own owner unit id (nil: inherited from an ancestor).
    public var ownerUnitId: String?
    /// Codes of the national standard areas (国办发〔2019〕54号) the column covers.
    public var nationalAreas: [String]
    /// 停用日期 — set for a retired column (listed only on request).
    public var retiredOn: CivilDate?
    /// Counts of the column and everything below it.
    public var counts: CatalogNodeCounts
    /// Counts of the column alone.
    public var ownCounts: CatalogNodeCounts
    /// 最近更新 — the latest day anything in the column or below it was formed, published or changed.
    public var lastUpdated: CivilDate?
    /// 栏目长期不更新 — the check's staleness rule finds this column idle for too long.
    public var stale: Bool
    public var children: [CatalogTreeNode]
}

/// 目录检查结果 — what `catalog check` reports.
public struct CatalogCheckReport: Codable, Sendable, Equatable {
    public var today: CivilDate
    public var stalenessDays: Int
    public var problems: [CatalogProblem]
    public var errors: Int
    public var warnings: Int
}

/// 栏目变更结果 — the column after an add, rename, move, reorder, retire or restore.
public struct CatalogNodeSummary: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var path: String
    public var parentId: String?
    public var order: Int
    public var retiredOn: CivilDate?

    init(_ node: CatalogNode) {
        id = node.id
        name = node.name
        path = node.path
        parentId = node.parentID
        order = node.order
        retiredOn = node.retiredOn
    }
}

/// 新增单位结果 — the unit and the column of its sub-catalog.
public struct AddUnitResult: Codable, Sendable, Equatable {
    public var unit: OrgUnit
    public var catalogNode: CatalogNodeSummary
    public var columns: [String]
}

/// 已存标准目录事项 — a standard catalog item as stored, with its column.
public struct StoredStandardItem: Codable, Sendable, Equatable {
    public var id: Int64
    public var nodeId: String
    public var nodePath: String
    public var item: StandardCatalogItem
    public var updatedOn: CivilDate
}
