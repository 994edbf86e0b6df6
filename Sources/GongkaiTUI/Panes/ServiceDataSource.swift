import GongkaiCore
import GongkaiStore

/// The panes' rows, read through the service door (the same functions the CLI calls).
public final class ServiceDataSource: PaneDataSource {
    let service: GongkaiService

    public init(service: GongkaiService) { self.service = service }

    public func columns(for pane: PaneKind) -> [PaneColumn] {
        switch pane {
        case .catalog: return CatalogPane.columns
        case .documents: return DocumentsPane.columns
        case .interpretations: return InterpretationsPane.columns
        case .applications: return ApplicationsPane.columns
        }
    }

    public func count(for pane: PaneKind) throws -> Int {
        switch pane {
        case .catalog: return try service.catalogTree().count
        case .documents: return try service.documentCount(filter: .all)
        case .interpretations: return try service.documentCount(filter: .requiringInterpretation)
        case .applications: return try service.applicationCount()
        }
    }

    public func rows(for pane: PaneKind, offset: Int, limit: Int) throws -> [PaneRow] {
        switch pane {
        case .catalog:
            // The top categories, collapsed; the app model keeps the expandable tree (CatalogTreeState).
            var tree = CatalogTreeState()
            tree.load(try service.catalogTree())
            return CatalogTreeView.rows(tree, offset: offset, limit: limit)
        case .documents:
            return try service.documents(filter: .all, offset: offset, limit: limit).map(DocumentsPane.row)
        case .interpretations:
            return try service.documents(filter: .requiringInterpretation, offset: offset, limit: limit)
                .map(InterpretationsPane.row)
        case .applications:
            return try service.applications(offset: offset, limit: limit).map(ApplicationsPane.row)
        }
    }

    public func index(of id: String, in pane: PaneKind) throws -> Int? {
        switch pane {
        case .catalog: return try service.catalogTree().firstIndex { $0.id == id }
        case .documents: return try service.documentPosition(id: id, filter: .all)
        case .interpretations: return try service.documentPosition(id: id, filter: .requiringInterpretation)
        case .applications: return try service.applicationPosition(id: id)
        }
    }

    public func emptyHint(for pane: PaneKind) -> String {
        switch pane {
        case .catalog: return "还没有公开目录。运行 gongkai init 建立法定公开目录。"
        case .documents: return "还没有文件。运行 gongkai init --demo 可加入示例数据。"
        case .interpretations: return "没有需要解读的规章或行政规范性文件。"
        case .applications: return "还没有政府信息公开申请。"
        }
    }

    public func overview() throws -> WorkspaceOverview { try service.overview() }
}
