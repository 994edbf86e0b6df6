import GongkaiCore

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
