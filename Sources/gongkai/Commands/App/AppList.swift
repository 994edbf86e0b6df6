import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai app list` — the ledger by urgency (overdue first), with filters.
struct AppList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "按紧急程度列出申请（逾期在前）。List applications by urgency.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "状态：processing 办理中 | awaiting-correction 待补正 | consulting 征求意见中 | extended 已延期 | replied 已答复 | withdrawn 已撤回 | overdue 逾期。")
    var state: String?

    @Option(name: .customLong("due-within"), help: "只列出 N 个工作日内到期（未逾期）的申请。")
    var dueWithin: Int?

    @Flag(help: "只列出逾期的申请（与 --due-within 同用时为“或”）。")
    var overdue = false

    @Option(help: "承办单位（编号或名称）。")
    var unit: String?

    @Option(help: "在申请人、申请内容、编号中搜索。")
    var search: String?

    @Option(help: "最多列出多少件。")
    var limit: Int = 200

    @Option(help: "跳过前多少件。")
    var offset: Int = 0

    @Option(help: "输出格式 text|json。")
    var format: OutputFormat = .text

    func run() throws {
        let query = ApplicationQuery(
            state: try state.map { try DateArgument.code($0, ApplicationState.self, option: "--state") },
            dueWithin: dueWithin, overdue: overdue, unit: unit, search: search, offset: offset, limit: limit)
        let context = try WorkspaceContext.open(global, origin: "cli:app-list")
        let page = try context.service.listApplications(query)
        switch format {
        case .json:
            try Console.json(page)
        case .text:
            Console.out(CLIText.Common.total.text(["\(page.total)"]))
            if !page.items.isEmpty {
                Console.out(CLIText.Applications.listHeader.text())
            }
            for a in page.items {
                let left = a.workdaysLeft.map { $0 < 0 ? CLIText.Applications.overdueDays.text(["\(-$0)"]) : CLIText.Applications.daysLeft.text(["\($0)"]) } ?? "-"
                let due = a.due.map { ProvisionalDate.text($0, provisional: a.provisional) } ?? a.consultDeadline.map { CLIText.Applications.consultDue.text(["\($0)"]) }
                    ?? a.correctionDue.map { CLIText.Applications.correctionDue.text(["\($0)"]) } ?? "-"
                Console.out([a.id, a.applicantName, a.received.iso, a.state.displayName, left, due,
                             a.unitName, a.content].joined(separator: "\t")
                            + (a.provisional ? "\t" + CLIText.Applications.provisionalYears.text([CLIText.list(a.missingYears.map(String.init))]) : ""))
            }
        }
    }
}
