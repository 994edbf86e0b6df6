import GongkaiCore

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
