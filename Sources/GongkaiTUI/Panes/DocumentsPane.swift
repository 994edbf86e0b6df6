import GongkaiCore
import GongkaiStore

/// 文件 — the document list: 标题, 状态, 公开属性, 公开期限 (第二十六条, red once overdue, yellow in
/// the last 3 working days), 文号, 类型.
enum DocumentsPane {
    static var columns: [PaneColumn] { [
        PaneColumn(TUIText.Columns.title.text(), .flex(min: 16)), PaneColumn(TUIText.Columns.docState.text(), .fixed(UILanguage.current == .en ? 10 : 6)),
        PaneColumn(TUIText.Columns.attribute.text(), .fixed(10)), PaneColumn(TUIText.Columns.publishBy.text(), .fixed(ProvisionalDate.width)),
        PaneColumn(TUIText.Columns.docNumber.text(), .fixed(18)), PaneColumn(TUIText.Columns.type.text(), .fixed(14)),
    ] }

    /// Working days left at which the due date turns yellow.
    static let warningDays = 3

    static func row(_ d: DocumentListItem) -> PaneRow {
        let due: String
        if d.published != nil {
            due = TUIText.Documents.published.text()
        } else if let dueDate = d.publishDue {
            due = d.overdue ? TUIText.Documents.overduePrefix.text() + String(dueDate.iso.dropFirst(5)) : ProvisionalDate.text(dueDate, provisional: d.provisional)
        } else {
            due = "-"
        }
        var title = d.title
        if let s = d.regulationStatus, s != .inForce { title += TUIText.Common.parenthesized.text(["\(s.displayName)"]) }
        let emphasis: StyleRole?
        if d.overdue {
            emphasis = .urgent
        } else if d.attribute == nil {
            emphasis = .warning
        } else if let left = d.workdaysLeft, left <= warningDays {
            emphasis = .warning
        } else if d.regulationStatus == .repealed || d.regulationStatus == .expired || d.regulationStatus == .amended {
            emphasis = .muted
        } else {
            emphasis = nil
        }
        return PaneRow(id: d.id, cells: [title, d.state.displayName, d.attribute?.displayName ?? TUIText.Documents.undecided.text(), due,
                                         d.docNumber ?? "-", d.type.displayName], emphasis: emphasis)
    }
}
