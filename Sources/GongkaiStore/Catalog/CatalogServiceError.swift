import Foundation
import GongkaiCore

/// 目录服务错误 — why the service refused a catalog or unit request (the tree's own rules throw
/// `CatalogError`); `description` is read in the language in force (StoreText.Catalog).
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
        typealias P = StoreText.Catalog
        switch self {
        case .unknownNode(let ref): return P.unknownNode.text([ref])
        case .ambiguousNode(let ref, let candidates): return P.ambiguousNode.text([ref, candidates.joined(separator: P.separator.text())])
        case .unknownUnit(let ref): return P.unknownUnit.text([ref])
        case .unknownDocument(let id): return P.unknownDocument.text([id])
        case .unknownArea(let text): return P.unknownArea.text([text])
        case .duplicateUnitName(let name): return P.duplicateUnitName.text([name])
        case .unitKindNotAddable(let kind): return P.unitKindNotAddable.text([kind])
        case .holdsDocuments(let path, let count): return P.holdsDocuments.text([path, "\(count)"])
        case .invalidItem(let problems): return P.invalidItem.text([problems.joined(separator: P.separator.text())])
        case .catalogNotSeeded: return P.notSeeded.text()
        }
    }

    public var errorDescription: String? { description }
}
