import GongkaiCore
import GongkaiStore

/// 文件 — the document list: 标题, 状态, 公开属性, 公开期限 (第二十六条, red once overdue, yellow in
/// the last 3 working days), 文号, 类型.
enum DocumentsPane {
    static let columns = [
        PaneColumn("标题", .flex(min: 16)), PaneColumn("状态", .fixed(6)),
        PaneColumn("公开属性", .fixed(10)), PaneColumn("公开期限", .fixed(10)),
        PaneColumn("文号", .fixed(18)), PaneColumn("类型", .fixed(14)),
    ]

    /// Working days left at which the due date turns yellow.
    static let warningDays = 3

    static func row(_ d: DocumentListItem) -> PaneRow {
        let due: String
        if d.published != nil {
            due = "已发布"
        } else if let dueDate = d.publishDue {
            due = d.overdue ? "逾期 " + String(dueDate.iso.dropFirst(5)) : dueDate.iso + (d.provisional ? "?" : "")
        } else {
            due = "-"
        }
        var title = d.title
        if let s = d.regulationStatus, s != .inForce { title += "（\(s.chineseName)）" }
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
        return PaneRow(id: d.id, cells: [title, d.state.chineseName, d.attribute?.chineseName ?? "未定", due,
                                         d.docNumber ?? "-", d.type.chineseName], emphasis: emphasis)
    }
}
