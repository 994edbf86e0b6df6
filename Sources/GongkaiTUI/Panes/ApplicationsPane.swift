import GongkaiCore

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
