/// 栏目引用的解析结果 — what a column reference an officer typed (an id, a full path or a bare name)
/// names: one column, none, or several (the officer must give the path; `candidates` are in catalog order).
public enum CatalogReferenceResolution: Equatable, Sendable {
    case found(CatalogNode)
    case unknown
    case ambiguous(candidates: [CatalogNode])
}

extension CatalogTree {
    /// 解析栏目引用 — an id or a full path names its column. A bare name is looked up first in the
    /// catalog of `unitID` (the columns whose 责任单位, own or inherited, is that unit): a name unique
    /// there resolves even when other units' catalogs carry it too (every township has 工作动态), and
    /// a name that unit's catalog carries twice is ambiguous among those only. A name the unit's
    /// catalog does not carry (or with no unit) is looked up in the whole catalog. Active columns
    /// win over retired ones.
    public func resolve(reference: String, unitID: String? = nil) -> CatalogReferenceResolution {
        let ref = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        if let node = self[ref] { return .found(node) }
        // A full path wins (so a top category's name names it), then a name.
        if let node = node(atPath: ref) { return .found(node) }
        if ref.contains(CatalogNode.pathSeparator) { return .unknown }
        let active = listing().filter { $0.name == ref }
        let named = active.isEmpty ? nodes.filter { $0.name == ref } : active
        if let unitID {
            let own = named.filter { effectiveOwner(of: $0.id) == unitID }
            if !own.isEmpty { return Self.resolution(own) }
        }
        return Self.resolution(named)
    }

    private static func resolution(_ matches: [CatalogNode]) -> CatalogReferenceResolution {
        switch matches.count {
        case 0: return .unknown
        case 1: return .found(matches[0])
        default: return .ambiguous(candidates: matches)
        }
    }
}
