import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai audit` — the append-only change history.
struct Audit: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "audit",
            abstract: CLIText.Help.Audit.abstract.text())
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(CLIText.Help.Audit.item)) var item: String?
    @Option(help: ArgumentHelp(CLIText.Help.Audit.officer)) var officer: String?
    @Option(help: ArgumentHelp(CLIText.Help.Audit.since)) var since: String?
    @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

    func run() throws {
        var sinceDate: CivilDate?
        if let since {
            guard let d = CivilDate(iso: since) else { throw CLIError(CLIText.Common.badDate.text([since])) }
            sinceDate = d
        }
        let context = try WorkspaceContext.open(global, origin: "cli:audit")
        let query = AuditQuery(item: item, officer: officer, since: sinceDate)
        switch format {
        case .json: try Console.json(try context.service.auditEntries(query))
        case .text:
            // In words (AuditNarrative): “王芳 2026-12-04 提交审核”, then each field before → after.
            let entries = try context.service.auditEntries(query)
            for (e, story) in zip(entries, try context.service.auditStories(query)) {
                Console.out(e.item.map { "[\($0)] " } .map { $0 + story.sentence } ?? story.sentence)
                story.changes.forEach { Console.out("  " + $0) }
            }
        }
    }
}
