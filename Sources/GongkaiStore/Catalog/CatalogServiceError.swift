import Foundation
import GongkaiCore

/// 目录服务错误 — why the service refused a catalog or unit request (the tree's own rules throw
/// `CatalogError`); `description` is the Chinese message the terminal and the CLI show.
public enum CatalogServiceError: Error, Equatable, CustomStringConvertible, LocalizedError {
    /// No column has this id, path or name.
    case unknownNode(String)
    /// A bare name matches several columns: the officer must give the path or the id.
    case ambiguousNode(String, candidates: [String])
    case unknownUnit(String)
    case unknownDocument(String)
    /// Not a national standard area code or name (国办发〔2019〕54号).
    case unknownArea(String)
    case duplicateUnitName(String)
    /// Only departments and townships are added; the county office exists from the start.
    case unitKindNotAddable(String)
    /// 不能删除 — documents still sit in the column.
    case holdsDocuments(path: String, count: Int)
    /// 标准目录事项 field problems (`StandardCatalogItem.validate`).
    case invalidItem([String])
    /// The workspace has no catalog yet (created before the catalog existed): `gongkai init` seeds it.
    case catalogNotSeeded

    public var description: String {
        switch self {
        case .unknownNode(let ref):
            return "找不到目录栏目“\(ref)”（可用编号、完整路径或唯一的栏目名称）"
        case .ambiguousNode(let ref, let candidates):
            return "栏目名称“\(ref)”不唯一，请用完整路径或编号指定：" + candidates.joined(separator: "；")
        case .unknownUnit(let ref):
            return "找不到单位“\(ref)”"
        case .unknownDocument(let id):
            return "找不到文件 \(id)"
        case .unknownArea(let text):
            return "未知的标准指引领域“\(text)”（可用代码或中文名，如 public-resource-trading 或 公共资源交易）"
        case .duplicateUnitName(let name):
            return "已有名为“\(name)”的单位"
        case .unitKindNotAddable(let kind):
            return "单位类别“\(kind)”不能新增：只能新增部门（department）或乡镇（township）"
        case .holdsDocuments(let path, let count):
            return "栏目“\(path)”下有 \(count) 件文件，不能删除；如不再使用请停用"
        case .invalidItem(let problems):
            return "标准目录事项填写有误：" + problems.joined(separator: "；")
        case .catalogNotSeeded:
            return "工作区还没有公开目录，请先运行 gongkai init"
        }
    }

    public var errorDescription: String? { description }
}
