import Foundation

/// 公开目录树 — the disclosure catalog (公开目录, Docs/领域规则.md §2) as an in-memory value: every change goes
/// through a method that keeps it valid, and a refused change leaves the tree untouched.
///
/// Rules the methods enforce:
/// - Names are validated by `CatalogNode.validatedName`, and unique among *active* siblings (a retired
///   column keeps its name so a replacement may reuse it).
/// - Nothing is added, moved or restored under a retired column, and a node never moves under itself.
/// - Retiring keeps the node (and hides its subtree) for history; deleting is only for nodes that are
///   not statutory, have no children, hold no items and never held any.
/// - Ids are never reused: nodes added here get `n0001`, `n0002` … from `nextSerial`, a namespace apart
///   from the seed's `c…` ids so a later seed version can add statutory columns without clashing.
/// Item counts are not stored here — the store owns items and passes `[CatalogNodeID: Int]` in.
public struct CatalogTree: Hashable, Sendable, Codable {
    private var nodesByID: [CatalogNodeID: CatalogNode] = [:]
    /// Children of each parent (nil = top level), sorted by `order`; derived, rebuilt after every change.
    private var childIndex: [CatalogNodeID?: [CatalogNodeID]] = [:]
    /// The number the next generated id will carry.
    public private(set) var nextSerial: Int = 1

    /// An empty catalog.
    public init() {}

    /// 载入目录 — rebuilds a tree from stored nodes: checks ids, names, parents and cycles, then recomputes
    /// every path and renumbers orders 1…n per sibling group (keeping the stored relative order).
    public init(nodes: [CatalogNode], nextSerial: Int? = nil) throws(CatalogError) {
        var byID: [CatalogNodeID: CatalogNode] = [:]
        for var node in nodes {
            guard CatalogTree.isValidID(node.id) else { throw .invalidID(node.id) }
            guard byID[node.id] == nil else { throw .duplicateID(node.id) }
            node.name = try CatalogNode.validatedName(node.name)
            if let days = node.stalenessDays, days <= 0 { throw .invalidStalenessDays(days) }
            node.nationalAreas = NationalStandardArea.normalized(node.nationalAreas)
            byID[node.id] = node
        }
        for node in nodes.sorted(by: { $0.id < $1.id }) {
            if let parentID = node.parentID, byID[parentID] == nil {
                throw .missingParent(id: node.id, parentID: parentID)
            }
        }
        self.nodesByID = byID
        rebuild()
        let reachable = Set(preorder(from: nil, includeRetired: true))
        if let stray = byID.keys.sorted().first(where: { !reachable.contains($0) }) {
            throw .cycle(stray)
        }
        let highest = byID.keys.compactMap(CatalogTree.serial(of:)).max() ?? 0
        self.nextSerial = max(nextSerial ?? 1, highest + 1)
    }

    // MARK: - Reading

    /// Number of nodes, retired ones included.
    public var count: Int { nodesByID.count }

    /// Every node in display order (depth-first, siblings by `order`), retired ones included.
    public var nodes: [CatalogNode] { preorder(from: nil, includeRetired: true).map { nodesByID[$0]! } }

    /// 栏目列表 — the nodes to show, depth-first in display order; by default retired columns and
    /// everything under them are left out.
    public func listing(includeRetired: Bool = false) -> [CatalogNode] {
        preorder(from: nil, includeRetired: includeRetired).map { nodesByID[$0]! }
    }

    /// The node with this id, retired or not.
    public func node(id: CatalogNodeID) -> CatalogNode? { nodesByID[id] }

    public subscript(id: CatalogNodeID) -> CatalogNode? { nodesByID[id] }

    /// 按路径查找 — the node at a "/"-joined path (components trimmed, empty ones ignored); where a retired
    /// and an active sibling share a name, the active one wins.
    public func node(atPath path: String) -> CatalogNode? {
        let names = path.split(separator: CatalogNode.pathSeparator)
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
        guard !names.isEmpty else { return nil }
        var current: CatalogNodeID? = nil
        for name in names {
            let matches = (childIndex[current] ?? []).compactMap { nodesByID[$0] }.filter { $0.name == name }
            guard let next = matches.first(where: { !$0.isRetired }) ?? matches.first else { return nil }
            current = next.id
        }
        return current.flatMap { nodesByID[$0] }
    }

