import Foundation

/// 目录操作错误 — project rules (Docs/领域规则.md §2): why a change to the disclosure catalog (公开目录) was refused;
/// `message` is what officers see.
public enum CatalogError: Error, Equatable, Hashable, Sendable, LocalizedError, CustomStringConvertible {
    case emptyName
    case nameContainsSlash(String)
    case nameContainsControlCharacter
    /// An active sibling already has this name (`parentPath` is "" at the top level).
    case duplicateSiblingName(name: String, parentPath: String)
    case unknownNode(CatalogNodeID)
    case duplicateID(CatalogNodeID)
    case invalidID(String)
    /// Loading: a node names a parent that is not in the tree.
    case missingParent(id: CatalogNodeID, parentID: CatalogNodeID)
    /// Loading: following parents from this node comes back to it.
    case cycle(CatalogNodeID)
    case moveIntoItself(path: String)
    case moveIntoDescendant(path: String, targetPath: String)
    /// Adding, moving or restoring under a retired (or hidden) column.
    case parentRetired(path: String)
    case alreadyRetired(path: String)
    case notRetired(path: String)
    case positionOutOfRange(position: Int, validRange: ClosedRange<Int>)
    case holdsItems(path: String, count: Int)
    case everUsed(path: String)
    case hasChildren(path: String)
    case statutoryNode(path: String)
    case invalidStalenessDays(Int)

    /// The message for the terminal and the CLI, in the interface language (`CoreText.Catalog`).
    public var message: String {
        let P = CoreText.Catalog.self
        switch self {
        case .emptyName:
            return P.emptyName.text()
        case .nameContainsSlash(let name):
            return P.nameContainsSlash.text([name])
        case .nameContainsControlCharacter:
            return P.nameContainsControl.text()
        case .duplicateSiblingName(let name, let parentPath):
            let place = parentPath.isEmpty ? P.topLevel.text() : P.quotedPath.text([parentPath])
            return P.duplicateSiblingName.text([place, name])
        case .unknownNode(let id):
            return P.unknownNode.text(["\(id)"])
        case .duplicateID(let id):
            return P.duplicateID.text(["\(id)"])
        case .invalidID(let id):
            return P.invalidID.text([id])
        case .missingParent(let id, let parentID):
            return P.missingParent.text(["\(id)", "\(parentID)"])
        case .cycle(let id):
            return P.cycle.text(["\(id)"])
        case .moveIntoItself(let path):
            return P.moveIntoItself.text([path])
        case .moveIntoDescendant(let path, let targetPath):
            return P.moveIntoDescendant.text([path, targetPath])
        case .parentRetired(let path):
            return P.parentRetired.text([path])
        case .alreadyRetired(let path):
            return P.alreadyRetired.text([path])
        case .notRetired(let path):
            return P.notRetired.text([path])
        case .positionOutOfRange(let position, let range):
            return P.positionOutOfRange.text(["\(position)", "\(range.lowerBound)", "\(range.upperBound)"])
        case .holdsItems(let path, let count):
            return P.holdsItems.text([path, "\(count)"])
        case .everUsed(let path):
            return P.everUsed.text([path])
        case .hasChildren(let path):
            return P.hasChildren.text([path])
        case .statutoryNode(let path):
            return P.statutoryNode.text([path])
        case .invalidStalenessDays(let days):
            return P.invalidStalenessDays.text(["\(days)"])
        }
    }

    public var errorDescription: String? { message }
    public var description: String { message }
}
