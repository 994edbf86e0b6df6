import GongkaiCore
import GongkaiStore

/// 目录树行 — one column of the disclosure catalog (公开目录) as the 目录 pane holds it: flattened in
/// display order, with its depth, subtree counts, latest date and staleness.
public struct CatalogRow: Equatable, Sendable {
    public var id: String
    public var parentId: String?
    public var name: String
    public var path: String
    public var depth: Int
    public var hasChildren: Bool
    public var counts: CatalogNodeCounts
    public var lastUpdated: CivilDate?
    /// 栏目长期不更新 (the check's staleness rule).
    public var stale: Bool
    public var retired: Bool
    /// Index in `CatalogTreeState.rows` just past this row's last descendant.
    public var subtreeEnd: Int
}

/// 文件窗格的目录筛选 — the 文件 pane shows only the documents of this column and the columns below it.
public struct CatalogFilter: Equatable, Sendable {
    public var nodeID: String
    public var name: String
    public var path: String
}

/// 目录树状态 — the 目录 pane's tree: every column in display order, which are expanded, and the visible
/// rows (the flattened expanded tree) that the pane's list scrolls over. Expanding or collapsing
/// recomputes `visible` by skipping collapsed subtrees; drawing only ever touches the rows on screen.
public struct CatalogTreeState: Equatable, Sendable {
    public private(set) var rows: [CatalogRow] = []
    private var indexByID: [String: Int] = [:]
    public private(set) var expanded: Set<String> = []
    /// Indices into `rows` of the rows shown, in order.
    public private(set) var visible: [Int] = []
    /// The 文件 pane's filter, set by opening a column here.
    public var documentFilter: CatalogFilter?
    /// The last `/` search, for n / N.
    public var lastSearch: String?
    /// 输入跳转 — characters typed (not bound to a command) since the last other key.
    public var jumpBuffer = ""
    /// The open form (add / rename / move / retire / search), if any.
    public var form: CatalogForm?
    /// z: list retired columns too.
    public var includeRetired = false
    /// Why the officer may not edit the catalog (nil: an administrator may), as read with the tree.
    public var editRefusal: String?

    public init() {}

    /// Replaces the tree with freshly read nodes; expansion is kept for the columns that still exist.
    public mutating func load(_ roots: [CatalogTreeNode]) {
        var flat: [CatalogRow] = []
        func visit(_ node: CatalogTreeNode, depth: Int) {
            let index = flat.count
            flat.append(CatalogRow(id: node.id, parentId: node.parentId, name: node.name, path: node.path,
                                   depth: depth, hasChildren: !node.children.isEmpty, counts: node.counts,
                                   lastUpdated: node.lastUpdated, stale: node.stale,
                                   retired: node.retiredOn != nil, subtreeEnd: index + 1))
            for child in node.children { visit(child, depth: depth + 1) }
            flat[index].subtreeEnd = flat.count
        }
        for root in roots { visit(root, depth: 0) }
        rows = flat
        indexByID = Dictionary(uniqueKeysWithValues: flat.enumerated().map { ($1.id, $0) })
        expanded = expanded.filter { indexByID[$0] != nil }
        if let filter = documentFilter, indexByID[filter.nodeID] == nil { documentFilter = nil }
        rebuildVisible()
    }

    public func row(id: String) -> CatalogRow? { indexByID[id].map { rows[$0] } }

    /// The row at a visible position.
    public func visibleRow(_ position: Int) -> CatalogRow? {
        visible.indices.contains(position) ? rows[visible[position]] : nil
    }

    /// The visible position of a column, nil when it is inside a collapsed parent.
    public func position(of id: String) -> Int? {
        guard let index = indexByID[id] else { return nil }
        return visible.firstIndex(of: index)
    }

    public func isExpanded(_ id: String) -> Bool { expanded.contains(id) }

    public mutating func setExpanded(_ id: String, _ open: Bool) {
        guard let row = row(id: id), row.hasChildren else { return }
        if open { expanded.insert(id) } else { expanded.remove(id) }
        rebuildVisible()
    }

    /// Expands every ancestor so the column is visible.
    public mutating func reveal(_ id: String) {
        var cursor = row(id: id)?.parentId
        while let parentID = cursor, let parent = row(id: parentID) {
            expanded.insert(parentID)
            cursor = parent.parentId
        }
        rebuildVisible()
    }

    /// 搜索 — the next column (in display order, after `afterID`, wrapping) whose name contains `query`
    /// (or starts with it when `prefix`); collapsed columns are searched too.
    public func find(_ query: String, after afterID: String?, backwards: Bool = false,
                     prefix: Bool = false, includeCurrent: Bool = false) -> String? {
        guard !query.isEmpty, !rows.isEmpty else { return nil }
        let start = afterID.flatMap { indexByID[$0] } ?? (backwards ? 0 : rows.count - 1)
        let n = rows.count
        for step in (includeCurrent ? 0 : 1)...n {
            let i = backwards ? ((start - step) % n + n) % n : (start + step) % n
            let name = rows[i].name
            if prefix ? name.hasPrefix(query) : name.contains(query) { return rows[i].id }
        }
        return nil
    }

    private mutating func rebuildVisible() {
        var shown: [Int] = []
        var i = 0
        while i < rows.count {
            shown.append(i)
            i = rows[i].hasChildren && !expanded.contains(rows[i].id) ? rows[i].subtreeEnd : i + 1
        }
        visible = shown
    }
}