    /// Children of a node (nil = the top categories) in order; retired ones only when asked.
    public func children(of parentID: CatalogNodeID?, includeRetired: Bool = false) -> [CatalogNode] {
        (childIndex[parentID] ?? []).compactMap { nodesByID[$0] }.filter { includeRetired || !$0.isRetired }
    }

    /// Ancestors from the top category down to the parent (empty for a top category or an unknown id).
    public func ancestors(of id: CatalogNodeID) -> [CatalogNode] {
        var chain: [CatalogNode] = []
        var cursor = nodesByID[id]?.parentID
        while let parentID = cursor, let parent = nodesByID[parentID] {
            chain.append(parent)
            cursor = parent.parentID
        }
        return chain.reversed()
    }

    /// 0 for a top category.
    public func depth(of id: CatalogNodeID) -> Int { ancestors(of: id).count }

    /// All nodes below `id` in display order.
    public func descendants(of id: CatalogNodeID, includeRetired: Bool = true) -> [CatalogNode] {
        guard nodesByID[id] != nil else { return [] }
        return preorder(from: id, includeRetired: includeRetired).map { nodesByID[$0]! }
    }

    /// True when `id` lies strictly below `ancestorID`.
    public func isDescendant(_ id: CatalogNodeID, of ancestorID: CatalogNodeID) -> Bool {
        ancestors(of: id).contains { $0.id == ancestorID }
    }

    /// 在用 — the node exists, is not retired and has no retired ancestor (only active nodes are listed,
    /// checked and count as covering a national area).
    public func isActive(_ id: CatalogNodeID) -> Bool {
        guard let node = nodesByID[id], !node.isRetired else { return false }
        return !ancestors(of: id).contains { $0.isRetired }
    }

    /// A node with no active children (an active column where items are published).
    public func isLeaf(_ id: CatalogNodeID) -> Bool { children(of: id).isEmpty }

    /// 责任单位 — the node's own owner unit, else its nearest ancestor's; nil when nobody is responsible.
    public func effectiveOwner(of id: CatalogNodeID) -> String? {
        if let own = nodesByID[id]?.ownerUnitID { return own }
        return ancestors(of: id).reversed().lazy.compactMap(\.ownerUnitID).first
    }

    /// 信息条数 — the count the store supplied for this node, optionally with every descendant's
    /// (retired ones too: their items still exist).
    public func itemCount(of id: CatalogNodeID, in counts: [CatalogNodeID: Int],
                          includingDescendants: Bool = false) -> Int {
        let own = max(0, counts[id] ?? 0)
        guard includingDescendants else { return own }
        return descendants(of: id).reduce(own) { $0 + max(0, counts[$1.id] ?? 0) }
    }

    // MARK: - Changing

    /// 新增栏目 — adds a column under `parentID` (nil = top level) at a 1-based position among the active
    /// siblings (nil = last) and returns its new id.
    @discardableResult
    public mutating func add(_ rawName: String, under parentID: CatalogNodeID?, on date: CivilDate,
                             at position: Int? = nil, ownerUnitID: String? = nil,
                             nationalAreas: [NationalStandardArea] = [],
                             origin: CatalogNodeOrigin = .custom) throws(CatalogError) -> CatalogNodeID {
        let name = try CatalogNode.validatedName(rawName)
        try requireActiveParent(parentID)
        try requireUniqueName(name, under: parentID, excluding: nil)
        try validate(position: position, under: parentID, excluding: nil)
        var id = CatalogTree.generatedID(nextSerial)
        var serial = nextSerial
        while nodesByID[id] != nil {
            serial += 1
            id = CatalogTree.generatedID(serial)
        }
        nextSerial = serial + 1
        nodesByID[id] = CatalogNode(id: id, name: name, parentID: parentID, order: 0,
                                    nationalAreas: nationalAreas, ownerUnitID: CatalogTree.cleanUnit(ownerUnitID),
                                    origin: origin, createdOn: date)
        placeNew(id, under: parentID, at: position)
        return id
    }

