import GongkaiCore

// 目录服务请求 — the catalog service's requests: plain Codable values, so the service door can move into a
// process of its own without changing its callers.

/// 新增栏目请求 — `parent` is an id, a path or a unique name (nil: a new top category).
public struct AddCatalogNodeRequest: Codable, Sendable, Equatable {
    public var parent: String?
    public var name: String
    /// 1-based position among the active siblings (nil: last).
    public var position: Int?
    /// National area codes or Chinese names (国办发〔2019〕54号).
    public var nationalAreas: [String]
    /// 责任单位 — a unit id or name.
    public var ownerUnit: String?

    public init(parent: String?, name: String, position: Int? = nil, nationalAreas: [String] = [],
                ownerUnit: String? = nil) {
        self.parent = parent
        self.name = name
        self.position = position
        self.nationalAreas = nationalAreas
        self.ownerUnit = ownerUnit
    }
}

/// 栏目属性修改请求 — the national areas a column covers, its owner unit and its own staleness period;
/// nil leaves a value as it is, the `clear…` flags remove one.
public struct UpdateCatalogNodeRequest: Codable, Sendable, Equatable {
    public var node: String
    /// National area codes or Chinese names; replaces the column's areas ([] removes them all).
    public var nationalAreas: [String]?
    /// 责任单位 — a unit id or name.
    public var ownerUnit: String?
    public var clearOwner: Bool
    /// 更新周期 in days.
    public var stalenessDays: Int?
    public var clearStalenessDays: Bool

    public init(node: String, nationalAreas: [String]? = nil, ownerUnit: String? = nil, clearOwner: Bool = false,
                stalenessDays: Int? = nil, clearStalenessDays: Bool = false) {
        self.node = node
        self.nationalAreas = nationalAreas
        self.ownerUnit = ownerUnit
        self.clearOwner = clearOwner
        self.stalenessDays = stalenessDays
        self.clearStalenessDays = clearStalenessDays
    }
}

/// 新增单位请求 — a department (部门) or township (乡镇); its sub-catalog is created with it.
public struct AddUnitRequest: Codable, Sendable, Equatable {
    public var name: String
    public var kind: UnitKind

    public init(name: String, kind: UnitKind) {
        self.name = name
        self.kind = kind
    }
}

/// 栏目引用 — one column by id, path or unique name (retire, restore, delete).
public struct CatalogNodeReference: Codable, Sendable, Equatable {
    public var node: String

    public init(node: String) { self.node = node }
}

/// 重命名请求.
public struct RenameCatalogNodeRequest: Codable, Sendable, Equatable {
    public var node: String
    public var name: String

    public init(node: String, name: String) {
        self.node = node
        self.name = name
    }
}

/// 移动请求 — under `parent` (nil: to the top level), at a 1-based position among the active siblings
/// there (nil: last).
public struct MoveCatalogNodeRequest: Codable, Sendable, Equatable {
    public var node: String
    public var parent: String?
    public var position: Int?

    public init(node: String, parent: String?, position: Int? = nil) {
        self.node = node
        self.parent = parent
        self.position = position
    }
}

/// 调整顺序请求 — to a 1-based `position` among the active siblings, or `delta` places up (−) or down (+).
public struct ReorderCatalogNodeRequest: Codable, Sendable, Equatable {
    public var node: String
    public var position: Int?
    public var delta: Int?

    public init(node: String, position: Int) {
        self.node = node
        self.position = position
    }

    public init(node: String, delta: Int) {
        self.node = node
        self.delta = delta
    }
}

/// 新增标准目录事项请求.
public struct AddStandardItemRequest: Codable, Sendable, Equatable {
    public var node: String
    public var item: StandardCatalogItem

    public init(node: String, item: StandardCatalogItem) {
        self.node = node
        self.item = item
    }
}

/// 文件归入栏目请求.
public struct PlaceDocumentRequest: Codable, Sendable, Equatable {
    public var document: String
    public var node: String

    public init(document: String, node: String) {
        self.document = document
        self.node = node
    }
}
