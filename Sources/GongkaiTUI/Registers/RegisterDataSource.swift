import GongkaiCore
import GongkaiStore

/// What the register view needs — read through the service door, so the view shows exactly what
/// the officer may see (own unit; the county office every unit), like `gongkai duties|consult|inspect`.
public protocol RegisterDataSource: AnyObject {
    /// `closeKey`: the key that closes a consultation or records a fix, as the live keymap binds it
    /// (the detail says it).
    func registerItems(_ kind: RegisterKind, unit: String?, stale: Bool, closeKey: String) throws -> [RegisterItem]
    /// Resolves a unit typed after `:duties` (id or name) to its id and name.
    func registerUnit(_ reference: String) throws -> (id: String, name: String)
    func catalogRegisterLink(nodeID: String) throws -> CatalogRegisterLink?
}

extension ServiceDataSource: RegisterDataSource {
    public func registerItems(_ kind: RegisterKind, unit: String?, stale: Bool, closeKey: String) throws -> [RegisterItem] {
        switch kind {
        case .duties:
            return try service.duties(DutyQuery(unit: unit)).map { try RegisterItems.duty(service.duty(id: $0.id)) }
        case .consultations:
            return try service.consultations(unit: unit).map { RegisterItems.consultation($0, closeKey: closeKey) }
        case .inspections:
            if stale { return try service.staleColumnReport(unit: unit).columns.map(RegisterItems.stale) }
            return try service.inspections(unit: unit).map { RegisterItems.inspection($0, closeKey: closeKey) }
        }
    }

    public func registerUnit(_ reference: String) throws -> (id: String, name: String) {
        let unit = try service.resolveUnit(reference)
        return (unit.id, unit.name)
    }

    public func catalogRegisterLink(nodeID: String) throws -> CatalogRegisterLink? {
        try service.catalogRegisterLink(nodeID: nodeID)
    }
}