    /// 重命名 — renames a column; its id, items and history stay, and every path below follows.
    public mutating func rename(_ id: CatalogNodeID, to rawName: String) throws(CatalogError) {
        let node = try existing(id)
        let name = try CatalogNode.validatedName(rawName)
        guard name != node.name else { return }
        if !node.isRetired { try requireUniqueName(name, under: node.parentID, excluding: id) }
        nodesByID[id]!.name = name
        rebuild()
    }

    /// 移动 — moves a column (with its subtree) under another parent (nil = top level) at a 1-based
    /// position among the active siblings there (nil = last); refuses a move under itself or a descendant.
    public mutating func move(_ id: CatalogNodeID, under newParentID: CatalogNodeID?,
                              at position: Int? = nil) throws(CatalogError) {
        let node = try existing(id)
        if let target = newParentID {
            let targetNode = try existing(target)
            if target == id { throw .moveIntoItself(path: node.path) }
            if isDescendant(target, of: id) {
                throw .moveIntoDescendant(path: node.path, targetPath: targetNode.path)
            }
        }
        try requireActiveParent(newParentID)
        if !node.isRetired { try requireUniqueName(node.name, under: newParentID, excluding: id) }
        try validate(position: position, under: newParentID, excluding: id)
        let oldParentID = node.parentID
        nodesByID[id]!.parentID = newParentID
        if oldParentID != newParentID {
            renumber((childIndex[oldParentID] ?? []).filter { $0 != id })
        }
        place(id, under: newParentID, at: position)
    }

    /// 调整顺序 — moves a column to a 1-based position among its active siblings.
    public mutating func reorder(_ id: CatalogNodeID, to position: Int) throws(CatalogError) {
        let node = try existing(id)
        try validate(position: position, under: node.parentID, excluding: id)
        place(id, under: node.parentID, at: position)
    }

    /// 上移/下移 — moves a column `delta` places among its active siblings, stopping at either end.
    public mutating func shift(_ id: CatalogNodeID, by delta: Int) throws(CatalogError) {
        let node = try existing(id)
        let active = children(of: node.parentID).map(\.id)
        guard let current = active.firstIndex(of: id) else { return }
        let target = min(max(current + delta, 0), active.count - 1)
        place(id, under: node.parentID, at: target + 1)
    }

    /// 停用 — retires a column: kept with its items for history, hidden (with its subtree) from listings,
    /// checks and coverage.
    public mutating func retire(_ id: CatalogNodeID, on date: CivilDate) throws(CatalogError) {
        let node = try existing(id)
        guard !node.isRetired else { throw .alreadyRetired(path: node.path) }
        nodesByID[id]!.retiredOn = date
    }

    /// 恢复 — brings a retired column back, provided its parent is active and no active sibling took its name.
    public mutating func restore(_ id: CatalogNodeID) throws(CatalogError) {
        let node = try existing(id)
        guard node.isRetired else { throw .notRetired(path: node.path) }
        try requireActiveParent(node.parentID)
        try requireUniqueName(node.name, under: node.parentID, excluding: id)
        nodesByID[id]!.retiredOn = nil
    }

    /// 删除 — removes a column for good; only for a mistake that was never used: not statutory, no
    /// children (retired ones count), no items now (`itemCounts`) and none ever (`everUsed`). Otherwise retire it.
    public mutating func delete(_ id: CatalogNodeID, itemCounts: [CatalogNodeID: Int]) throws(CatalogError) {
        let node = try existing(id)
        let held = itemCounts[id] ?? 0
        if held > 0 { throw .holdsItems(path: node.path, count: held) }
        if node.everUsed { throw .everUsed(path: node.path) }
        if !(childIndex[id] ?? []).isEmpty { throw .hasChildren(path: node.path) }
        if node.origin == .seed { throw .statutoryNode(path: node.path) }
        nodesByID[id] = nil
        renumber((childIndex[node.parentID] ?? []).filter { $0 != id })
    }

