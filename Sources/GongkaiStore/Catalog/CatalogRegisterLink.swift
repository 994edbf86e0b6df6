import GRDB
import GongkaiCore

/// 栏目对应的登记簿 — the register a catalog column opens (by its name, `RegisterKind.forColumn`) and
/// the unit whose register it is: the column's responsible unit, own or inherited.
public struct CatalogRegisterLink: Codable, Sendable, Equatable {
    public var kind: RegisterKind
    public var nodeId: String
    /// nil when no unit is responsible for the column (the register then lists every unit visible).
    public var unitId: String?
}

extension GongkaiService {
    /// The register column `nodeID` leads to, or nil when it is an ordinary column.
    public func catalogRegisterLink(nodeID: String) throws -> CatalogRegisterLink? {
        try readShared { db in
            let tree = try CatalogStore.loadTree(db)
            guard let node = tree[nodeID], let kind = RegisterKind.forColumn(named: node.name) else { return nil }
            return CatalogRegisterLink(kind: kind, nodeId: nodeID, unitId: tree.effectiveOwner(of: nodeID))
        }
    }
}
