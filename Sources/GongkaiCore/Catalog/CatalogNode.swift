import Foundation

/// 目录节点编号 — a catalog node's id, assigned once and never changed or reused (see `CatalogSeed` for
/// the `c…` ids of the statutory catalog and `CatalogTree` for the `n…` ids of nodes added later).
public typealias CatalogNodeID = String

/// 目录节点来源 — where a catalog node came from; statutory (seed) nodes may be retired but never deleted.
public enum CatalogNodeOrigin: String, DomainCode {
    /// From the county's statutory catalog (`CatalogSeed`, Docs/领域规则.md §2).
    case seed
    /// Created by `UnitCatalogTemplate` when a unit was added under 部门乡镇信息公开.
    case unitTemplate = "unit-template"
    /// Added by an officer.
    case custom

    public var chineseName: String {
        switch self {
        case .seed: return "法定目录"
        case .unitTemplate: return "单位目录模板"
        case .custom: return "自定义"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .seed: return "Statutory catalog"
        case .unitTemplate: return "Unit catalog template"
        case .custom: return "Custom"
        }
    }
}

/// 目录节点（栏目） — one column of the disclosure catalog (公开目录, Docs/领域规则.md §2).
///
/// Structure-changing properties are only settable through `CatalogTree`, which keeps names unique among
/// active siblings, orders contiguous and paths in step with ancestors' names.
public struct CatalogNode: Hashable, Sendable, Codable, Identifiable {
    public let id: CatalogNodeID
    /// Trimmed, non-empty, without "/" or control characters (`CatalogNode.validatedName`).
    public internal(set) var name: String
    /// nil for the 8 top categories.
    public internal(set) var parentID: CatalogNodeID?
    /// 1-based position among all siblings, retired ones included (they keep their slot for history).
    public internal(set) var order: Int
    /// Ancestors' names and the node's own joined with "/", e.g. `法定主动公开内容/基层政府信息公开/教育信息`.
    public internal(set) var path: String
    /// 对应标准指引领域 — national areas (国办发〔2019〕54号) this column covers; empty when none.
    public internal(set) var nationalAreas: [NationalStandardArea]
    /// 责任单位 — the unit that keeps this column current; nil means inherited from the nearest ancestor.
    public internal(set) var ownerUnitID: String?
    public let origin: CatalogNodeOrigin
    /// 设立日期 — a column never updated is judged stale from this day (`CatalogCheck`).
    public let createdOn: CivilDate
    /// 停用日期 — a retired column stays for history but is hidden from normal listings.
    public internal(set) var retiredOn: CivilDate?
    /// Set once any item has been filed here; a used node can no longer be deleted, only retired.
    public internal(set) var everUsed: Bool
    /// 更新周期 — overrides the check's staleness period (days) for columns that change on their own rhythm,
    /// such as the yearly 政府信息公开年报; nil uses the check's default.
    public internal(set) var stalenessDays: Int?

    /// Builds a node as stored; `CatalogTree(nodes:)` validates it and recomputes `path` and `order`.
    public init(id: CatalogNodeID, name: String, parentID: CatalogNodeID?, order: Int, path: String = "",
                nationalAreas: [NationalStandardArea] = [], ownerUnitID: String? = nil,
                origin: CatalogNodeOrigin, createdOn: CivilDate, retiredOn: CivilDate? = nil,
                everUsed: Bool = false, stalenessDays: Int? = nil) {
        self.id = id
        self.name = name
        self.parentID = parentID
        self.order = order
        self.path = path.isEmpty ? name : path
        self.nationalAreas = NationalStandardArea.normalized(nationalAreas)
        self.ownerUnitID = ownerUnitID
        self.origin = origin
        self.createdOn = createdOn
        self.retiredOn = retiredOn
        self.everUsed = everUsed
        self.stalenessDays = stalenessDays
    }

    /// 已停用 — true once retired (a node under a retired ancestor is hidden too; see `CatalogTree.isActive`).
    public var isRetired: Bool { retiredOn != nil }

    /// The path separator; forbidden inside names so every path splits back into names unambiguously.
    public static let pathSeparator: Character = "/"

    /// 栏目名称校验 — trims surrounding whitespace (including the full-width space) and rejects names that
    /// would break paths or the terminal display: empty, containing "/", or containing control characters.
    public static func validatedName(_ raw: String) throws(CatalogError) -> String {
        let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw .emptyName }
        guard !name.contains(pathSeparator) else { throw .nameContainsSlash(name) }
        let forbidden: Set<Unicode.GeneralCategory> = [.control, .lineSeparator, .paragraphSeparator]
        guard !name.unicodeScalars.contains(where: { forbidden.contains($0.properties.generalCategory) }) else {
            throw .nameContainsControlCharacter
        }
        return name
    }
}
