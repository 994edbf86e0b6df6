import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai audit` — the append-only change history.
struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "查看审计日志（谁、何时、改了什么）。Show the audit log.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "只看某一事项（文件、申请等的编号）") var item: String?
    @Option(help: "只看某一工作人员（登录名）") var officer: String?
    @Option(help: "起始日期 YYYY-MM-DD") var since: String?
    @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

    func run() throws {
        var sinceDate: CivilDate?
        if let since {
            guard let d = CivilDate(iso: since) else { throw CLIError(CLIText.Common.badDate.text([since])) }
            sinceDate = d
        }
        let context = try WorkspaceContext.open(global, origin: "cli:audit")
        let entries = try context.service.auditEntries(AuditQuery(item: item, officer: officer, since: sinceDate))
        switch format {
        case .json: try Console.json(entries)
        case .text:
            for e in entries {
                let who = e.realActor.map { CLIText.Common.actingFor.text([e.actor, $0]) } ?? e.actor
                Console.out("\(e.at)  \(who)  \(e.actionWords)  \(e.item ?? "-")  [\(e.origin)]")
            }
        }
    }
}
