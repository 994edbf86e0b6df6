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
        case .catalog: return try service.units().count
        case .documents: return try service.documentCount(filter: .all)
        case .interpretations: return try service.documentCount(filter: .requiringInterpretation)
        case .applications: return try service.applicationCount()
        }
    }

    public func rows(for pane: PaneKind, offset: Int, limit: Int) throws -> [PaneRow] {
        switch pane {
        case .catalog:
            return try service.units().dropFirst(offset).prefix(limit).map(CatalogPane.row)
        case .documents:
            return try service.documents(filter: .all, offset: offset, limit: limit).map(DocumentsPane.row)
        case .interpretations:
            return try service.documents(filter: .requiringInterpretation, offset: offset, limit: limit)
                .map(InterpretationsPane.row)
        case .applications:
            return try service.applications(offset: offset, limit: limit).map(ApplicationsPane.row)
        }
    }

    public func emptyHint(for pane: PaneKind) -> String {
        switch pane {
        case .catalog: return "还没有单位。"
        case .documents: return "还没有文件。运行 gongkai init --demo 可加入示例数据。"
        case .interpretations: return "没有需要解读的规章或行政规范性文件。"
        case .applications: return "还没有政府信息公开申请。"
        }
    }

    public func overview() throws -> WorkspaceOverview { try service.overview() }
}

/// 目录 — until the statutory catalog arrives, the tree of units under 部门乡镇信息公开.
enum CatalogPane {
    static let columns = [PaneColumn("单位", .flex(min: 12)), PaneColumn("类别", .fixed(6))]

    static func row(_ unit: OrgUnit) -> PaneRow {
        let indent = unit.kind == .county ? "" : "  "
        let name = indent + unit.name + (unit.isCountyOffice ? "（统筹）" : "")
        return PaneRow(id: unit.id, cells: [name, unit.kind.chineseName])
    }
}

/// 文件 — the document list: 文号, 标题, 类型, 公开属性, 状态, 成文日期.
enum DocumentsPane {
    static let columns = [
        PaneColumn("标题", .flex(min: 16)), PaneColumn("状态", .fixed(6)),
        PaneColumn("公开属性", .fixed(10)), PaneColumn("成文日期", .fixed(10)),
        PaneColumn("文号", .fixed(18)), PaneColumn("类型", .fixed(14)),
    ]

    static func row(_ d: DocumentSummary) -> PaneRow {
        PaneRow(id: d.id, cells: [d.title, d.state.chineseName, d.attribute?.chineseName ?? "未定",
                                  d.formed.iso, d.docNumber ?? "-", d.type.chineseName],
                emphasis: d.attribute == nil ? .warning : nil)
    }
}

/// 解读 — documents that must have an interpretation (规章 and 行政规范性文件 always).
enum InterpretationsPane {
    static let columns = [
        PaneColumn("文件", .flex(min: 16)), PaneColumn("文件状态", .fixed(8)),
        PaneColumn("解读", .fixed(6)), PaneColumn("单位", .fixed(14)),
    ]

    static func row(_ d: DocumentSummary) -> PaneRow {
        PaneRow(id: d.id, cells: [d.title, d.state.chineseName, "未建", d.unitName],
                emphasis: d.state == .draft ? nil : .warning)
    }
}

/// 申请 — the application ledger: 编号, 申请人 (masked), 收到日期, 方式, 状态, 内容.
enum ApplicationsPane {
    static let columns = [
        PaneColumn("编号", .fixed(10)), PaneColumn("申请人", .fixed(12)),
        PaneColumn("收到日期", .fixed(10)), PaneColumn("状态", .fixed(6)),
        PaneColumn("内容", .flex(min: 12)), PaneColumn("方式", .fixed(10)),
    ]

    static func row(_ a: ApplicationSummary) -> PaneRow {
        let state = a.replied == nil ? "办理中" : "已答复"
        return PaneRow(id: a.id, cells: [a.id, a.applicantName, a.received.iso, state, a.content,
                                         a.channel.chineseName],
                       emphasis: a.replied == nil ? nil : .muted)
    }
}
