import Foundation

/// 目录操作错误 — project rules (DOMAIN.md §2): why a change to the disclosure catalog (公开目录) was refused;
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

    /// The Chinese message for the terminal and the CLI.
    public var message: String {
        switch self {
        case .emptyName:
            return "栏目名称不能为空"
        case .nameContainsSlash(let name):
            return "栏目名称“\(name)”不能包含“/”（“/”用于分隔目录路径）"
        case .nameContainsControlCharacter:
            return "栏目名称不能包含换行符、制表符等控制字符"
        case .duplicateSiblingName(let name, let parentPath):
            let place = parentPath.isEmpty ? "顶层目录" : "“\(parentPath)”"
            return "\(place)下已有同名栏目“\(name)”"
        case .unknownNode(let id):
            return "找不到目录节点 \(id)"
        case .duplicateID(let id):
            return "目录节点编号 \(id) 重复"
        case .invalidID(let id):
            return "目录节点编号“\(id)”无效（只能由小写字母、数字和“.”组成）"
        case .missingParent(let id, let parentID):
            return "目录节点 \(id) 的上级节点 \(parentID) 不存在"
        case .cycle(let id):
            return "目录节点 \(id) 的上级关系形成循环"
        case .moveIntoItself(let path):
            return "不能把栏目“\(path)”移到它自己下面"
        case .moveIntoDescendant(let path, let targetPath):
            return "不能把栏目“\(path)”移到它的下级栏目“\(targetPath)”下面"
        case .parentRetired(let path):
            return "栏目“\(path)”已停用，不能在其下添加、移入或恢复栏目"
        case .alreadyRetired(let path):
            return "栏目“\(path)”已经停用"
        case .notRetired(let path):
            return "栏目“\(path)”未停用，无需恢复"
        case .positionOutOfRange(let position, let range):
            return "位置 \(position) 超出范围（应为 \(range.lowerBound)–\(range.upperBound)）"
        case .holdsItems(let path, let count):
            return "栏目“\(path)”下有 \(count) 条信息，不能删除；如不再使用请停用"
        case .everUsed(let path):
            return "栏目“\(path)”曾经发布过信息，为保留历史不能删除；如不再使用请停用"
        case .hasChildren(let path):
            return "栏目“\(path)”还有下级栏目，不能删除"
        case .statutoryNode(let path):
            return "栏目“\(path)”属于法定公开目录，不能删除；如确不再使用请停用"
        case .invalidStalenessDays(let days):
            return "更新周期 \(days) 天无效（应为正整数）"
        }
    }

    public var errorDescription: String? { message }
    public var description: String { message }
}