    /// 指定责任单位 — sets (or with nil/blank clears) the unit responsible for a column.
    public mutating func setOwner(_ id: CatalogNodeID, unitID: String?) throws(CatalogError) {
        _ = try existing(id)
        nodesByID[id]!.ownerUnitID = CatalogTree.cleanUnit(unitID)
    }

    /// 对应标准指引领域 — replaces the national areas (国办发〔2019〕54号) a column covers.
    public mutating func setNationalAreas(_ id: CatalogNodeID, _ areas: [NationalStandardArea]) throws(CatalogError) {
        _ = try existing(id)
        nodesByID[id]!.nationalAreas = NationalStandardArea.normalized(areas)
    }

    /// 更新周期 — sets (or with nil clears) a column's own staleness period in days.
    public mutating func setStalenessDays(_ id: CatalogNodeID, _ days: Int?) throws(CatalogError) {
        _ = try existing(id)
        if let days, days <= 0 { throw .invalidStalenessDays(days) }
        nodesByID[id]!.stalenessDays = days
    }

    /// 标记已使用 — the store calls this when the first item is filed here, so the node can never be deleted.
    public mutating func markUsed(_ id: CatalogNodeID) throws(CatalogError) {
        _ = try existing(id)
        nodesByID[id]!.everUsed = true
    }

    // MARK: - Ids

