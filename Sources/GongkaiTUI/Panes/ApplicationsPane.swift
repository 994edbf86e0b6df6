import GongkaiCore
import GongkaiStore

/// 申请 — the application ledger by urgency: 编号, 申请人 (masked), 收到日期, 状态, 剩余工作日,
/// 答复期限, 内容. Overdue rows are red, ≤ 3 working days amber, closed ones grey (条例第三十三条).
/// A due date computed across a year with no arrangement is marked "?" (暂定, C5); the detail view
/// names the missing year.
enum ApplicationsPane {
    static var columns: [PaneColumn] { [
        PaneColumn(TUIText.Columns.number.text(), .fit(min: 10, max: idWidth)), PaneColumn(TUIText.Columns.applicant.text(), .fixed(8)),
        PaneColumn(TUIText.Columns.received.text(), .fixed(10)), PaneColumn(TUIText.Columns.state.text(), .fixed(10)),
        PaneColumn(TUIText.Columns.left.text(), .fixed(4)), PaneColumn(TUIText.Columns.replyDue.text(), .fixed(ProvisionalDate.width)),
        PaneColumn(TUIText.Columns.content.text(), .flex(min: 8)),
    ] }

    /// 编号 is as wide as the longest id on screen, up to the longest form an application id
    /// takes: `A2026-G0012345` (a county-scale register: the year and a seven-digit serial).
    static let idWidth = 14

    /// Rows within this many working days of the due date are amber (`due-soon-days` in
    /// config.toml, default 3).
    static var warningDays: Int { DisplaySettings.current.dueSoonDays }

    static func row(_ a: ApplicationListItem) -> PaneRow {
        let left = a.workdaysLeft.map(String.init) ?? ""
        return PaneRow(id: a.id, cells: [a.id, a.applicantName, a.received.iso, a.state.displayName, left,
                                         a.due.map { ProvisionalDate.text($0, provisional: a.provisional) } ?? "", a.content],
                       emphasis: emphasis(a))
    }

    static func emphasis(_ a: ApplicationListItem) -> StyleRole? {
        if a.state == .overdue { return .urgent }
        if a.state.isClosed { return .muted }
        if let left = a.workdaysLeft, left <= warningDays { return .warning }
        return nil
    }
}