    /// Ids are short ASCII codes (letters, digits, ".", "-", "_") so they stay readable on the command line.
    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64 && id.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                || $0 == "." || $0 == "-" || $0 == "_"
        }
    }

    static func generatedID(_ serial: Int) -> CatalogNodeID {
        let digits = String(serial)
        return "n" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The serial of a generated id (`n0042` → 42), nil for any other id.
    static func serial(of id: CatalogNodeID) -> Int? {
        guard id.hasPrefix("n"), id.count > 1 else { return nil }
        let rest = id.dropFirst()
        guard rest.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(rest)
    }

    // MARK: - Codable (a flat node list in display order; decoding validates like `init(nodes:)`)

    private enum CodingKeys: String, CodingKey { case nodes, nextSerial }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let nodes = try c.decode([CatalogNode].self, forKey: .nodes)
        let serial = try c.decodeIfPresent(Int.self, forKey: .nextSerial)
        try self.init(nodes: nodes, nextSerial: serial)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(nodes, forKey: .nodes)
        try c.encode(nextSerial, forKey: .nextSerial)
    }

    public static func == (a: CatalogTree, b: CatalogTree) -> Bool {
        a.nodesByID == b.nodesByID && a.nextSerial == b.nextSerial
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(nodesByID)
        hasher.combine(nextSerial)
    }

    // MARK: - Internals

    private func existing(_ id: CatalogNodeID) throws(CatalogError) -> CatalogNode {
        guard let node = nodesByID[id] else { throw .unknownNode(id) }
        return node
    }

    private func requireActiveParent(_ parentID: CatalogNodeID?) throws(CatalogError) {
        guard let parentID else { return }
        let parent = try existing(parentID)
        guard isActive(parentID) else { throw .parentRetired(path: parent.path) }
    }

    private func requireUniqueName(_ name: String, under parentID: CatalogNodeID?,
                                   excluding id: CatalogNodeID?) throws(CatalogError) {
        if children(of: parentID).contains(where: { $0.name == name && $0.id != id }) {
            throw .duplicateSiblingName(name: name, parentPath: parentID.flatMap { nodesByID[$0]?.path } ?? "")
        }
    }

    private func validate(position: Int?, under parentID: CatalogNodeID?,
                          excluding id: CatalogNodeID?) throws(CatalogError) {
        guard let position else { return }
        let activeCount = children(of: parentID).filter { $0.id != id }.count
        let range = 1...(activeCount + 1)
        guard range.contains(position) else { throw .positionOutOfRange(position: position, validRange: range) }
    }

    /// Puts `id` among its parent's children: before the `position`-th active sibling, or last when nil or
    /// past the active ones. Retired siblings keep their relative slots.
    private mutating func place(_ id: CatalogNodeID, under parentID: CatalogNodeID?, at position: Int?) {
        var siblings = (childIndex[parentID] ?? []).filter { $0 != id }
        let activeIndices = siblings.indices.filter { !(nodesByID[siblings[$0]]?.isRetired ?? true) }
        if let position, position >= 1, position <= activeIndices.count {
            siblings.insert(id, at: activeIndices[position - 1])
        } else {
            siblings.append(id)
        }
        renumber(siblings)
    }

    /// `place` for a node just added (it has no children): only its sibling group's orders and its
    /// own path change, so the index is updated in place instead of rebuilt. A unit's sub-catalog
    /// adds a dozen columns to a tree of a few hundred, and `gongkai init` adds one per unit:
    /// rebuilding the whole tree after each add was most of a workspace's set-up.
    /// `CatalogTreeTests` keeps the result equal to a tree rebuilt from its nodes.
    private mutating func placeNew(_ id: CatalogNodeID, under parentID: CatalogNodeID?, at position: Int?) {
        var siblings = childIndex[parentID] ?? []
        let activeIndices = siblings.indices.filter { !(nodesByID[siblings[$0]]?.isRetired ?? true) }
        if let position, position >= 1, position <= activeIndices.count {
            siblings.insert(id, at: activeIndices[position - 1])
        } else {
            siblings.append(id)
        }
        for (offset, sibling) in siblings.enumerated() { nodesByID[sibling]?.order = offset + 1 }
        childIndex[parentID] = siblings
        let name = nodesByID[id]!.name
        nodesByID[id]!.path = parentID.flatMap { nodesByID[$0]?.path }.map { $0 + String(CatalogNode.pathSeparator) + name } ?? name
    }

    /// Gives `ids` the orders 1…n and rebuilds the derived index and paths.
    private mutating func renumber(_ ids: [CatalogNodeID]) {
        for (offset, sibling) in ids.enumerated() { nodesByID[sibling]?.order = offset + 1 }
        rebuild()
    }

    /// Recomputes the child index (sorted by order, then id), contiguous orders and all paths.
    private mutating func rebuild() {
        var index: [CatalogNodeID?: [CatalogNodeID]] = [:]
        for node in nodesByID.values { index[node.parentID, default: []].append(node.id) }
        for (parent, ids) in index {
            let sorted = ids.sorted {
                let a = nodesByID[$0]!, b = nodesByID[$1]!
                return a.order != b.order ? a.order < b.order : a.id < b.id
            }
            for (offset, id) in sorted.enumerated() { nodesByID[id]!.order = offset + 1 }
            index[parent] = sorted
        }
        childIndex = index
        var stack: [(CatalogNodeID, String)] = (index[nil] ?? []).map { ($0, "") }
        var seen = Set<CatalogNodeID>()
        while let (id, prefix) = stack.popLast() {
            guard seen.insert(id).inserted, let name = nodesByID[id]?.name else { continue }
            let path = prefix.isEmpty ? name : prefix + String(CatalogNode.pathSeparator) + name
            nodesByID[id]!.path = path
            stack.append(contentsOf: (index[id] ?? []).map { ($0, path) })
        }
    }

    private func preorder(from rootID: CatalogNodeID?, includeRetired: Bool) -> [CatalogNodeID] {
        var result: [CatalogNodeID] = []
        var seen = Set<CatalogNodeID>()
        func visit(_ parentID: CatalogNodeID?) {
            for id in childIndex[parentID] ?? [] {
                guard let node = nodesByID[id], includeRetired || !node.isRetired,
                      seen.insert(id).inserted else { continue }
                result.append(id)
                visit(id)
            }
        }
        visit(rootID)
        return result
    }

    private static func cleanUnit(_ unitID: String?) -> String? {
        guard let trimmed = unitID?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else {
            return nil
        }
        return trimmed
    }
}
